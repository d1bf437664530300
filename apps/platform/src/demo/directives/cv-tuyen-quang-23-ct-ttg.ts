import type { IssueDirectivePayload } from '@cpp/directives';
import { DEFAULT_CUTOFF, taskForEach } from './builders';

/**
 * Seed 000: the Tuyên Quang Sở LĐTBXH dispatch of 2020 implementing Văn bản 2125/UBND-KGVX
 * (which implements Chỉ thị 23/CT-TTg). It was issued with the number and day left blank
 * ("Số: /SLĐTBXH-BVCSTE-BĐG", "ngày … tháng … năm 2020"); both are kept blank. Its seven items
 * are asked of every addressee alike, so each addressee in the demo chart leads its own task.
 * Reports: annually before 15/12, and ad hoc when asked ("đột xuất (nếu có)").
 */
const P = 'tuyen-quang';
const LDTBXH = `so-ldtbxh-${P}`;

/** Kính gửi: UBMTTQ and the socio-political organisations, the Sở, ban, ngành, the districts. */
const ADDRESSEES = [
  `ubmttq-${P}`,
  `tinh-doan-${P}`,
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
  'ubnd-son-duong',
];
const REGIMES = ['bao-cao-nam', 'bao-cao-dot-xuat'];

const toLdtbxh = {
  content: 'Kết quả triển khai thực hiện các giải pháp bảo đảm thực hiện quyền, lợi ích của trẻ em và bảo vệ trẻ em',
  reportingAgencyIds: [],
  recipientAgencyId: LDTBXH,
  method: 'Văn bản tổng hợp báo cáo gửi Sở Lao động - Thương binh và Xã hội',
  // The dispatch cannot predate 2125/UBND-KGVX (14/07/2020), which it implements.
  activeFrom: '2020-07-14',
  activeUntil: null,
};

export const cvTuyenQuang: IssueDirectivePayload = {
  directiveId: 'cv-tuyen-quang-23-ct-ttg',
  documentNumber: 'Số:       /SLĐTBXH-BVCSTE-BĐG',
  documentType: 'cong-van',
  issuingAgencyId: LDTBXH,
  place: 'Tuyên Quang',
  issuedOn: null,
  signer: { name: 'Nguyễn Việt Hùng', capacity: 'KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC' },
  subject: 'V/v thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng Chính phủ',
  // Kính gửi, and from Nơi nhận: UBND tỉnh and the districts' Phòng LĐTBXH.
  recipientAgencyIds: [...ADDRESSEES, `ubnd-${P}`, 'phong-ldtbxh-son-duong'],
  effectiveFrom: null,
  programmePeriod: null,
  implementsDirectiveIds: ['cv-2125-ubnd-kgvx'],
  basedOnDirectiveIds: ['kh-55-ubnd-tuyen-quang'],
  reportingRegimes: [
    { ...toLdtbxh, regimeId: 'bao-cao-nam', title: 'Báo cáo hằng năm', frequency: 'annual', deadline: { month: 12, day: 15 }, cutoff: DEFAULT_CUTOFF.annual },
    { ...toLdtbxh, regimeId: 'bao-cao-dot-xuat', title: 'Báo cáo đột xuất (nếu có)', frequency: 'ad-hoc', deadline: null, cutoff: DEFAULT_CUTOFF.adHoc },
  ],
  tasks: [
    ...taskForEach(
      '1',
      ADDRESSEES,
      'Thực hiện nghiêm các quy định của pháp luật về trẻ em; căn cứ chức năng, nhiệm vụ và điều kiện thực tế thường xuyên rà soát, kiến nghị theo thẩm quyền, hoàn thiện chính sách, pháp luật về trẻ em.',
      REGIMES,
    ),
    ...taskForEach(
      '2',
      ADDRESSEES,
      'Chủ động triển khai thực hiện chỉ đạo của Ủy ban nhân dân tỉnh tại Văn bản số 2125/UBND-KGVX ngày 14/7/2020 về việc thực hiện Chỉ thị số 23/CT-TTg phù hợp với tình hình thực tế của ngành, lĩnh vực, địa bàn.',
      REGIMES,
    ),
    ...taskForEach(
      '3',
      ADDRESSEES,
      'Tiếp tục thực hiện có hiệu quả các Chương trình, Kế hoạch của Ủy ban nhân dân tỉnh thực hiện các Quyết định của Thủ tướng Chính phủ có liên quan đến trẻ em.',
      REGIMES,
    ),
    ...taskForEach('4', ADDRESSEES, 'Thực hiện kịp thời và hiệu quả các văn bản chỉ đạo, hướng dẫn công tác trẻ em năm 2020.', REGIMES),
    ...taskForEach(
      '5',
      ADDRESSEES,
      'Tổ chức các hoạt động phù hợp như diễn đàn, hội nghị, hội thảo, tọa đàm, cuộc thi, sự kiện theo quy định của Luật Trẻ em để trẻ em tham gia vào các vấn đề về trẻ em.',
      REGIMES,
    ),
    ...taskForEach(
      '6',
      ADDRESSEES,
      'Chỉ đạo triển khai tuyên truyền Luật trẻ em và các văn bản hướng dẫn thi hành; tăng cường các giải pháp phòng, chống xâm hại, bạo lực trẻ em; giảm thiểu nguy cơ trẻ em tử vong do đuối nước.',
      REGIMES,
    ),
    ...taskForEach('7', ADDRESSEES, 'Tăng cường công tác thanh tra, kiểm tra, giám sát, đánh giá về công tác bảo vệ trẻ em theo thẩm quyền.', REGIMES),
  ],
};
