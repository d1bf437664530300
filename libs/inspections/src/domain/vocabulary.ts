/**
 * The words of inspection work as the source documents use them. They are data: a new theme
 * or measure is one more entry, not a new code path.
 */

export const INSPECTION_KINDS = [
  'thanh-tra', // thanh tra: by an inspectorate, with powers to sanction
  'kiem-tra', // kiểm tra: a check by the managing department (Sở, Phòng)
] as const;
export type InspectionKind = (typeof INSPECTION_KINDS)[number];

/** Topics the plans assign to each sector (Sóc Trăng plan, section II.3; Decision 923, item 5). */
export const INSPECTION_THEMES = [
  'abuse-prevention', // phòng, chống xâm hại trẻ em
  'injury-and-drowning', // phòng, chống tai nạn thương tích, đuối nước trẻ em
  'school-safety', // bạo lực, xâm hại trong cơ sở giáo dục
  'domestic-violence', // bạo lực gia đình đối với trẻ em
  'online-privacy', // hình ảnh, đời sống riêng tư, bí mật cá nhân trẻ em trên môi trường mạng
  'illegal-adoption', // nuôi con nuôi trái pháp luật
  'legal-aid', // trợ giúp pháp lý cho trẻ em bị xâm hại
  'school-transport', // phương tiện đưa đón học sinh
  'construction-safety', // tiêu chuẩn an toàn cho trẻ em ở công trình, chung cư, nhà cao tầng
  'child-labour', // phòng ngừa lao động trẻ em
  'care-facilities', // tiêu chuẩn, điều kiện hoạt động của cơ sở trợ giúp xã hội, dịch vụ bảo vệ trẻ em
] as const;
export type InspectionTheme = (typeof INSPECTION_THEMES)[number];

export const TEAM_ROLES = [
  'head', // trưởng đoàn
  'member', // thành viên
  'secretary', // thư ký
] as const;
export type TeamRole = (typeof TEAM_ROLES)[number];

export const TARGET_KINDS = [
  'facility', // cơ sở trợ giúp xã hội, cơ sở cung cấp dịch vụ bảo vệ trẻ em, trường học
  'locality', // địa phương: tỉnh, huyện, xã
  'agency', // cơ quan, tổ chức
] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export const CONFORMITIES = ['conforming', 'nonconforming'] as const;
export type Conformity = (typeof CONFORMITIES)[number];

export const SEVERITIES = [
  'shortcoming', // tồn tại, hạn chế
  'violation', // vi phạm
  'serious-violation', // vi phạm nghiêm trọng
] as const;
export type Severity = (typeof SEVERITIES)[number];

/** Whose accountability a sanction states (trách nhiệm người đứng đầu); no other personal data. */
export const ACCOUNTABLE_ROLES = [
  'head-of-facility', // người đứng đầu cơ sở
  'head-of-agency', // người đứng đầu cơ quan, đơn vị
] as const;
export type AccountableRole = (typeof ACCOUNTABLE_ROLES)[number];

export const SANCTION_MEASURES = [
  'accountability-review', // kiểm điểm trách nhiệm
  'reprimand', // khiển trách
  'warning', // cảnh cáo
  'demotion', // hạ bậc lương, giáng chức
  'dismissal', // cách chức
  'administrative-fine', // xử phạt vi phạm hành chính (phạt tiền)
  'suspension-of-operation', // đình chỉ hoạt động
] as const;
export type SanctionMeasure = (typeof SANCTION_MEASURES)[number];
