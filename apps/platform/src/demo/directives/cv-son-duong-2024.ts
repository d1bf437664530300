import type { IssueDirectivePayload } from '@cpp/directives';
import { DEFAULT_CUTOFF, taskForEach } from './builders';

/**
 * Seed 001: the Sơn Dương district dispatch on child work in 2024, answering Sở LĐTBXH's
 * Văn bản 385/SLĐTBXH-XH (18/03/2024). The scan starts at "Kính gửi": number and date are not in
 * the seed. It is recorded undated, with the number blank and the symbol the district's other
 * dispatches cited in it carry (636/UBND-VX, 2918/UBND-VX of Ủy ban nhân dân huyện).
 * Section I is asked of every addressee in the demo chart; reports (section II): 6-month before
 * 15/5 and annual before 10/11 on appendix forms 01–04, and (I.6) Phòng LĐTBXH's child-data
 * cleaning results to Sở LĐTBXH before the 12th of every month.
 */
const DISTRICT_OFFICE = 'phong-ldtbxh-son-duong';
/** Kính gửi, as far as the demo chart holds them (communes and the district culture centre are not in it). */
const ADDRESSEES = [DISTRICT_OFFICE, 'bhxh-son-duong', 'trung-tam-y-te-son-duong'];
const OTHERS = ADDRESSEES.filter((agencyId) => agencyId !== DISTRICT_OFFICE);
const REGIMES = ['bao-cao-6-thang', 'bao-cao-nam'];
const DATA_UPDATE = 'cap-nhat-du-lieu-tre-em';

/** Answers 385/SLĐTBXH-XH of 18/03/2024 and reports on 2024. */
const YEAR_2024 = { activeFrom: '2024-03-18', activeUntil: '2024-12-31' };
const toDistrict = {
  content: 'Công tác bảo vệ, chăm sóc trẻ em năm 2024',
  reportingAgencyIds: [],
  recipientAgencyId: 'ubnd-son-duong',
  method: 'Văn bản theo phụ lục số 01, 02, 03, 04 gửi Ủy ban nhân dân huyện (qua Phòng Lao động - Thương binh và Xã hội), đồng gửi email phongldsd@gmail.com',
  ...YEAR_2024,
};

const plans: [string, string][] = [
  [
    'I.7.1',
    'Tiếp tục triển khai Kế hoạch số 457/KH-UBND ngày 21/12/2018 về triển khai kế hoạch phối hợp liên ngành phòng, chống đuối nước trẻ em trên địa bàn huyện.',
  ],
  [
    'I.7.2',
    'Tiếp tục triển khai Kế hoạch số 312/KH-UBND ngày 30/8/2019 về Đề án “Chăm sóc vì sự phát triển toàn diện của trẻ em trong những năm đầu đời tại gia đình và cộng đồng giai đoạn 2018-2025”.',
  ],
  [
    'I.7.3',
    'Tiếp tục triển khai Kế hoạch số 322/KH-UBND ngày 09/9/2019 về Đề án “Hỗ trợ trẻ em khuyết tật tiếp cận các dịch vụ bảo vệ, chăm sóc, giáo dục tại cộng đồng giai đoạn 2018-2025”.',
  ],
  [
    'I.7.4',
    'Tiếp tục triển khai Kế hoạch số 353/KH-UBND ngày 02/10/2019 về Đề án vận động nguồn lực xã hội hỗ trợ trẻ em các xã đặc biệt khó khăn vùng dân tộc thiểu số và miền núi giai đoạn 2019-2025.',
  ],
  [
    'I.7.5',
    'Tiếp tục triển khai Kế hoạch số 132/KH-UBND ngày 21/4/2020 về tiêu chuẩn, trình tự đánh giá và công nhận xã, thị trấn phù hợp với trẻ em trên địa bàn huyện Sơn Dương.',
  ],
  [
    'I.7.6',
    'Tiếp tục triển khai Kế hoạch số 159/KH-UBND ngày 26/4/2021 về triển khai thực hiện Quyết định số 1472/QĐ-TTg ngày 28/9/2020 của Thủ tướng Chính phủ trên địa bàn huyện.',
  ],
  ['I.7.7', 'Tiếp tục triển khai Kế hoạch số 179/KH-UBND ngày 07/5/2021 về Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 trên địa bàn huyện.'],
  [
    'I.7.8',
    'Tiếp tục triển khai Kế hoạch số 447/KH-UBND ngày 13/10/2021 về Chương trình phòng ngừa, giảm thiểu trẻ em lao động trái quy định của pháp luật giai đoạn 2021-2025.',
  ],
  [
    'I.7.9',
    'Tiếp tục triển khai Kế hoạch số 465/KH-UBND ngày 28/10/2021 về Chương trình phòng, chống tai nạn, thương tích trẻ em giai đoạn 2021-2030 trên địa bàn huyện.',
  ],
  [
    'I.7.10',
    'Tổ chức triển khai thực hiện Văn bản số 260/UBND-VX ngày 18/02/2023 và Văn bản số 373/UBND-VX ngày 01/3/2023 về phòng, chống bạo lực, xâm hại trẻ em.',
  ],
  [
    'I.7.11',
    'Kiện toàn, xây dựng quy chế hoạt động của tổ chức phối hợp liên ngành về trẻ em cấp xã và Nhóm thường trực bảo vệ trẻ em cấp xã theo Văn bản số 2918/UBND-VX ngày 19/12/2019.',
  ],
  [
    'I.7.12',
    'Tăng cường công tác phối hợp liên ngành trong việc thực hiện công tác trẻ em, đưa nhiệm vụ thực hiện quyền trẻ em vào chương trình, kế hoạch công tác năm 2024.',
  ],
];

export const cvSonDuong: IssueDirectivePayload = {
  directiveId: 'cv-son-duong-2024',
  documentNumber: '/UBND-VX',
  documentType: 'cong-van',
  issuingAgencyId: 'ubnd-son-duong',
  place: 'Sơn Dương',
  issuedOn: null,
  signer: { name: 'Phạm Thị Nhị Bình', capacity: 'TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH' },
  subject: 'Thực hiện công tác trẻ em năm 2024',
  // Kính gửi, and Sở LĐ-TB&XH tỉnh from Nơi nhận.
  recipientAgencyIds: [...ADDRESSEES, 'so-ldtbxh-tuyen-quang'],
  effectiveFrom: null,
  programmePeriod: null,
  implementsDirectiveIds: ['cv-385-sldtbxh-xh', 'cv-793-ldtbxh-te'],
  basedOnDirectiveIds: ['ct-23-ttg', 'tt-13-2021-bldtbxh', 'tt-27-2022-bldtbxh'],
  reportingRegimes: [
    {
      ...toDistrict,
      regimeId: 'bao-cao-6-thang',
      title: 'Báo cáo 6 tháng',
      frequency: 'six-monthly',
      deadline: { month: 5, day: 15 },
      cutoff: DEFAULT_CUTOFF.sixMonthly,
    },
    { ...toDistrict, regimeId: 'bao-cao-nam', title: 'Báo cáo năm', frequency: 'annual', deadline: { month: 11, day: 10 }, cutoff: DEFAULT_CUTOFF.annual },
    {
      regimeId: DATA_UPDATE,
      title: 'Báo cáo kết quả cập nhật, chuẩn hóa và làm sạch dữ liệu trẻ em',
      content: 'Kết quả cập nhật, chuẩn hóa và làm sạch dữ liệu trẻ em tại cơ sở (Đề án 06)',
      reportingAgencyIds: [DISTRICT_OFFICE],
      recipientAgencyId: 'so-ldtbxh-tuyen-quang',
      method: 'Văn bản tổng hợp gửi Sở Lao động - Thương binh và Xã hội',
      frequency: 'monthly',
      deadline: { month: null, day: 12 },
      cutoff: 'Văn bản không nêu; dữ liệu cập nhật đến ngày báo cáo',
      ...YEAR_2024,
    },
  ],
  tasks: [
    ...taskForEach(
      'I.1',
      ADDRESSEES,
      'Tổ chức triển khai thực hiện các nội dung chỉ đạo của Bộ Lao động - Thương binh và Xã hội tại Văn bản số 793/LĐTBXH-TE ngày 29/02/2024 về nhiệm vụ trọng tâm công tác trẻ em năm 2024.',
      REGIMES,
    ),
    ...taskForEach(
      'I.2',
      ADDRESSEES,
      'Đẩy mạnh và đổi mới các hoạt động truyền thông, phổ biến giáo dục pháp luật, kiến thức, kỹ năng thực hiện quyền trẻ em, bổn phận của trẻ em phù hợp với từng nhóm đối tượng.',
      REGIMES,
    ),
    ...taskForEach(
      'I.3',
      ADDRESSEES,
      'Tiếp tục chỉ đạo và triển khai thực hiện nghiêm túc các văn bản, chính sách, pháp luật của Đảng, Nhà nước về công tác trẻ em.',
      REGIMES,
    ),
    ...taskForEach(
      'I.4',
      ADDRESSEES,
      'Triển khai thu thập chỉ tiêu thống kê, báo cáo theo Thông tư số 13/2021/TT-BLĐTBXH ngày 30/9/2021 của Bộ Lao động - Thương binh và Xã hội.',
      REGIMES,
    ),
    ...taskForEach(
      'I.5',
      ADDRESSEES,
      'Triển khai thực hiện Thông tư số 27/2022/TT-BLĐTBXH ngày 29/12/2022 về việc hướng dẫn sự tham gia của trẻ em vào hoạt động ngoài gia đình, ngoài cơ sở giáo dục.',
      REGIMES,
    ),
    ...taskForEach(
      'I.6',
      OTHERS,
      'Khẩn trương hoàn thiện, làm sạch và thường xuyên cập nhật cơ sở dữ liệu về trẻ em liên thông với cơ sở dữ liệu quốc gia về dân cư, cơ sở dữ liệu chuyên ngành.',
      REGIMES,
    ),
    ...taskForEach(
      'I.6',
      [DISTRICT_OFFICE],
      'Phối hợp với Ủy ban nhân dân các xã, thị trấn hoàn thành việc cập nhật dữ liệu trẻ em tại địa phương, tổng hợp báo cáo kết quả cập nhật, chuẩn hóa và làm sạch dữ liệu trẻ em gửi về Sở Lao động - Thương binh và Xã hội trước ngày 12 hằng tháng.',
      [DATA_UPDATE, ...REGIMES],
    ),
    ...plans.flatMap(([section, text]) => taskForEach(section, ADDRESSEES, text, REGIMES)),
  ],
};
