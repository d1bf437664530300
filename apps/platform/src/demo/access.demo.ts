import { GrantRole } from '@cpp/access';

/** A demo person: who the development signer says they are, and what the demo grants them. */
export interface DemoPerson {
  subject: string;
  name: string;
  grants: { role: GrantRole; agencyId: string | null; jurisdictionUnitId: string | null }[];
}

const agencyGrant = (role: GrantRole, agencyId: string) => ({ role, agencyId, jurisdictionUnitId: null });

/** The people `npm start` prints tokens for, each backed by grants: one per role the demo data gives work to. */
export const demoPeople: DemoPerson[] = [
  {
    subject: 'admin',
    name: 'Quản trị hệ thống (platform administrator)',
    grants: [
      { role: 'national-administrator', agencyId: null, jurisdictionUnitId: 'viet-nam' },
      { role: 'steering-committee', agencyId: null, jurisdictionUnitId: 'viet-nam' },
      { role: 'auditor', agencyId: null, jurisdictionUnitId: 'viet-nam' },
    ],
  },
  {
    subject: 'ban-chi-dao-soc-trang',
    name: 'Ban Chỉ đạo tỉnh Sóc Trăng (steering committee)',
    grants: [{ role: 'steering-committee', agencyId: 'ubnd-soc-trang', jurisdictionUnitId: 'soc-trang' }],
  },
  { subject: 'can-bo-so-y-te-soc-trang', name: 'Cán bộ Sở Y tế Sóc Trăng (agency officer)', grants: [agencyGrant('agency-officer', 'so-y-te-soc-trang')] },
  {
    subject: 'can-bo-so-ldtbxh-soc-trang',
    name: 'Cán bộ Sở LĐTBXH Sóc Trăng (agency officer)',
    grants: [agencyGrant('agency-officer', 'so-ldtbxh-soc-trang')],
  },
  { subject: 'thanh-tra-vien-soc-trang', name: 'Thanh tra viên (inspector)', grants: [agencyGrant('inspector', 'so-ldtbxh-soc-trang')] },
  {
    subject: 'ke-toan-so-ldtbxh-soc-trang',
    name: 'Kế toán Sở LĐTBXH Sóc Trăng (finance officer)',
    grants: [agencyGrant('finance-officer', 'so-ldtbxh-soc-trang')],
  },
  {
    subject: 'to-chuc-dien-dan-tinh-doan-lang-son',
    name: 'Cán bộ Tỉnh Đoàn Lạng Sơn (forum organiser)',
    grants: [agencyGrant('forum-organiser', 'tinh-doan-lang-son')],
  },
];
