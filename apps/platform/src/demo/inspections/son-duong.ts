import { DemoInspection, demoHash } from './demo-inspection';

/**
 * Sơn Dương's 2024 directive asks the district to check drowning prevention and child labour
 * in its communes (document 001); the district office (Phòng LĐTBXH) leads, with the district
 * health centre.
 */
const OFFICE = 'demo-can-bo-phong-ldtbxh-son-duong';
const HEALTH_CENTRE = 'demo-can-bo-trung-tam-y-te-son-duong';
const DISTRICT_COMMITTEE = { subject: 'demo-ubnd-son-duong', agencyId: 'ubnd-son-duong' };

export const drowningPreventionCheck2024: DemoInspection = {
  plan: {
    inspectionId: 'kt-phong-chong-duoi-nuoc-son-duong-2024',
    kind: 'kiem-tra',
    title: 'Kiểm tra công tác phòng, chống tai nạn thương tích, đuối nước trẻ em dịp hè 2024',
    theme: 'injury-and-drowning',
    leadAgencyId: 'phong-ldtbxh-son-duong',
    memberAgencyIds: ['trung-tam-y-te-son-duong'],
    members: [
      { subject: OFFICE, name: 'Cán bộ Phòng LĐTBXH huyện', agencyId: 'phong-ldtbxh-son-duong', role: 'head' },
      { subject: HEALTH_CENTRE, name: 'Cán bộ Trung tâm Y tế huyện', agencyId: 'trung-tam-y-te-son-duong', role: 'member' },
    ],
    targets: [{ kind: 'locality', targetId: null, name: 'Huyện Sơn Dương', unitId: 'son-duong', agencyId: null }],
    periodFrom: '2024-05-20',
    periodTo: '2024-05-31',
    plan: { number: null, title: 'Kế hoạch kiểm tra công tác trẻ em năm 2024', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra phòng, chống đuối nước trẻ em', contentHash: demoHash('9d0') },
    plannedOn: '2024-04-25',
  },
  startedOn: '2024-05-20',
  findings: [
    {
      findingId: 'f-bien-canh-bao',
      targetId: 'son-duong',
      criterionCode: 'canh-bao-vung-nuoc-nguy-hiem',
      criterion: 'Biển cảnh báo, rào chắn tại ao, hồ, sông, suối nguy hiểm',
      legalBasis: 'Chỉ thị của UBND huyện về công tác trẻ em năm 2024',
      conformity: 'nonconforming',
      severity: 'violation',
      description: 'Nhiều điểm ao, hồ, khúc sông nguy hiểm ở các thôn chưa có biển cảnh báo, rào chắn',
      evidence: [{ title: 'Ảnh hiện trường và biên bản kiểm tra tại xã', contentHash: demoHash('a1b') }],
      observedOn: '2024-05-22',
      by: HEALTH_CENTRE,
    },
    {
      findingId: 'f-lao-dong-tre-em',
      targetId: 'son-duong',
      criterionCode: 'phong-ngua-lao-dong-tre-em',
      criterion: 'Rà soát, phòng ngừa lao động trẻ em tại cơ sở sản xuất, kinh doanh',
      legalBasis: 'Bộ luật Lao động 2019',
      conformity: 'conforming',
      severity: null,
      description: 'Không phát hiện trẻ em làm việc trái quy định tại các cơ sở được kiểm tra',
      evidence: [],
      observedOn: '2024-05-23',
      by: OFFICE,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-bien-canh-bao-son-duong',
      findingIds: ['f-bien-canh-bao'],
      responsibleAgencyId: 'ubnd-son-duong',
      correctiveAction: 'Chỉ đạo UBND các xã, thị trấn đặt biển cảnh báo, rào chắn tại các điểm nguy hiểm trước dịp hè',
      dueDate: '2024-06-30',
      issuedOn: '2024-05-31',
      by: OFFICE,
    },
  ],
  conclusion: {
    draft: { summary: 'Các xã triển khai tuyên truyền tốt; còn thiếu biển cảnh báo tại nhiều điểm nguy hiểm', on: '2024-06-05', by: OFFICE },
    appraisal: { opinion: 'Thống nhất', on: '2024-06-10', by: DISTRICT_COMMITTEE },
    issue: { number: '07/TB-LĐTBXH', on: '2024-06-12' },
  },
};
