import { agency, DEMO_EFFECTIVE_FROM, DemoAgency, DemoUnit, provincialDepartments } from './organizations.demo';

/**
 * The 2025 reorganisation, replayed on the pre-2025 demo chart (organizations.demo.ts) with its
 * real effective dates. Sources (checked 2026-12-02; the quotations are paraphrased):
 *
 * - Nghị định 45/2025/NĐ-CP of 28/02/2025 (specialised agencies of provincial and district
 *   people's committees), in force from 01/03/2025: Sở Nội vụ is formed by consolidating Sở Nội
 *   vụ and Sở Lao động - Thương binh và Xã hội (Art. 8).
 *   https://taphalaw.com/en/ten-goi-moi-cac-nganh-cap-tinh-sau-sap-xep-hop-nhat.html
 *   https://vietnam.vn/en/quy-dinh-moi-ve-co-quan-chuyen-mon-thuoc-uy-ban-nhan-dan-cap-tinh-huyen-ap-dung-tu-1-3-2025
 * - Child affairs to the health departments from 01/03/2025: Sở Y tế takes over the state
 *   management of social protection (bảo trợ xã hội), child protection and care (bảo vệ, chăm
 *   sóc trẻ em) and social-evils prevention from Sở LĐTBXH, reported for Hồ Chí Minh City
 *   (Tuổi Trẻ / Người Lao Động, 03/03/2025). The provincial decisions of Sóc Trăng, Tuyên
 *   Quang and Lạng Sơn were not found; the same split is assumed there (it follows the
 *   national split between Bộ Y tế and Bộ Nội vụ).
 *   https://lite.baomoi.com/so-y-te-tp-hcm-tiep-nhan-hon-1-500-nhan-su-c51621574.epi
 *   https://news.laodong.vn/y-te/so-y-te-tphcm-tiep-nhan-hon-1500-nhan-su-tu-so-ldtbxh-1471281.ldo
 * - Nghị quyết 202/2025/QH15 (arrangement of provincial units), passed and in force 12/06/2025,
 *   34 provinces and cities: Cần Thơ city, Sóc Trăng and Hậu Giang become the new Cần Thơ city.
 *   https://baotintuc.vn/tags/tàu+than.htm
 *   https://thinhvuongvietnam.com/Content/thanh-pho-can-tho-tinh-hau-giang-va-tinh-soc-trang-hop-nhat-de-vuon-minh-55923
 *   The resolution adopted the list of Nghị quyết 60-NQ/TW of 12/04/2025 (Central Committee,
 *   11th plenum), whose annex names Lạng Sơn among the 11 provinces not merged and merges
 *   Tuyên Quang and Hà Giang into Tuyên Quang province:
 *   https://baothanhhoa.vn/toan-van-nghi-quyet-hoi-nghi-lan-thu-11-bch-trung-uong-dang-khoa-xiii-245497.htm
 *   https://tintucvietnam.vn/ten-goi-va-trung-tam-hanh-chinh-du-kien-cua-34-tinh-thanh-sau-sap-nhap-d290342.html
 *   https://nghean24h.vn/34-tinh-thanh-du-kien-hoat-dong-ngay-tu-ngay-172025-a753727.html
 * - 01/07/2025: the authorities of the merged provinces start work and the district level ends
 *   (Nghị quyết 203/2025/QH15 amending the Constitution; two-level local government).
 *   https://nhansu.vn/tim-kiem-bai-viet?tukhoa=k%E1%BA%BFt+th%C3%BAc+%C4%91%C6%A1n+v%E1%BB%8B+h%C3%A0nh+ch%C3%ADnh+c%E1%BA%A5p+huy%E1%BB%87n
 *   The successors of the district people's committees are the new communes, which the demo
 *   chart does not hold: the district committees are dissolved without a successor here.
 * - Nghị quyết 190/2025/QH15 of 19/02/2025, in force the same day (handling matters of the
 *   reorganisation of the state apparatus): work must not be interrupted and no function or
 *   task may be left out; a body named in earlier documents is read as the body that received
 *   its functions, tasks and powers. That is the hand-over of open obligations to the successor
 *   the assignments context performs.
 *   https://danhmucvanbanphapluatvietnam.blogspot.com/p/nghi-quyet-1902025qh15-xu-ly-van-e-lien.html
 *   https://news.laodong.vn/thoi-su/quy-dinh-ve-ten-goi-co-quan-sau-sap-xep-to-chuc-bo-may-1477029.ldo
 *   https://decuongtuyentruyen.com/de-cuong-luat/de-cuong-tuyen-truyen-nghi-quyet-so-190-2025-qh15-quy-dinh-ve-xu-ly-mot-so-van-de-lien-quan-den-sap-xep-to-chuc-bo-may-nha-nuoc/
 */
export const FUNCTION_TRANSFER_2025 = '2025-03-01';
export const PROVINCIAL_MERGER_2025 = '2025-07-01';

const DECREE_45 = '45/2025/NĐ-CP';
const RESOLUTION_202 = '202/2025/QH15';
const RESOLUTION_203 = '203/2025/QH15';

/** Units the reorganisation needs that the source documents never named. */
export const unitsBefore2025: DemoUnit[] = [
  { unitId: 'can-tho', name: 'Thành phố Cần Thơ', levelCode: 'province', parentUnitId: 'viet-nam' },
  { unitId: 'hau-giang', name: 'Tỉnh Hậu Giang', levelCode: 'province', parentUnitId: 'viet-nam' },
  { unitId: 'ha-giang', name: 'Tỉnh Hà Giang', levelCode: 'province', parentUnitId: 'viet-nam' },
];

const homeAffairs = (province: string): DemoAgency =>
  agency(`so-noi-vu-${province}`, 'Sở Nội vụ', 'Sở Nội vụ', 'department', province, ['home-affairs'], `ubnd-${province}`);

/** The two provinces merged into others: only the agencies whose fate the demo follows. */
const mergedProvinceCore = (province: string, provinceName: string): DemoAgency[] =>
  provincialDepartments(province, provinceName).filter((a) => [`ubnd-${province}`, `so-ldtbxh-${province}`, `so-y-te-${province}`].includes(a.agencyId));

/** Agencies that stood before 2025 beside the demo's: the successors and the other predecessors. */
export const agenciesBefore2025: DemoAgency[] = [
  ...provincialDepartments('can-tho', 'thành phố Cần Thơ').map((a) => (a.agencyId === 'cong-an-can-tho' ? { ...a, shortName: 'Công an thành phố' } : a)),
  ...mergedProvinceCore('hau-giang', 'tỉnh Hậu Giang'),
  ...mergedProvinceCore('ha-giang', 'tỉnh Hà Giang'),
  ...['soc-trang', 'tuyen-quang', 'lang-son', 'can-tho', 'hau-giang', 'ha-giang'].map(homeAffairs),
];

export const BEFORE_2025_FROM = DEMO_EFFECTIVE_FROM;

export type ReorganisationStep =
  | { step: 'transfer-function'; fromAgencyId: string; toAgencyId: string; function: string; effectiveFrom: string; decision: string }
  | { step: 'merge-agencies'; predecessorAgencyIds: string[]; successorAgencyId: string; effectiveFrom: string; decision: string }
  | { step: 'merge-units'; unitIds: string[]; successorUnitId: string; effectiveFrom: string; decision: string }
  | { step: 'dissolve-agency'; agencyId: string; effectiveFrom: string; decision: string }
  | { step: 'retire-level'; levelCode: string; effectiveFrom: string; reason: string };

const PROVINCES_WITH_LABOUR_DEPARTMENTS = ['soc-trang', 'tuyen-quang', 'lang-son', 'can-tho', 'hau-giang', 'ha-giang'];

/**
 * 1 March 2025: each Sở LĐTBXH hands child protection and social assistance to the Sở Y tế
 * (its open obligations follow the child-protection function), then the rest of it is merged
 * into the Sở Nội vụ.
 */
const labourDepartmentsSplit: ReorganisationStep[] = PROVINCES_WITH_LABOUR_DEPARTMENTS.flatMap((province): ReorganisationStep[] => [
  ...['child-protection', 'social-assistance'].map((fn): ReorganisationStep => ({
    step: 'transfer-function',
    fromAgencyId: `so-ldtbxh-${province}`,
    toAgencyId: `so-y-te-${province}`,
    function: fn,
    effectiveFrom: FUNCTION_TRANSFER_2025,
    decision: DECREE_45,
  })),
  {
    step: 'merge-agencies',
    predecessorAgencyIds: [`so-ldtbxh-${province}`],
    successorAgencyId: `so-noi-vu-${province}`,
    effectiveFrom: FUNCTION_TRANSFER_2025,
    decision: DECREE_45,
  },
]);

/** Which agency of the successor province takes over each agency of a merged one (same kind of Sở). */
const counterpart = (agencyId: string, from: string, to: string) => agencyId.replace(new RegExp(`-${from}$`), `-${to}`);

const mergedAgencies = (from: string, to: string, agencyIds: string[]): ReorganisationStep[] =>
  agencyIds.map((agencyId) => ({
    step: 'merge-agencies',
    predecessorAgencyIds: [agencyId],
    successorAgencyId: counterpart(agencyId, from, to),
    effectiveFrom: PROVINCIAL_MERGER_2025,
    decision: RESOLUTION_202,
  }));

/** Sóc Trăng's agencies still standing on 1 July 2025 (its Sở LĐTBXH is gone since March). */
const socTrangAgencies = provincialDepartments('soc-trang', 'tỉnh Sóc Trăng')
  .map((a) => a.agencyId)
  .filter((id) => id !== 'so-ldtbxh-soc-trang')
  .concat('so-noi-vu-soc-trang');
const absorbedCoreAgencies = (province: string) => [`ubnd-${province}`, `so-y-te-${province}`, `so-noi-vu-${province}`];

/** District people's committees and offices of the demo chart, ended with the district level. */
const DISTRICT_AGENCIES = [
  ...['tp-soc-trang', 'chau-thanh-soc-trang', 'ke-sach', 'my-tu', 'cu-lao-dung', 'long-phu', 'my-xuyen', 'nga-nam', 'thanh-tri', 'vinh-chau', 'tran-de'].map(
    (d) => `ubnd-${d}`,
  ),
  'phong-ldtbxh-son-duong',
  'ubnd-son-duong',
];

const provincesMerged: ReorganisationStep[] = [
  ...mergedAgencies('soc-trang', 'can-tho', socTrangAgencies),
  ...mergedAgencies('hau-giang', 'can-tho', absorbedCoreAgencies('hau-giang')),
  ...mergedAgencies('ha-giang', 'tuyen-quang', absorbedCoreAgencies('ha-giang')),
  { step: 'merge-units', unitIds: ['soc-trang', 'hau-giang'], successorUnitId: 'can-tho', effectiveFrom: PROVINCIAL_MERGER_2025, decision: RESOLUTION_202 },
  { step: 'merge-units', unitIds: ['ha-giang'], successorUnitId: 'tuyen-quang', effectiveFrom: PROVINCIAL_MERGER_2025, decision: RESOLUTION_202 },
  ...DISTRICT_AGENCIES.map((agencyId): ReorganisationStep => ({
    step: 'dissolve-agency',
    agencyId,
    effectiveFrom: PROVINCIAL_MERGER_2025,
    decision: RESOLUTION_203,
  })),
  {
    step: 'retire-level',
    levelCode: 'district',
    effectiveFrom: PROVINCIAL_MERGER_2025,
    reason: `Nghị quyết ${RESOLUTION_203}: chính quyền địa phương hai cấp, kết thúc hoạt động của đơn vị hành chính cấp huyện`,
  },
];

/** In the order they took effect. */
export const reorganisation2025: ReorganisationStep[] = [...labourDepartmentsSplit, ...provincesMerged];
