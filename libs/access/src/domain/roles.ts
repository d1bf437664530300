/**
 * What a grant may confer. The platform decides roles; a token only says who someone is.
 */
export const GRANT_ROLES = [
  'national-administrator', // quản trị cấp trung ương: grants anywhere, administers the chart
  'provincial-administrator', // quản trị cấp tỉnh: grants and administers inside a province
  'steering-committee', // Ban Chỉ đạo: reads its jurisdiction, acts for the agencies in it
  'agency-officer', // cán bộ: acts for one agency
  'agency-head', // thủ trưởng: approves what the agency sends, sees break-the-glass reads of its data
  'inspector', // thanh tra viên: acts only on inspections whose team includes them
  'finance-officer', // kế toán: records money for one agency
  'forum-organiser', // tổ chức diễn đàn trẻ em
  'auditor', // kiểm toán / giám sát: reads the access log
  'integration', // a sending system (agency software over Kafka): acts for one agency
] as const;
export type GrantRole = (typeof GRANT_ROLES)[number];

/**
 * The role names the contexts' rules ask for. `org-admin` (who may change the organisation
 * chart) is held by national and provincial administrators; every other role is itself.
 */
export type Role = GrantRole | 'org-admin';

export const ADMINISTRATOR_ROLES: readonly GrantRole[] = ['national-administrator', 'provincial-administrator'];

/** Roles that read a whole jurisdiction and may act for the agencies inside it. */
export const JURISDICTION_ROLES: readonly GrantRole[] = ['national-administrator', 'provincial-administrator', 'steering-committee'];

export function rolesConferred(role: GrantRole): Role[] {
  return ADMINISTRATOR_ROLES.includes(role) ? [role, 'org-admin'] : [role];
}

export const isGrantRole = (value: string): value is GrantRole => (GRANT_ROLES as readonly string[]).includes(value);
