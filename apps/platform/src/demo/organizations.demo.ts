import { AgencyKind } from '@cpp/organizations';

/**
 * The organisation chart named by the source documents (shared/seeds): the Prime Minister and
 * MOLISA (923/QĐ-LĐTBXH), Sóc Trăng's provincial plan and the agencies it assigns, Tuyên
 * Quang's Sở LĐTBXH and Sơn Dương district (2020 and 2024 documents), Lạng Sơn's Sở
 * LĐTBXH (2019). It is the chart as it stood before the 2025 reorganisation.
 */
const SINCE = '2010-01-01';

export const demoLevels = [
  { levelCode: 'nation', name: 'Quốc gia', rank: 1 },
  { levelCode: 'province', name: 'Tỉnh / Thành phố trực thuộc trung ương', rank: 2 },
  { levelCode: 'district', name: 'Huyện / Thị xã / Thành phố thuộc tỉnh', rank: 3 },
  { levelCode: 'commune', name: 'Xã / Phường / Thị trấn', rank: 4 },
];

export interface DemoUnit {
  unitId: string;
  name: string;
  levelCode: string;
  parentUnitId: string | null;
}

const SOC_TRANG_DISTRICTS: [string, string][] = [
  ['tp-soc-trang', 'Thành phố Sóc Trăng'],
  ['chau-thanh-soc-trang', 'Huyện Châu Thành'],
  ['ke-sach', 'Huyện Kế Sách'],
  ['my-tu', 'Huyện Mỹ Tú'],
  ['cu-lao-dung', 'Huyện Cù Lao Dung'],
  ['long-phu', 'Huyện Long Phú'],
  ['my-xuyen', 'Huyện Mỹ Xuyên'],
  ['nga-nam', 'Thị xã Ngã Năm'],
  ['thanh-tri', 'Huyện Thạnh Trị'],
  ['vinh-chau', 'Thị xã Vĩnh Châu'],
  ['tran-de', 'Huyện Trần Đề'],
];

export const demoUnits: DemoUnit[] = [
  { unitId: 'viet-nam', name: 'Việt Nam', levelCode: 'nation', parentUnitId: null },
  { unitId: 'soc-trang', name: 'Tỉnh Sóc Trăng', levelCode: 'province', parentUnitId: 'viet-nam' },
  { unitId: 'tuyen-quang', name: 'Tỉnh Tuyên Quang', levelCode: 'province', parentUnitId: 'viet-nam' },
  { unitId: 'lang-son', name: 'Tỉnh Lạng Sơn', levelCode: 'province', parentUnitId: 'viet-nam' },
  ...SOC_TRANG_DISTRICTS.map(([unitId, name]) => ({ unitId, name, levelCode: 'district', parentUnitId: 'soc-trang' })),
  { unitId: 'son-duong', name: 'Huyện Sơn Dương', levelCode: 'district', parentUnitId: 'tuyen-quang' },
  { unitId: 'tp-tuyen-quang', name: 'Thành phố Tuyên Quang', levelCode: 'district', parentUnitId: 'tuyen-quang' },
  { unitId: 'tp-lang-son', name: 'Thành phố Lạng Sơn', levelCode: 'district', parentUnitId: 'lang-son' },
];

export interface DemoAgency {
  agencyId: string;
  name: string;
  shortName: string | null;
  kind: AgencyKind;
  unitId: string;
  parentAgencyId: string | null;
  functions: string[];
}

export const agency = (
  agencyId: string,
  name: string,
  shortName: string | null,
  kind: AgencyKind,
  unitId: string,
  functions: string[] = [],
  parentAgencyId: string | null = null,
): DemoAgency => ({
  agencyId,
  name,
  shortName,
  kind,
  unitId,
  parentAgencyId,
  functions,
});

/** The Sở and bodies the Sóc Trăng plan assigns tasks to, in the plan's own words. */
export const provincialDepartments = (province: string, provinceName: string): DemoAgency[] => [
  agency(`ubnd-${province}`, `Ủy ban nhân dân ${provinceName}`, `UBND ${provinceName}`, 'peoples-committee', province, ['general-administration']),
  agency(
    `so-ldtbxh-${province}`,
    'Sở Lao động - Thương binh và Xã hội',
    'Sở LĐTBXH',
    'department',
    province,
    ['child-protection', 'labour', 'social-assistance'],
    `ubnd-${province}`,
  ),
  agency(`so-gddt-${province}`, 'Sở Giáo dục và Đào tạo', 'Sở GD&ĐT', 'department', province, ['education'], `ubnd-${province}`),
  agency(`so-tttt-${province}`, 'Sở Thông tin và Truyền thông', 'Sở TT&TT', 'department', province, ['information'], `ubnd-${province}`),
  agency(`so-vhttdl-${province}`, 'Sở Văn hóa, Thể thao và Du lịch', 'Sở VH-TT-DL', 'department', province, ['culture', 'family'], `ubnd-${province}`),
  agency(`so-y-te-${province}`, 'Sở Y tế', 'Sở Y tế', 'department', province, ['health'], `ubnd-${province}`),
  agency(`cong-an-${province}`, `Công an ${provinceName}`, 'Công an tỉnh', 'police', province, ['public-security']),
  agency(`so-tu-phap-${province}`, 'Sở Tư pháp', 'Sở Tư pháp', 'department', province, ['justice', 'adoption'], `ubnd-${province}`),
  agency(`so-xay-dung-${province}`, 'Sở Xây dựng', 'Sở Xây dựng', 'department', province, ['construction'], `ubnd-${province}`),
  agency(`so-gtvt-${province}`, 'Sở Giao thông vận tải', 'Sở GTVT', 'department', province, ['transport'], `ubnd-${province}`),
  agency(`ban-dan-toc-${province}`, 'Ban Dân tộc', 'Ban Dân tộc', 'department', province, ['ethnic-affairs'], `ubnd-${province}`),
  agency(`so-tai-chinh-${province}`, 'Sở Tài chính', 'Sở Tài chính', 'department', province, ['finance'], `ubnd-${province}`),
  agency(`so-khdt-${province}`, 'Sở Kế hoạch và Đầu tư', 'Sở KH&ĐT', 'department', province, ['planning-investment'], `ubnd-${province}`),
  agency(`ubmttq-${province}`, `Ủy ban Mặt trận Tổ quốc Việt Nam ${provinceName}`, 'UBMTTQ', 'mass-organisation', province, ['fatherland-front']),
  agency(`tinh-doan-${province}`, `Tỉnh Đoàn ${provinceName}`, 'Tỉnh Đoàn', 'mass-organisation', province, ['youth-union']),
  agency(`thanh-tra-${province}`, `Thanh tra ${provinceName}`, 'Thanh tra tỉnh', 'inspectorate', province, ['inspection'], `ubnd-${province}`),
];

export const demoAgencies: DemoAgency[] = [
  agency('thu-tuong-chinh-phu', 'Thủ tướng Chính phủ', 'TTg', 'government', 'viet-nam', ['general-administration']),
  agency('bo-ldtbxh', 'Bộ Lao động - Thương binh và Xã hội', 'Bộ LĐTBXH', 'ministry', 'viet-nam', ['child-protection', 'labour', 'social-assistance']),
  agency('cuc-tre-em', 'Cục Trẻ em', 'Cục TE', 'other', 'viet-nam', ['child-protection'], 'bo-ldtbxh'),
  ...provincialDepartments('soc-trang', 'tỉnh Sóc Trăng'),
  ...SOC_TRANG_DISTRICTS.map(([unitId, name]) =>
    agency(
      `ubnd-${unitId}`,
      `Ủy ban nhân dân ${name
        .replace(/^Huyện /, 'huyện ')
        .replace(/^Thị xã /, 'thị xã ')
        .replace(/^Thành phố /, 'thành phố ')}`,
      null,
      'peoples-committee',
      unitId,
      ['general-administration'],
    ),
  ),
  ...provincialDepartments('tuyen-quang', 'tỉnh Tuyên Quang'),
  agency('ubnd-son-duong', 'Ủy ban nhân dân huyện Sơn Dương', 'UBND huyện Sơn Dương', 'peoples-committee', 'son-duong', ['general-administration']),
  agency(
    'phong-ldtbxh-son-duong',
    'Phòng Lao động - Thương binh và Xã hội huyện Sơn Dương',
    'Phòng LĐTBXH',
    'district-office',
    'son-duong',
    ['child-protection', 'social-assistance'],
    'ubnd-son-duong',
  ),
  agency('trung-tam-y-te-son-duong', 'Trung tâm Y tế huyện Sơn Dương', null, 'service-provider', 'son-duong', ['health'], 'ubnd-son-duong'),
  agency('bhxh-son-duong', 'Bảo hiểm xã hội huyện Sơn Dương', null, 'other', 'son-duong', ['social-insurance']),
  ...provincialDepartments('lang-son', 'tỉnh Lạng Sơn'),
];

export const DEMO_EFFECTIVE_FROM = SINCE;
