import type { IssueDirectivePayload } from '@cpp/directives';

/**
 * Documents the five seeds only refer to ("Thực hiện …", "Căn cứ …", "Theo đề nghị …"), recorded
 * with what the seeds say of them: number, issuer, date and subject. They carry no tasks here:
 * their texts are not among the seeds. Documents whose issuer is not in the demo organisation
 * chart (Quốc hội: 121/2020/QH14; Chính phủ: 14/2017/NĐ-CP, 56/2017/NĐ-CP; Bộ Chính trị:
 * 20-CT/TW, 28-CT/TW; Văn phòng Chính phủ: 27/TB-VPCP) cannot be recorded until it is.
 */
const referenced = (
  directiveId: string,
  documentNumber: string,
  documentType: IssueDirectivePayload['documentType'],
  issuingAgencyId: string,
  place: string,
  issuedOn: string | null,
  subject: string,
  links: { implementsDirectiveIds?: string[]; basedOnDirectiveIds?: string[]; programmePeriod?: IssueDirectivePayload['programmePeriod'] } = {},
): IssueDirectivePayload => ({
  directiveId,
  documentNumber,
  documentType,
  issuingAgencyId,
  place,
  issuedOn,
  signer: { name: null, capacity: null },
  subject,
  recipientAgencyIds: [],
  effectiveFrom: null,
  programmePeriod: links.programmePeriod ?? null,
  implementsDirectiveIds: links.implementsDirectiveIds ?? [],
  basedOnDirectiveIds: links.basedOnDirectiveIds ?? [],
  tasks: [],
  reportingRegimes: [],
});

/** In the order they can be recorded: a document after those it implements. */
export const referencedDocuments: IssueDirectivePayload[] = [
  referenced(
    'ct-23-ttg',
    '23/CT-TTg',
    'chi-thi',
    'thu-tuong-chinh-phu',
    'Hà Nội',
    '2020-05-26',
    'Về việc tăng cường các giải pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em',
  ),
  referenced(
    'qd-1472-ttg',
    '1472/QĐ-TTg',
    'quyet-dinh',
    'thu-tuong-chinh-phu',
    'Hà Nội',
    '2020-09-28',
    'Về ban hành Kế hoạch triển khai, thực hiện Nghị quyết số 121/2020/QH14 ngày 19/6/2020 của Quốc hội về việc tiếp tục tăng cường hiệu lực, hiệu quả việc thực hiện chính sách, pháp luật về phòng, chống xâm hại trẻ em',
  ),
  referenced(
    'qd-1465-bldtbxh',
    '1465/QĐ-BLĐTBXH',
    'quyet-dinh',
    'bo-ldtbxh',
    'Hà Nội',
    '2020-12-02',
    'Về việc ban hành Kế hoạch triển khai, thực hiện Quyết định số 1472/QĐ-TTg ngày 28/9/2020 của Thủ tướng Chính phủ',
    { implementsDirectiveIds: ['qd-1472-ttg'] },
  ),
  referenced(
    'cv-2125-ubnd-kgvx',
    '2125/UBND-KGVX',
    'cong-van',
    'ubnd-tuyen-quang',
    'Tuyên Quang',
    '2020-07-14',
    'Về việc thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng Chính phủ',
    {
      implementsDirectiveIds: ['ct-23-ttg'],
    },
  ),
  referenced(
    'kh-55-ubnd-tuyen-quang',
    '55/KH-UBND',
    'ke-hoach',
    'ubnd-tuyen-quang',
    'Tuyên Quang',
    '2013-07-30',
    'Về thực hiện Chỉ thị số 20-CT/TW ngày 05/11/2012 của Bộ Chính trị và Quyết định số 1555/QĐ-TTg ngày 17/10/2012 của Thủ tướng Chính phủ về việc phê duyệt Chương trình hành động quốc gia vì trẻ em giai đoạn 2012-2020',
    { programmePeriod: { from: 2012, to: 2020, orientationTo: null } },
  ),
  referenced(
    'kh-26-ubnd-lang-son',
    '26/KH-UBND',
    'ke-hoach',
    'ubnd-lang-son',
    'Lạng Sơn',
    '2019-01-30',
    'Về triển khai thực hiện kết luận của Thủ tướng Chính phủ tại Hội nghị trực tuyến toàn quốc về công tác bảo vệ trẻ em',
  ),
  // Issued by the Văn phòng (office) of UBND tỉnh Lạng Sơn, which acts for the People's Committee.
  referenced(
    'cv-804-vp-kgvx',
    '804/VP-KGVX',
    'cong-van',
    'ubnd-lang-son',
    'Lạng Sơn',
    '2019-03-06',
    'Về việc triển khai thực hiện công văn số 672/LĐTBXH của Bộ Lao động – Thương binh và Xã hội',
  ),
  referenced(
    'tt-13-2021-bldtbxh',
    '13/2021/TT-BLĐTBXH',
    'thong-tu',
    'bo-ldtbxh',
    'Hà Nội',
    '2021-09-30',
    'Ban hành chỉ tiêu thống kê về tình hình trẻ em và tình hình xâm hại trẻ em, xử lý vi phạm hành chính đối với các hành vi xâm hại trẻ em',
  ),
  referenced(
    'tt-27-2022-bldtbxh',
    '27/2022/TT-BLĐTBXH',
    'thong-tu',
    'bo-ldtbxh',
    'Hà Nội',
    '2022-12-29',
    'Hướng dẫn sự tham gia của trẻ em vào hoạt động ngoài gia đình, ngoài cơ sở giáo dục',
  ),
  referenced(
    'cv-793-ldtbxh-te',
    '793/LĐTBXH-TE',
    'cong-van',
    'bo-ldtbxh',
    'Hà Nội',
    '2024-02-29',
    'Về việc hướng dẫn nhiệm vụ trọng tâm công tác trẻ em năm 2024',
  ),
  referenced(
    'cv-385-sldtbxh-xh',
    '385/SLĐTBXH-XH',
    'cong-van',
    'so-ldtbxh-tuyen-quang',
    'Tuyên Quang',
    '2024-03-18',
    'Về việc thực hiện công tác trẻ em năm 2024',
  ),
];
