import { Actor } from '@cpp/access';

const officer = (subject: string, agencyId: string): Actor => ({ subject, name: subject, agencyId, roles: ['agency-officer'] });
const inspector = (subject: string, agencyId: string): Actor => ({ subject, name: subject, agencyId, roles: ['inspector'] });

/**
 * The people the e2e suites act as, granted when the test platform starts, as an administrator
 * would have before anyone signs in, so a test comparing the log head around a refused request
 * does not see the grant of someone's first sign-in. Anyone else is granted on first use.
 */
export const testPeople: Actor[] = [
  { subject: 'quan-tri', name: 'Quản trị hệ thống', agencyId: null, roles: ['org-admin'] },
  ...[
    'so-y-te-soc-trang',
    'so-gddt-soc-trang',
    'so-ldtbxh-soc-trang',
    'ubnd-ke-sach',
    'so-vhttdl-soc-trang',
    'so-tu-phap-soc-trang',
    'so-y-te-dan-so-soc-trang',
  ].map((agencyId) => officer(`can-bo-${agencyId}`, agencyId)),
  officer('can-bo-ttbtxh', 'ttbtxh-soc-trang'),
  officer('can-bo-so-y-te', 'so-y-te-soc-trang'),
  officer('van-thu-ubnd-soc-trang', 'ubnd-soc-trang'),
  inspector('thanh-tra-vien', 'so-ldtbxh-soc-trang'),
  inspector('tv-ldtbxh-st', 'so-ldtbxh-soc-trang'),
  inspector('tv-gddt-st', 'so-gddt-soc-trang'),
  inspector('tv-cong-an-st', 'cong-an-soc-trang'),
  inspector('tv-ngoai-doan', 'so-ldtbxh-soc-trang'),
];
