import { CommandBus } from '@nestjs/cqrs';
import { CommandContext, OVERSIGHT_ROLES, Requester } from '@cpp/eventsourcing';
import { IssueDirectiveCommand, IssueDirectivePayload } from '@cpp/directives';
import { DemoSeed } from './demo-seeder';
import { cvLangSon } from './directives/cv-lang-son-2019';
import { cvSonDuong } from './directives/cv-son-duong-2024';
import { cvTuyenQuang } from './directives/cv-tuyen-quang-23-ct-ttg';
import { khSocTrang } from './directives/kh-soc-trang-23-ct-ttg';
import { qd923 } from './directives/qd-923-ldtbxh';
import { referencedDocuments } from './directives/referenced-documents';

/** Upstream documents first: a document can only implement documents already recorded. */
export const demoDirectives: IssueDirectivePayload[] = [...referencedDocuments, qd923, khSocTrang, cvTuyenQuang, cvLangSon, cvSonDuong];

/**
 * The platform itself records the demo documents, with oversight authority: no officer of each
 * issuing agency is behind them.
 */
const platform: Requester = { subject: null, agencyId: null, roles: OVERSIGHT_ROLES };

/** The five source documents and those they cite, recorded as the platform's own demo data. */
export function directivesSeed(commands: CommandBus): DemoSeed {
  return {
    name: 'directives',
    async seed(context: CommandContext) {
      for (const directive of demoDirectives) await commands.execute(new IssueDirectiveCommand(directive, context, platform));
    },
  };
}
