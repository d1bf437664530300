/**
 * A document (Chỉ thị, Quyết định, Kế hoạch, Công văn…) as the events tell it: its number, its
 * tasks and the reporting regimes it sets. Dates are local dates in Vietnam, YYYY-MM-DD.
 */
export const DOCUMENT_TYPES = [
  'chi-thi', // Chỉ thị (CT), directive
  'quyet-dinh', // Quyết định (QĐ), decision
  'ke-hoach', // Kế hoạch (KH), plan
  'cong-van', // Công văn / Văn bản, dispatch
  'thong-tu', // Thông tư (TT), circular
  'nghi-quyet', // Nghị quyết (NQ), resolution
  'nghi-dinh', // Nghị định (NĐ), decree
  'thong-bao', // Thông báo (TB), notice
] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/** `923/QĐ-LĐTBXH`, `121/2020/QH14`, or `/SLĐTBXH-BVCSTE-BĐG` with the number left blank. */
export interface DocumentNumber {
  /** As printed, without the leading "Số:". */
  raw: string;
  /** Null when the number was left blank (drafts, scans): valid input, kept as such. */
  number: number | null;
  year: number | null;
  /** Everything after the number (and year): `QĐ-LĐTBXH`. */
  symbol: string;
  /** The document-type part of the symbol (`QĐ`, `CT`, `KH`…), null for dispatches. */
  typeCode: string | null;
  /** The issuer part of the symbol (`LĐTBXH`, `TTg`, `SLĐTBXH-BVCSTE-BĐG`). */
  issuerCode: string;
}

export type ReportingFrequency = 'monthly' | 'six-monthly' | 'annual' | 'ad-hoc';

/**
 * What a reporting regime must state under Vietnamese law (Nghị định 09/2019/NĐ-CP): content,
 * who reports, who receives, how, how often, the data cut-off and the deadline.
 */
export interface ReportingRegime {
  regimeId: string;
  title: string;
  content: string;
  /** Who must report; empty means every lead agency of the directive's tasks that use this regime. */
  reportingAgencyIds: string[];
  recipientAgencyId: string;
  /** How it is sent, and on which forms (e.g. "văn bản, theo Phụ lục 01–04"). */
  method: string;
  frequency: ReportingFrequency;
  /**
   * The deadline of each period. six-monthly and annual: a calendar day of the period's own
   * year ({ month: 6, day: 30 } = before 30/6). monthly: { month: null, day: 12 } = before
   * the 12th of the month after the reported month. ad-hoc: null (each request sets its own).
   */
  deadline: { month: number | null; day: number } | null;
  /** The data cut-off period in the document's words (thời gian chốt số liệu). */
  cutoff: string;
  /** First and last dates on which periods of this regime fall due (inclusive). */
  activeFrom: string;
  activeUntil: string | null;
}

export interface DirectiveTask {
  taskId: string;
  /** Section reference in the document's outline, e.g. `II.3.a`, `1.đ`. */
  section: string;
  text: string;
  /** Lead agency (chủ trì). */
  leadAgencyId: string;
  /** Coordinating agencies (phối hợp). */
  coordinatingAgencyIds: string[];
  /** Either a one-off due date… */
  dueDate: string | null;
  /** …or the reporting regimes (of the same directive) through which progress is reported. */
  reportingRegimeIds: string[];
}

export interface DirectiveDocument {
  directiveId: string;
  documentNumber: DocumentNumber;
  documentType: DocumentType;
  issuingAgencyId: string;
  place: string;
  /** Null when the date was left blank ("ngày … tháng … năm 2020"). */
  issuedOn: string | null;
  signer: { name: string | null; capacity: string | null };
  subject: string;
  recipientAgencyIds: string[];
  effectiveFrom: string | null;
  programmePeriod: { from: number; to: number; orientationTo: number | null } | null;
  /** Documents it implements ("Thực hiện …"): the cascade, upwards. */
  implementsDirectiveIds: string[];
  /** Documents it is based on ("Căn cứ …"). */
  basedOnDirectiveIds: string[];
}
