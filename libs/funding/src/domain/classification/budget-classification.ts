import { invalid } from '@cpp/eventsourcing';

/**
 * The state budget classification (mục lục ngân sách nhà nước) as versioned reference data.
 * Every budget line keeps the version its codes belong to: the 2016 classification
 * (Thông tư 324/2016/TT-BTC) expired on 1 January 2026, and lines of earlier years keep
 * their old codes while new lines use the classification in force.
 *
 * The lists below are an illustrative excerpt for the demo and the tests, not the official
 * tables (the codes and the title of the 2026 version were not checked against the
 * circulars); extend a version's list as data, never by editing a line's codes.
 */
export interface ClassificationVersion {
  version: string;
  title: string;
  /** First fiscal year whose lines may use it. */
  fromFiscalYear: number;
  /** Last fiscal year whose lines may use it; null while in force. */
  toFiscalYear: number | null;
  /** Chương: the managing body. */
  chapters: Record<string, string>;
  /** Loại–khoản: the function (e.g. social assurance). */
  functions: Record<string, string>;
  /** Mục–tiểu mục: the economic content of the spending. */
  items: Record<string, string>;
}

export const BUDGET_CLASSIFICATIONS: readonly ClassificationVersion[] = [
  {
    version: 'mlns-2016',
    title: 'Hệ thống mục lục ngân sách nhà nước (Thông tư 324/2016/TT-BTC)',
    fromFiscalYear: 2017,
    toFiscalYear: 2025,
    chapters: {
      '024': 'Bộ Lao động - Thương binh và Xã hội',
      '424': 'Sở Lao động - Thương binh và Xã hội (cấp tỉnh)',
      '418': 'Sở Tài chính (cấp tỉnh)',
      '824': 'Phòng Lao động - Thương binh và Xã hội (cấp huyện)',
      '805': 'Ủy ban nhân dân xã',
    },
    functions: {
      '370-398': 'Chi bảo đảm xã hội: chính sách và hoạt động phục vụ các đối tượng bảo trợ xã hội',
      '370-371': 'Chi bảo đảm xã hội: quản lý nhà nước',
    },
    items: {
      '7000-7049': 'Chi nghiệp vụ chuyên môn của từng ngành: chi khác',
      '7000-7012': 'Chi nghiệp vụ chuyên môn: chi mua sắm, in ấn tài liệu chuyên môn',
      '6600-6699': 'Thông tin, tuyên truyền, liên lạc: chi khác',
      '7750-7799': 'Chi khác',
    },
  },
  {
    version: 'mlns-2026',
    title: 'Hệ thống mục lục ngân sách nhà nước áp dụng từ năm ngân sách 2026',
    fromFiscalYear: 2026,
    toFiscalYear: null,
    chapters: {
      '024': 'Bộ Nội vụ (tiếp nhận chức năng lao động, người có công, xã hội)',
      '424': 'Sở Nội vụ (cấp tỉnh)',
      '418': 'Sở Tài chính (cấp tỉnh)',
      '805': 'Ủy ban nhân dân xã',
    },
    functions: {
      '370-398': 'Chi bảo đảm xã hội: bảo trợ xã hội, bảo vệ và chăm sóc trẻ em',
    },
    items: {
      '7000-7049': 'Chi nghiệp vụ chuyên môn của từng ngành: chi khác',
      '6600-6699': 'Thông tin, tuyên truyền, liên lạc: chi khác',
      '7750-7799': 'Chi khác',
    },
  },
];

export interface BudgetClassification {
  version: string;
  chapter: string;
  /** Loại–khoản, e.g. "370-398". */
  function: string;
  /** Mục–tiểu mục, e.g. "7000-7049". */
  item: string;
}

export function classificationVersion(version: string): ClassificationVersion | undefined {
  return BUDGET_CLASSIFICATIONS.find((candidate) => candidate.version === version);
}

/** A line's codes must all exist in its version, and the version must cover the line's year. */
export function requireClassification(codes: BudgetClassification, fiscalYear: number): BudgetClassification {
  const version = classificationVersion(codes.version);
  if (!version)
    throw invalid(`Unknown budget classification version ${codes.version}; known: ${BUDGET_CLASSIFICATIONS.map((v) => v.version).join(', ')}`, {
      field: 'classification.version',
    });
  if (fiscalYear < version.fromFiscalYear || (version.toFiscalYear !== null && fiscalYear > version.toFiscalYear)) {
    throw invalid(
      `The ${version.version} classification applies to fiscal years ${version.fromFiscalYear}–${version.toFiscalYear ?? 'now'}, not ${fiscalYear}`,
      { field: 'classification.version' },
    );
  }
  const missing = [
    ['chapter', codes.chapter, version.chapters],
    ['function', codes.function, version.functions],
    ['item', codes.item, version.items],
  ].filter(([, code, list]) => !Object.prototype.hasOwnProperty.call(list, code as string));
  if (missing.length) {
    throw invalid(`The ${version.version} classification has no ${missing.map(([kind, code]) => `${kind} ${code}`).join(', ')}`, {
      field: `classification.${missing[0][0]}`,
    });
  }
  return { version: codes.version, chapter: codes.chapter, function: codes.function, item: codes.item };
}
