import type { IssueDirectivePayload } from '@cpp/directives';
import { DEFAULT_CUTOFF, task, taskForEach } from './builders';

/**
 * Seed 002: the Lạng Sơn Sở LĐTBXH dispatch of 21/03/2019. The scan starts below the header,
 * so its number and symbol are not in the seed: it is recorded with the number blank and the
 * issuer's abbreviation only ("/SLĐTBXH"). Items 1–4, 6 and 7 are asked of every addressee;
 * item 5 names who does what. Reports for 2019: 6-month before 20/5, annual before 15/11, on
 * the attached forms, and ad hoc on pressing issues ("đột xuất những vấn đề nổi cộm").
 */
const P = 'lang-son';
const LDTBXH = `so-ldtbxh-${P}`;
const MTTQ = `ubmttq-${P}`;

/** Kính gửi: the Sở, ban, ngành, đoàn thể of the province (the districts' People's Committees are not in the demo chart). */
const ADDRESSEES = [
  `so-gddt-${P}`,
  `so-tttt-${P}`,
  `so-vhttdl-${P}`,
  `so-y-te-${P}`,
  `cong-an-${P}`,
  `so-tu-phap-${P}`,
  `so-xay-dung-${P}`,
  `so-gtvt-${P}`,
  `ban-dan-toc-${P}`,
  `so-tai-chinh-${P}`,
  `so-khdt-${P}`,
  `thanh-tra-${P}`,
  MTTQ,
  `tinh-doan-${P}`,
];
const REGIMES = ['bao-cao-6-thang', 'bao-cao-nam', 'bao-cao-dot-xuat'];

const toLdtbxh = {
  content: 'Kết quả công tác trẻ em',
  reportingAgencyIds: [],
  recipientAgencyId: LDTBXH,
  method:
    'Văn bản theo hướng dẫn, biểu mẫu kèm theo Công văn, gửi Sở Lao động - Thương binh và Xã hội qua Phòng Trẻ em và Bình đẳng giới (điện thoại 02053.719.996, email ptelangson@gmail.com)',
  activeFrom: '2019-03-21',
  activeUntil: '2019-12-31',
};

export const cvLangSon: IssueDirectivePayload = {
  directiveId: 'cv-lang-son-2019',
  documentNumber: '/SLĐTBXH',
  documentType: 'cong-van',
  issuingAgencyId: LDTBXH,
  place: 'Lạng Sơn',
  issuedOn: '2019-03-21',
  signer: { name: 'Hà Thị Hải Yến', capacity: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' },
  subject: 'Triển khai thực hiện các nhiệm vụ, hoạt động công tác chăm sóc, bảo vệ trẻ em',
  recipientAgencyIds: ADDRESSEES,
  effectiveFrom: null,
  programmePeriod: null,
  implementsDirectiveIds: ['kh-26-ubnd-lang-son', 'cv-804-vp-kgvx'],
  basedOnDirectiveIds: [],
  reportingRegimes: [
    {
      ...toLdtbxh,
      regimeId: 'bao-cao-6-thang',
      title: 'Báo cáo 6 tháng',
      frequency: 'six-monthly',
      deadline: { month: 5, day: 20 },
      cutoff: DEFAULT_CUTOFF.sixMonthly,
    },
    { ...toLdtbxh, regimeId: 'bao-cao-nam', title: 'Báo cáo năm', frequency: 'annual', deadline: { month: 11, day: 15 }, cutoff: DEFAULT_CUTOFF.annual },
    {
      ...toLdtbxh,
      regimeId: 'bao-cao-dot-xuat',
      title: 'Báo cáo đột xuất',
      content: 'Những vấn đề nổi cộm liên quan đến trẻ em được phát hiện',
      frequency: 'ad-hoc',
      deadline: null,
      cutoff: DEFAULT_CUTOFF.adHoc,
    },
  ],
  tasks: [
    ...taskForEach(
      '1',
      ADDRESSEES,
      'Đẩy mạnh công tác tuyên truyền, giáo dục pháp luật về thực hiện các quyền trẻ em, bảo vệ trẻ em, Luật trẻ em, Nghị định số 56/2017/NĐ-CP quy định chi tiết một số điều của Luật trẻ em.',
      REGIMES,
    ),
    ...taskForEach(
      '2',
      ADDRESSEES,
      'Duy trì, phát triển hệ thống cung cấp dịch vụ bảo vệ trẻ em kết nối với các dịch vụ công tác xã hội, bảo trợ xã hội, y tế, giáo dục và trợ giúp pháp lý nhằm đáp ứng việc bảo vệ trẻ em ở cả ba cấp độ.',
      REGIMES,
    ),
    ...taskForEach(
      '3',
      ADDRESSEES,
      'Tăng cường giáo dục đạo đức, lối sống, hướng dẫn thành viên gia đình kiến thức, kỹ năng bảo vệ, chăm sóc trẻ em, phòng, chống bạo lực, xâm hại trẻ em, phòng, chống tai nạn thương tích.',
      REGIMES,
    ),
    ...taskForEach(
      '4',
      ADDRESSEES,
      'Tiếp tục thực hiện và nhân rộng phong trào “Toàn dân chăm sóc, giáo dục, bảo vệ trẻ em” gắn với cuộc vận động “Xây dựng nông thôn mới, đô thị văn minh” đến địa bàn dân cư.',
      REGIMES,
    ),
    {
      ...task(
        '5',
        MTTQ,
        'UBMT Tổ quốc tỉnh và các tổ chức thành viên phối hợp với các ngành, tổ chức liên quan thực hiện trách nhiệm giám sát, phản biện xã hội, chung tay giải quyết những vấn đề về trẻ em.',
        REGIMES,
        [`tinh-doan-${P}`],
      ),
      taskId: `5-${MTTQ}`,
    },
    // "Sở LĐTBXH, Sở GD&ĐT thực hiện phối hợp kiểm tra": the Sở that issued the dispatch receives
    // the reports, so Sở GD&ĐT is recorded as the lead and the issuing Sở as coordinating.
    {
      ...task(
        '5',
        `so-gddt-${P}`,
        'Phối hợp kiểm tra, hướng dẫn tự kiểm tra đối với các cơ sở cung cấp dịch vụ bảo vệ trẻ em, cơ sở trợ giúp xã hội, cơ sở giáo dục mầm non về tiêu chuẩn, điều kiện hoạt động, bảo đảm an toàn.',
        REGIMES,
        [LDTBXH],
      ),
      taskId: `5-so-gddt-${P}`,
    },
    ...taskForEach('6', ADDRESSEES, 'Tổ chức Tháng hành động vì trẻ em năm 2019 với chủ đề “Chung tay vì trẻ em nghèo, trẻ em dân tộc thiểu số”.', REGIMES),
    ...taskForEach(
      '7',
      ADDRESSEES,
      'Duy trì hoạt động thu thập thông tin, theo dõi, báo cáo đánh giá việc thực hiện Luật trẻ em, pháp luật, chính sách, mục tiêu, chỉ tiêu về trẻ em tại địa phương.',
      REGIMES,
    ),
  ],
};
