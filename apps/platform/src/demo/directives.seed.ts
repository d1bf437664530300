import { CommandBus } from '@nestjs/cqrs';
import { CommandContext } from '@cpp/eventsourcing';
import { IssueDirective, IssueDirectiveInput } from '@cpp/directives';
import { DemoSeed } from './demo-seeder';
import { cvLangSon } from './directives/cv-lang-son-2019';
import { cvSonDuong } from './directives/cv-son-duong-2024';
import { cvTuyenQuang } from './directives/cv-tuyen-quang-23-ct-ttg';
import { khSocTrang } from './directives/kh-soc-trang-23-ct-ttg';
import { qd923 } from './directives/qd-923-ldtbxh';
import { referencedDocuments } from './directives/referenced-documents';

/** Upstream documents first: a document can only implement documents already recorded. */
export const demoDirectives: IssueDirectiveInput[] = [...referencedDocuments, qd923, khSocTrang, cvTuyenQuang, cvLangSon, cvSonDuong];

/** The five source documents and those they cite, recorded as the platform's own demo data. */
export function directivesSeed(commands: CommandBus): DemoSeed {
  return {
    name: 'directives',
    async seed(context: CommandContext) {
      for (const directive of demoDirectives) await commands.execute(new IssueDirective(directive, context, null));
    },
  };
}
