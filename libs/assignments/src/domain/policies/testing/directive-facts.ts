import type { DirectiveIssued } from '@cpp/directives';
import { directivePlanDecider } from '../../plan/directive-plan.decider';
import { DirectivePlan } from '../../plan/state';
import { annual, recorded, sixMonthly, tasks } from '../../plan/testing/plan-fixtures';

/** The Sóc Trăng plan (seeds/003) as the directives context publishes it, and as this context records it. */
export const issued: DirectiveIssued['data'] = {
  directiveId: 'kh-soc-trang',
  documentNumber: { raw: '134/KH-UBND' } as DirectiveIssued['data']['documentNumber'],
  documentType: 'plan' as DirectiveIssued['data']['documentType'],
  issuingAgencyId: 'ubnd-soc-trang',
  place: 'Sóc Trăng',
  issuedOn: '2021-01-15',
  signer: { name: null, capacity: null },
  subject: 'Thực hiện Chỉ thị 23/CT-TTg',
  recipientAgencyIds: [],
  effectiveFrom: null,
  programmePeriod: null,
  implementsDirectiveIds: [],
  basedOnDirectiveIds: [],
  tasks,
  reportingRegimes: [sixMonthly, annual],
};

export const plan = directivePlanDecider.evolve(directivePlanDecider.initialState(), recorded) as DirectivePlan;

export const typesOf = (commands: { command: { type: string } }[]) => commands.map(({ command }) => command.type);
