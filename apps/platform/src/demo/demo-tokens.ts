import { Actor, TokenService } from '@cpp/access';

/** Ready-made identities for trying the platform in embedded mode. */
export const demoActors: Actor[] = [
  { subject: 'admin', name: 'Quản trị hệ thống (platform administrator)', agencyId: null, roles: ['org-admin', 'steering-committee'] },
  { subject: 'ban-chi-dao-soc-trang', name: 'Ban Chỉ đạo tỉnh Sóc Trăng (steering committee)', agencyId: 'ubnd-soc-trang', roles: ['steering-committee'] },
  { subject: 'can-bo-so-y-te-soc-trang', name: 'Cán bộ Sở Y tế Sóc Trăng (agency officer)', agencyId: 'so-y-te-soc-trang', roles: ['agency-officer'] },
  { subject: 'can-bo-so-ldtbxh-soc-trang', name: 'Cán bộ Sở LĐTBXH Sóc Trăng (agency officer)', agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] },
  { subject: 'thanh-tra-vien-soc-trang', name: 'Thanh tra viên (inspector)', agencyId: 'so-ldtbxh-soc-trang', roles: ['inspector'] },
];

export function demoTokens(tokens: TokenService): { actor: Actor; token: string }[] {
  return demoActors.map((actor) => ({ actor, token: tokens.issue(actor, '30d') }));
}
