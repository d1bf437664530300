import { DemoInspection, demoHash } from './demo-inspection';

/**
 * Lạng Sơn's 2019 dispatch (document 002, item 5): Sở LĐTBXH and Sở GD&ĐT jointly check
 * child-protection service providers, social-assistance facilities and preschools on their
 * operating conditions, safety and prevention of violence and abuse.
 */
const SOCIAL = 'demo-can-bo-so-ldtbxh-lang-son';
const EDUCATION = 'demo-can-bo-so-gddt-lang-son';
const PROVINCIAL_COMMITTEE = { subject: 'demo-ban-chi-dao-lang-son', agencyId: 'ubnd-lang-son' };

export const preschoolSafetyCheck2019: DemoInspection = {
  plan: {
    inspectionId: 'kt-co-so-mam-non-lang-son-2019',
    kind: 'kiem-tra',
    title: 'Kiểm tra tiêu chuẩn, điều kiện hoạt động, bảo đảm an toàn, phòng ngừa bạo lực, xâm hại trẻ em tại cơ sở giáo dục mầm non',
    theme: 'care-facilities',
    leadAgencyId: 'so-ldtbxh-lang-son',
    memberAgencyIds: ['so-gddt-lang-son'],
    members: [
      { subject: SOCIAL, name: 'Cán bộ Sở LĐTBXH', agencyId: 'so-ldtbxh-lang-son', role: 'head' },
      { subject: EDUCATION, name: 'Cán bộ Sở GD&ĐT', agencyId: 'so-gddt-lang-son', role: 'member' },
    ],
    targets: [{ kind: 'locality', targetId: null, name: 'Thành phố Lạng Sơn', unitId: 'tp-lang-son', agencyId: null }],
    periodFrom: '2019-06-10',
    periodTo: '2019-06-21',
    plan: { number: null, title: 'Kế hoạch phối hợp kiểm tra năm 2019', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra cơ sở giáo dục mầm non, nhóm trẻ độc lập', contentHash: demoHash('b2c') },
    plannedOn: '2019-05-20',
  },
  startedOn: '2019-06-10',
  findings: [
    {
      findingId: 'f-nhom-tre-doc-lap',
      targetId: 'tp-lang-son',
      criterionCode: 'dieu-kien-an-toan-nhom-tre',
      criterion: 'Điều kiện an toàn của nhóm trẻ, lớp mẫu giáo độc lập tư thục',
      legalBasis: 'Luật Trẻ em 2016; quy định về điều lệ trường mầm non',
      conformity: 'nonconforming',
      severity: 'shortcoming',
      description: 'Một số nhóm trẻ độc lập chưa có tường rào, chưa có sổ theo dõi đón trả trẻ',
      evidence: [{ title: 'Biên bản kiểm tra nhóm trẻ', contentHash: demoHash('c3d') }],
      observedOn: '2019-06-13',
      by: EDUCATION,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-nhom-tre-doc-lap-lang-son',
      findingIds: ['f-nhom-tre-doc-lap'],
      responsibleAgencyId: 'so-gddt-lang-son',
      correctiveAction: 'Hướng dẫn các nhóm trẻ độc lập hoàn thiện điều kiện an toàn trước năm học 2019–2020',
      dueDate: '2019-08-31',
      issuedOn: '2019-06-21',
      by: SOCIAL,
    },
  ],
  conclusion: {
    draft: { summary: 'Các cơ sở mầm non công lập bảo đảm điều kiện; nhóm trẻ độc lập còn thiếu điều kiện an toàn', on: '2019-06-28', by: SOCIAL },
    appraisal: { opinion: 'Thống nhất', on: '2019-07-03', by: PROVINCIAL_COMMITTEE },
    issue: { number: '41/TB-SLĐTBXH', on: '2019-07-05' },
  },
  followUps: [
    {
      step: 'report',
      recommendationId: 'kn-nhom-tre-doc-lap-lang-son',
      agencyId: 'so-gddt-lang-son',
      action: 'Đã hướng dẫn và kiểm tra lại các nhóm trẻ',
      on: '2019-08-26',
    },
    {
      step: 'close',
      recommendationId: 'kn-nhom-tre-doc-lap-lang-son',
      by: SOCIAL,
      verification: 'Các nhóm trẻ đã hoàn thiện tường rào và sổ đón trả trẻ',
      on: '2019-09-16',
    },
  ],
};
