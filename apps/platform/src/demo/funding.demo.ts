/**
 * Funding demo data shaped by the source documents: the three sources of 923/QĐ-LĐTBXH §III
 * (the annual state budget estimate, integration with approved programmes, aid), the Sóc
 * Trăng plan's §II.5 lines of the Sở LĐTBXH (II.5.a) and the Sở Tài chính (II.5.b), and
 * Sơn Dương's donations for children of especially difficult communes (§7.4).
 *
 * EVERY AMOUNT, DECISION NUMBER, TREASURY REFERENCE, DONOR AND COMMUNE DESIGNATION HERE IS
 * ILLUSTRATIVE: none is taken from a real budget, decision or donation record.
 */
export const DEMO_FUNDING_NOTICE = 'Funding demo data: amounts, decisions, references and donors are illustrative, not real records.';

/**
 * The State Treasury offices and the Ministry of Finance, which the organisation chart of the
 * documents does not name. The Treasury (Kho bạc Nhà nước) is a vertical system under the
 * Ministry of Finance: its local offices belong to it, not to the province's People's
 * Committee, so they sit on the national unit and a province's merger does not touch them.
 */
export const demoFinanceAgencies = [
  {
    agencyId: 'bo-tai-chinh',
    name: 'Bộ Tài chính',
    shortName: 'BTC',
    kind: 'ministry' as const,
    unitId: 'viet-nam',
    parentAgencyId: null,
    functions: ['finance'],
  },
  {
    agencyId: 'kbnn-trung-uong',
    name: 'Kho bạc Nhà nước',
    shortName: 'KBNN',
    kind: 'other' as const,
    unitId: 'viet-nam',
    parentAgencyId: 'bo-tai-chinh',
    functions: ['treasury'],
  },
  {
    agencyId: 'kbnn-soc-trang',
    name: 'Kho bạc Nhà nước Sóc Trăng',
    shortName: 'KBNN Sóc Trăng',
    kind: 'other' as const,
    unitId: 'viet-nam',
    parentAgencyId: 'kbnn-trung-uong',
    functions: ['treasury'],
  },
  {
    agencyId: 'kbnn-tuyen-quang',
    name: 'Kho bạc Nhà nước Tuyên Quang',
    shortName: 'KBNN Tuyên Quang',
    kind: 'other' as const,
    unitId: 'viet-nam',
    parentAgencyId: 'kbnn-trung-uong',
    functions: ['treasury'],
  },
];

export interface DemoLine {
  lineId: string;
  fiscalYear: number;
  level: 'central' | 'province' | 'commune';
  agencyId: string;
  provinceId: string | null;
  financeAgencyId: string;
  treasuryAgencyId: string;
  source: { kind: string; programme: string | null; donor: string | null };
  task: { directiveId: string; section: string } | null;
  classification: { version: string; chapter: string; function: string; item: string };
  purpose: string;
  proposed: string;
  consolidated: string | null;
  decided: { amount: string; resolution: string } | null;
  allocated: { amount: string; decision: string } | null;
  commitments: { entryId: string; amount: string; reference: string; description: string; committedOn: string }[];
  payments: { entryId: string; kind: 'payment' | 'advance'; amount: string; treasuryReference: string; confirmedOn: string }[];
}

const MLNS_2016 = (chapter: string, item = '7000-7049') => ({ version: 'mlns-2016', chapter, function: '370-398', item });

export const demoLines: DemoLine[] = [
  {
    lineId: 'bo-ldtbxh-2025-du-toan-bvte',
    fiscalYear: 2025,
    level: 'central',
    agencyId: 'bo-ldtbxh',
    provinceId: null,
    financeAgencyId: 'bo-tai-chinh',
    treasuryAgencyId: 'kbnn-trung-uong',
    source: { kind: 'state-budget', programme: null, donor: null },
    task: { directiveId: 'qd-923-ldtbxh', section: 'II.4.b' },
    classification: MLNS_2016('024'),
    purpose: '923/QĐ-LĐTBXH §III.1: dự toán chi ngân sách nhà nước hằng năm — tập huấn cán bộ cơ sở cung cấp dịch vụ bảo vệ trẻ em',
    proposed: '3200000000',
    consolidated: '3000000000',
    decided: { amount: '3000000000', resolution: 'Nghị quyết của Quốc hội về dự toán NSNN 2025 (minh họa)' },
    allocated: { amount: '3000000000', decision: 'QĐ giao dự toán 2025 (minh họa)' },
    commitments: [
      {
        entryId: 'hd-tap-huan-2025',
        amount: '1800000000',
        reference: 'HĐ 05/2025 (minh họa)',
        description: 'Tập huấn phòng, chống xâm hại trẻ em',
        committedOn: '2025-03-10',
      },
    ],
    payments: [{ entryId: 'kb-tw-2025-0001', kind: 'payment', amount: '1200000000', treasuryReference: 'KBNN-TW-2025-0001', confirmedOn: '2025-05-20' }],
  },
  {
    lineId: 'bo-ldtbxh-2025-mtqg-giam-ngheo',
    fiscalYear: 2025,
    level: 'central',
    agencyId: 'bo-ldtbxh',
    provinceId: null,
    financeAgencyId: 'bo-tai-chinh',
    treasuryAgencyId: 'kbnn-trung-uong',
    source: { kind: 'target-programme', programme: 'Chương trình mục tiêu quốc gia giảm nghèo bền vững giai đoạn 2021–2025', donor: null },
    task: { directiveId: 'qd-923-ldtbxh', section: 'II.6.a' },
    classification: MLNS_2016('024', '6600-6699'),
    purpose: '923/QĐ-LĐTBXH §III.2: lồng ghép chương trình được phê duyệt — truyền thông quyền trẻ em',
    proposed: '1500000000',
    consolidated: '1500000000',
    decided: { amount: '1500000000', resolution: 'Nghị quyết của Quốc hội về dự toán NSNN 2025 (minh họa)' },
    allocated: { amount: '1200000000', decision: 'QĐ giao dự toán CTMTQG 2025 (minh họa)' },
    commitments: [],
    payments: [{ entryId: 'kb-tw-2025-0002', kind: 'payment', amount: '400000000', treasuryReference: 'KBNN-TW-2025-0002', confirmedOn: '2025-06-15' }],
  },
  {
    lineId: 'bo-ldtbxh-2025-vien-tro-unicef',
    fiscalYear: 2025,
    level: 'central',
    agencyId: 'bo-ldtbxh',
    provinceId: null,
    financeAgencyId: 'bo-tai-chinh',
    treasuryAgencyId: 'kbnn-trung-uong',
    source: { kind: 'aid', programme: null, donor: 'UNICEF (minh họa)' },
    task: { directiveId: 'qd-923-ldtbxh', section: 'II.4.c' },
    classification: MLNS_2016('024'),
    purpose: '923/QĐ-LĐTBXH §III.3: nguồn viện trợ — dịch vụ tư vấn, tham vấn cho trẻ em',
    proposed: '2000000000',
    consolidated: null,
    decided: null,
    allocated: null,
    commitments: [],
    payments: [],
  },
  {
    lineId: 'so-ldtbxh-soc-trang-2025-bvte',
    fiscalYear: 2025,
    level: 'province',
    agencyId: 'so-ldtbxh-soc-trang',
    provinceId: 'soc-trang',
    financeAgencyId: 'so-tai-chinh-soc-trang',
    treasuryAgencyId: 'kbnn-soc-trang',
    source: { kind: 'state-budget', programme: null, donor: null },
    task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.a' },
    classification: MLNS_2016('424'),
    purpose: 'Kế hoạch Sóc Trăng §II.5.a: công tác bảo vệ trẻ em; phòng, chống xâm hại, tai nạn thương tích trẻ em',
    proposed: '850000000',
    consolidated: '800000000',
    decided: { amount: '800000000', resolution: 'NQ HĐND tỉnh về dự toán 2025 (minh họa)' },
    allocated: { amount: '800000000', decision: 'QĐ UBND tỉnh giao dự toán 2025 (minh họa)' },
    commitments: [
      {
        entryId: 'hd-truyen-thong-2025',
        amount: '300000000',
        reference: 'HĐ 07/2025 (minh họa)',
        description: 'Sản phẩm truyền thông phòng, chống xâm hại trẻ em',
        committedOn: '2025-02-20',
      },
    ],
    payments: [
      { entryId: 'kb-st-2025-0101', kind: 'payment', amount: '250000000', treasuryReference: 'KBNN-ST-2025-0101', confirmedOn: '2025-04-10' },
      { entryId: 'kb-st-2025-0102', kind: 'payment', amount: '480000000', treasuryReference: 'KBNN-ST-2025-0102', confirmedOn: '2025-09-25' },
    ],
  },
  {
    lineId: 'so-tai-chinh-soc-trang-2025-ke-hoach',
    fiscalYear: 2025,
    level: 'province',
    agencyId: 'so-tai-chinh-soc-trang',
    provinceId: 'soc-trang',
    financeAgencyId: 'so-tai-chinh-soc-trang',
    treasuryAgencyId: 'kbnn-soc-trang',
    source: { kind: 'state-budget', programme: null, donor: null },
    task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.b' },
    classification: MLNS_2016('418', '7750-7799'),
    purpose: 'Kế hoạch Sóc Trăng §II.5.b: hướng dẫn thanh toán, quyết toán kinh phí thực hiện Kế hoạch',
    proposed: '60000000',
    consolidated: '60000000',
    decided: { amount: '60000000', resolution: 'NQ HĐND tỉnh về dự toán 2025 (minh họa)' },
    allocated: { amount: '60000000', decision: 'QĐ UBND tỉnh giao dự toán 2025 (minh họa)' },
    commitments: [],
    payments: [{ entryId: 'kb-st-2025-0201', kind: 'payment', amount: '20000000', treasuryReference: 'KBNN-ST-2025-0201', confirmedOn: '2025-07-01' }],
  },
  {
    lineId: 'so-ldtbxh-soc-trang-2026-bvte',
    fiscalYear: 2026,
    level: 'province',
    agencyId: 'so-ldtbxh-soc-trang',
    provinceId: 'soc-trang',
    financeAgencyId: 'so-tai-chinh-soc-trang',
    treasuryAgencyId: 'kbnn-soc-trang',
    source: { kind: 'state-budget', programme: null, donor: null },
    task: { directiveId: 'kh-soc-trang-23-ct-ttg', section: 'II.5.a' },
    classification: { version: 'mlns-2026', chapter: '424', function: '370-398', item: '7000-7049' },
    purpose: 'Kế hoạch Sóc Trăng §II.5.a, năm 2026, trên mục lục ngân sách mới',
    proposed: '900000000',
    consolidated: null,
    decided: null,
    allocated: null,
    commitments: [],
    payments: [],
  },
];

/** Sơn Dương §7.4: donations for children of especially difficult communes (designations illustrative). */
export const DEMO_FUND = {
  fundId: 'van-dong-son-duong-2025',
  name: 'Vận động nguồn lực xã hội hỗ trợ trẻ em các xã đặc biệt khó khăn huyện Sơn Dương (minh họa)',
  kind: 'donation-account',
  managingAgencyId: 'phong-ldtbxh-son-duong',
  superiorAgencyId: 'ubnd-son-duong',
  unitId: 'son-duong',
  purposes: ['xa-dac-biet-kho-khan'],
  openedOn: '2025-01-06',
};

export const demoDonations = [
  {
    donationId: 'tm-2025-01',
    donor: { kind: 'organisation', name: 'Doanh nghiệp A (minh họa)', consentToName: true },
    form: 'cash',
    amount: '120000000',
    items: [],
    receiptMinute: 'BB 01/2025 (minh họa)',
    receivedOn: '2025-01-15',
  },
  {
    donationId: 'tm-2025-02',
    donor: { kind: 'person', name: null, consentToName: false },
    form: 'cash',
    amount: '15000000',
    items: [],
    receiptMinute: 'BB 02/2025 (minh họa)',
    receivedOn: '2025-01-20',
  },
  {
    donationId: 'hv-2025-01',
    donor: { kind: 'organisation', name: 'Hội Chữ thập đỏ (minh họa)', consentToName: true },
    form: 'in-kind',
    amount: null,
    items: [
      { item: 'Áo ấm trẻ em', quantity: 400, unit: 'chiếc', estimatedValue: '60000000' },
      { item: 'Bộ sách giáo khoa', quantity: 200, unit: 'bộ', estimatedValue: '30000000' },
    ],
    receiptMinute: 'BB 03/2025 (minh họa)',
    receivedOn: '2025-01-22',
  },
];

/** Lạng Sơn item 6: the provincial Child Protection Fund (Quỹ bảo trợ trẻ em), opened with one gift received and not yet accepted (illustrative). */
export const DEMO_CHILD_PROTECTION_FUND = {
  fundId: 'quy-bao-tro-tre-em-lang-son',
  name: 'Quỹ Bảo trợ trẻ em tỉnh Lạng Sơn (minh họa)',
  kind: 'child-protection-fund',
  managingAgencyId: 'so-ldtbxh-lang-son',
  superiorAgencyId: 'ubnd-lang-son',
  unitId: 'lang-son',
  purposes: ['tre-em-hoan-canh-dac-biet'],
  openedOn: '2025-01-02',
};

export const demoChildProtectionGift = {
  donationId: 'qbtte-2025-01',
  donor: { kind: 'anonymous', name: null, consentToName: false },
  form: 'cash',
  amount: '25000000',
  items: [],
  receiptMinute: 'BB 01/QBTTE (minh họa)',
  receivedOn: '2025-03-01',
};

const commune = (recipientId: string, name: string) => ({ kind: 'commune', recipientId, name, especiallyDifficult: true });

export const demoDistributions = [
  {
    distributionId: 'pp-2025-01',
    recipient: commune('xa-tan-trao', 'Xã Tân Trào'),
    cashAmount: '50000000',
    goods: [{ donationId: 'hv-2025-01', item: 'Áo ấm trẻ em', quantity: 150 }],
    decision: 'QĐ phân phối 01/2025 (minh họa)',
    distributedOn: '2025-02-01',
  },
  {
    distributionId: 'pp-2025-02',
    recipient: commune('xa-trung-yen', 'Xã Trung Yên'),
    cashAmount: '40000000',
    goods: [{ donationId: 'hv-2025-01', item: 'Bộ sách giáo khoa', quantity: 120 }],
    decision: 'QĐ phân phối 02/2025 (minh họa)',
    distributedOn: '2025-02-03',
  },
  {
    distributionId: 'pp-2025-03',
    recipient: commune('xa-minh-thanh', 'Xã Minh Thanh'),
    cashAmount: null,
    goods: [{ donationId: 'hv-2025-01', item: 'Áo ấm trẻ em', quantity: 250 }],
    decision: 'QĐ phân phối 03/2025 (minh họa)',
    distributedOn: '2025-02-05',
  },
];
