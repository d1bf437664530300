/** Levels of the budget (cấp ngân sách) after the two-level local government of 2025. */
export const BUDGET_LEVELS = ['central', 'province', 'commune'] as const;
export type BudgetLevel = (typeof BUDGET_LEVELS)[number];

/** Where the money comes from: the three sources of 923/QĐ-LĐTBXH §III and the Child Protection Fund. */
export const FUNDING_SOURCES = [
  'state-budget', // dự toán chi ngân sách nhà nước hằng năm
  'target-programme', // lồng ghép: chương trình mục tiêu quốc gia, chương trình, đề án được phê duyệt
  'aid', // ODA, viện trợ
  'sponsorship', // tài trợ, huy động hợp pháp khác
  'child-protection-fund', // Quỹ bảo trợ trẻ em
] as const;
export type FundingSource = (typeof FUNDING_SOURCES)[number];

/** What a line's agency publishes (công khai ngân sách): the estimate, execution at 3/6/9/12 months, the settlement. */
export const DISCLOSURE_REPORTS = ['estimate', 'execution-3m', 'execution-6m', 'execution-9m', 'execution-12m', 'settlement'] as const;
export type DisclosureReport = (typeof DISCLOSURE_REPORTS)[number];

/** Who receives a distribution: a place or a group, never a named child. */
export const RECIPIENT_KINDS = ['commune', 'facility', 'group'] as const;
export type RecipientKind = (typeof RECIPIENT_KINDS)[number];

export const FUND_KINDS = ['child-protection-fund', 'donation-account'] as const;
export type FundKind = (typeof FUND_KINDS)[number];

export const DONOR_KINDS = ['person', 'organisation', 'anonymous'] as const;
export type DonorKind = (typeof DONOR_KINDS)[number];
