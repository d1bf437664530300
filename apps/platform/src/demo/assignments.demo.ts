import { Figure } from '@cpp/assignments';

/**
 * Reports of Sóc Trăng agencies under the provincial plan (Kế hoạch 29/KH-UBND, seed 003) for
 * 2021, as the steering committee records them from the dispatches it received: some on time,
 * some late, some never sent (those become overdue). The figures are illustrative.
 */
export const DEMO_PLAN = 'kh-soc-trang-23-ct-ttg';

interface DemoReport {
  regimeId: 'bao-cao-6-thang' | 'bao-cao-nam';
  period: string;
  agencyId: string;
  submittedOn: string;
  figures: Figure[];
  note: string;
}

const report = (regimeId: DemoReport['regimeId'], period: string, agencyId: string, submittedOn: string, figures: Figure[], note: string): DemoReport => ({
  regimeId,
  period,
  agencyId,
  submittedOn,
  figures,
  note,
});

export const demoReports: DemoReport[] = [
  report(
    'bao-cao-6-thang',
    '2021-H1',
    'so-gddt-soc-trang',
    '2021-06-25',
    [{ code: 'HS-BO-HOC', value: 312, unit: 'học sinh' }],
    'Báo cáo 6 tháng đầu năm 2021 (số liệu minh họa)',
  ),
  report(
    'bao-cao-6-thang',
    '2021-H1',
    'cong-an-soc-trang',
    '2021-06-29',
    [{ code: 'VU-XAM-HAI-TE', value: 23, unit: 'vụ' }],
    'Báo cáo 6 tháng đầu năm 2021 (số liệu minh họa)',
  ),
  report(
    'bao-cao-6-thang',
    '2021-H1',
    'ubnd-ke-sach',
    '2021-06-30',
    [{ code: 'TE-HCDB', value: 145, unit: 'trẻ em' }],
    'Báo cáo 6 tháng đầu năm 2021 (số liệu minh họa)',
  ),
  report(
    'bao-cao-6-thang',
    '2021-H1',
    'so-y-te-soc-trang',
    '2021-07-08',
    [{ code: 'TE-SDD-THAP-COI', value: 17.4, unit: '%' }],
    'Báo cáo 6 tháng đầu năm 2021, gửi chậm (số liệu minh họa)',
  ),
  report(
    'bao-cao-6-thang',
    '2021-H1',
    'so-vhttdl-soc-trang',
    '2021-07-15',
    [{ code: 'VU-TAO-HON', value: 9, unit: 'vụ' }],
    'Báo cáo 6 tháng đầu năm 2021, gửi chậm (số liệu minh họa)',
  ),
  report(
    'bao-cao-nam',
    '2021',
    'so-gddt-soc-trang',
    '2021-11-26',
    [{ code: 'HS-BO-HOC', value: 587, unit: 'học sinh' }],
    'Báo cáo năm 2021 (số liệu minh họa)',
  ),
  report('bao-cao-nam', '2021', 'cong-an-soc-trang', '2021-11-30', [{ code: 'VU-XAM-HAI-TE', value: 41, unit: 'vụ' }], 'Báo cáo năm 2021 (số liệu minh họa)'),
  report(
    'bao-cao-nam',
    '2021',
    'so-y-te-soc-trang',
    '2021-12-06',
    [{ code: 'TE-SDD-THAP-COI', value: 16.9, unit: '%' }],
    'Báo cáo năm 2021, gửi chậm (số liệu minh họa)',
  ),
];

/** Sở LĐTBXH hands item II.2.a (communication on child protection) down to a district. */
export const demoDelegation = {
  taskId: `${DEMO_PLAN}/ii-2-a/so-ldtbxh-soc-trang`,
  toAgencyId: 'ubnd-ke-sach',
  text: 'Tổ chức tuyên truyền về quyền trẻ em, phòng, chống xâm hại và đuối nước trẻ em tại các xã, thị trấn trên địa bàn huyện',
  progress: { percent: 50, summary: 'Đã tổ chức tuyên truyền tại 6/13 xã, thị trấn' },
};
