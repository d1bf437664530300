import type { IssueDirectivePayload } from '@cpp/directives';
import { DEFAULT_CUTOFF, task, taskForEach } from './builders';

/**
 * Seed 003: the Sóc Trăng provincial plan implementing Chỉ thị 23/CT-TTg and Quyết định
 * 1472/QĐ-TTg. The seed starts at the title; its number and date (Kế hoạch số 29/KH-UBND,
 * 24/02/2021) are those the province published (sokhdt.soctrang.gov.vn).
 *
 * Each lettered item of section II names the agency that carries it out: it is a task led by
 * that agency. Section III.1 sets the calendar: every Sở, ban ngành, đoàn thể and district
 * reports to Sở LĐTBXH every 6 months (before 30/6) and every year (before 30/11). Sở LĐTBXH
 * itself consolidates and reports to UBND tỉnh (III.2) without a calendar: an ad-hoc regime.
 */
const P = 'soc-trang';
const LDTBXH = `so-ldtbxh-${P}`;
const GDDT = `so-gddt-${P}`;
const TTTT = `so-tttt-${P}`;
const VHTTDL = `so-vhttdl-${P}`;
const YTE = `so-y-te-${P}`;
const CONG_AN = `cong-an-${P}`;
const TU_PHAP = `so-tu-phap-${P}`;
const XAY_DUNG = `so-xay-dung-${P}`;
const GTVT = `so-gtvt-${P}`;
const DAN_TOC = `ban-dan-toc-${P}`;
const TAI_CHINH = `so-tai-chinh-${P}`;
const KHDT = `so-khdt-${P}`;
const MTTQ = `ubmttq-${P}`;
const TINH_DOAN = `tinh-doan-${P}`;

const DISTRICTS = [
  'tp-soc-trang',
  'chau-thanh-soc-trang',
  'ke-sach',
  'my-tu',
  'cu-lao-dung',
  'long-phu',
  'my-xuyen',
  'nga-nam',
  'thanh-tri',
  'vinh-chau',
  'tran-de',
];

/** III.1: what the Sở, ban ngành, đoàn thể and districts report to Sở LĐTBXH. */
const PERIODIC = ['bao-cao-6-thang', 'bao-cao-nam'];
/** III.2: what Sở LĐTBXH consolidates for UBND tỉnh. */
const CONSOLIDATED = ['tong-hop-bao-cao'];

const reportToLdtbxh = {
  content: 'Tình hình, kết quả thực hiện Kế hoạch',
  reportingAgencyIds: [],
  recipientAgencyId: LDTBXH,
  method: 'Văn bản báo cáo gửi Sở Lao động - Thương binh và Xã hội',
  activeFrom: '2021-02-24',
  activeUntil: null,
};

export const khSocTrang: IssueDirectivePayload = {
  directiveId: 'kh-soc-trang-23-ct-ttg',
  documentNumber: '29/KH-UBND',
  documentType: 'ke-hoach',
  issuingAgencyId: `ubnd-${P}`,
  place: 'Sóc Trăng',
  issuedOn: '2021-02-24',
  signer: { name: null, capacity: null },
  subject: 'Thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 và Quyết định số 1472/QĐ-TTg ngày 28/9/2020 của Thủ tướng Chính phủ',
  // Nơi nhận: Bộ LĐTBXH, the Sở, ban, ngành, UBMTTQ and đoàn thể, the districts' People's Committees.
  recipientAgencyIds: [
    'bo-ldtbxh',
    LDTBXH,
    GDDT,
    TTTT,
    VHTTDL,
    YTE,
    CONG_AN,
    TU_PHAP,
    XAY_DUNG,
    GTVT,
    DAN_TOC,
    TAI_CHINH,
    KHDT,
    MTTQ,
    TINH_DOAN,
    ...DISTRICTS.map((d) => `ubnd-${d}`),
  ],
  effectiveFrom: '2021-02-24',
  programmePeriod: null,
  implementsDirectiveIds: ['ct-23-ttg', 'qd-1472-ttg', 'qd-923-ldtbxh', 'qd-1465-bldtbxh'],
  basedOnDirectiveIds: [],
  reportingRegimes: [
    {
      ...reportToLdtbxh,
      regimeId: 'bao-cao-6-thang',
      title: 'Báo cáo 6 tháng',
      frequency: 'six-monthly',
      deadline: { month: 6, day: 30 },
      cutoff: DEFAULT_CUTOFF.sixMonthly,
    },
    { ...reportToLdtbxh, regimeId: 'bao-cao-nam', title: 'Báo cáo năm', frequency: 'annual', deadline: { month: 11, day: 30 }, cutoff: DEFAULT_CUTOFF.annual },
    {
      regimeId: 'tong-hop-bao-cao',
      title: 'Tổng hợp, báo cáo kết quả thực hiện Kế hoạch',
      content:
        'Kết quả thực hiện Kế hoạch của các sở, ban ngành, địa phương, tổng hợp về Ủy ban nhân dân tỉnh, Bộ Lao động - Thương binh và Xã hội (mục III.2)',
      reportingAgencyIds: [LDTBXH],
      recipientAgencyId: `ubnd-${P}`,
      method: 'Văn bản tổng hợp gửi Ủy ban nhân dân tỉnh, đồng gửi Bộ Lao động - Thương binh và Xã hội',
      frequency: 'ad-hoc',
      deadline: null,
      cutoff: DEFAULT_CUTOFF.adHoc,
      activeFrom: '2021-02-24',
      activeUntil: null,
    },
  ],
  tasks: [
    // 1. Rà soát, kiến nghị sửa đổi, bổ sung chính sách, pháp luật về trẻ em…
    task(
      'II.1.a',
      LDTBXH,
      'Tham mưu Ủy ban nhân dân tỉnh ban hành các văn bản thực hiện chương trình, kế hoạch, đề án về quyền trẻ em, giải quyết các vấn đề về trẻ em.',
      CONSOLIDATED,
    ),
    task(
      'II.1.b',
      GDDT,
      'Tham mưu Ủy ban nhân dân tỉnh đối với việc kiến nghị sửa đổi, bổ sung các chính sách, pháp luật về trẻ em và phòng, chống xâm hại trẻ em.',
      PERIODIC,
    ),
    task('II.1.c', TTTT, 'Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản thực hiện Chương trình phòng, chống xâm hại trẻ em trên môi trường mạng.', PERIODIC),
    task(
      'II.1.d',
      VHTTDL,
      'Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản thực hiện Chương trình phòng, chống xâm hại trẻ em trong môi trường gia đình.',
      PERIODIC,
      [LDTBXH],
    ),
    task('II.1.đ', YTE, 'Tham mưu Ủy ban nhân dân tỉnh ban hành văn bản thực hiện việc giám định đặc thù đối với các vụ xâm hại tình dục trẻ em.', PERIODIC),
    task(
      'II.1.e',
      CONG_AN,
      'Rà soát, hướng dẫn cụ thể công tác phòng ngừa nghiệp vụ, tiếp nhận, giải quyết tố giác, tin báo, kiến nghị khởi tố về các tội phạm xâm hại tình dục trẻ em.',
      PERIODIC,
    ),
    // 2. Tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ trẻ em…
    task(
      'II.2.a',
      LDTBXH,
      'Phối hợp với các sở, ban ngành có liên quan xây dựng, phát hành các tài liệu, sản phẩm tuyên truyền, phổ biến, giáo dục pháp luật về bảo vệ, chăm sóc trẻ em.',
      CONSOLIDATED,
    ),
    task(
      'II.2.b',
      TTTT,
      'Hướng dẫn, chỉ đạo cơ quan truyền thông, báo chí dành các chuyên trang, chuyên mục với thời lượng và khung giờ phù hợp với trẻ em.',
      PERIODIC,
    ),
    task(
      'II.2.c',
      GDDT,
      'Chỉ đạo ngành giáo dục và đào tạo tăng cường tuyên truyền, giáo dục pháp luật, kiến thức, kỹ năng sống, kỹ năng bảo vệ cho học sinh.',
      PERIODIC,
    ),
    task(
      'II.2.d',
      VHTTDL,
      'Chỉ đạo Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố đẩy mạnh giáo dục đạo đức, lối sống lành mạnh trong gia đình.',
      PERIODIC,
    ),
    task(
      'II.2.đ',
      TU_PHAP,
      'Hướng dẫn, chỉ đạo đẩy mạnh công tác tuyên truyền, phổ biến, giáo dục pháp luật về phòng, chống xâm hại trẻ em và tai nạn thương tích trẻ em.',
      PERIODIC,
    ),
    task(
      'II.2.e',
      CONG_AN,
      'Tuyên truyền phòng, chống ma túy trong thiếu niên, học sinh; xử lý nghiêm các trường hợp quảng cáo, mua bán, dụ dỗ, lôi kéo người chưa thành niên sử dụng trái phép ma túy.',
      PERIODIC,
    ),
    task(
      'II.2.f',
      DAN_TOC,
      'Truyền thông, giáo dục nâng cao nhận thức và ý thức pháp luật, chuyển đổi hành vi để đẩy lùi, ngăn chặn tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng dân tộc thiểu số.',
      PERIODIC,
    ),
    // 3. Thanh tra, kiểm tra liên ngành…
    task(
      'II.3.a',
      LDTBXH,
      'Xây dựng đề cương, kế hoạch và tổ chức các đoàn thanh tra, kiểm tra liên ngành tại các địa phương, tổ chức có liên quan về bảo vệ trẻ em, phòng, chống xâm hại trẻ em.',
      CONSOLIDATED,
    ),
    task(
      'II.3.b',
      GDDT,
      'Thanh tra, kiểm tra chuyên đề việc thực hiện trách nhiệm bảo vệ trẻ em, phòng, chống bạo lực, xâm hại trẻ em trong cơ sở giáo dục.',
      PERIODIC,
    ),
    task('II.3.c', VHTTDL, 'Thanh tra, xử lý nghiêm cá nhân có hành vi bạo lực gia đình đối với trẻ em.', PERIODIC),
    task(
      'II.3.d',
      TTTT,
      'Thanh tra, xử lý nghiêm cơ quan báo chí, xuất bản, tổ chức, cá nhân hoạt động trên môi trường mạng vi phạm pháp luật về bảo vệ hình ảnh, bí mật cá nhân trẻ em.',
      PERIODIC,
    ),
    task(
      'II.3.đ',
      TU_PHAP,
      'Thanh tra, kiểm tra chuyên đề, có biện pháp chấm dứt tình trạng nuôi con nuôi trái pháp luật; tăng cường kiểm tra công tác trợ giúp pháp lý cho trẻ em.',
      PERIODIC,
    ),
    // 4. Bảo vệ trẻ em, phòng, chống xâm hại, tai nạn thương tích, đuối nước…
    task(
      'II.4.a',
      LDTBXH,
      'Thực hiện nhiệm vụ cơ quan thường trực Ban Chỉ đạo Bảo vệ trẻ em, làm tốt công tác phối hợp liên ngành trong quá trình thực hiện các nhiệm vụ liên quan đến bảo vệ trẻ em.',
      CONSOLIDATED,
    ),
    task(
      'II.4.b',
      GDDT,
      'Thực hiện chính sách, giải pháp giảm thiểu tình trạng trẻ em bỏ học, đặc biệt là vùng dân tộc thiểu số; tăng cường công tác tư vấn học đường và công tác xã hội trường học.',
      PERIODIC,
    ),
    task(
      'II.4.c',
      VHTTDL,
      'Phối hợp với các cơ quan có liên quan thống kê, tổng hợp, theo dõi, có giải pháp tuyên truyền phù hợp nhằm giảm thiểu và từng bước xóa bỏ tình trạng tảo hôn.',
      PERIODIC,
    ),
    task(
      'II.4.d',
      CONG_AN,
      'Chỉ đạo đẩy mạnh triển khai mô hình “Phòng điều tra thân thiện”; hướng dẫn xây dựng các mô hình phòng ngừa, xâm hại trẻ em.',
      PERIODIC,
      [VHTTDL],
    ),
    task(
      'II.4.đ',
      YTE,
      'Thực hiện các chính sách, giải pháp phòng, chống suy dinh dưỡng trẻ em dưới 5 tuổi, đặc biệt là suy dinh dưỡng thể thấp còi, phòng, chống suy dinh dưỡng trẻ em vùng dân tộc thiểu số.',
      PERIODIC,
    ),
    task('II.4.e', TU_PHAP, 'Hướng dẫn, chỉ đạo đẩy mạnh công tác trợ giúp pháp lý trong quá trình giải quyết các vụ xâm hại trẻ em.', PERIODIC),
    task(
      'II.4.g',
      TTTT,
      'Tiếp tục phát triển các công cụ kết nối giữa người dân, trẻ em với các cơ quan có trách nhiệm bảo vệ trẻ em; hình thành mạng lưới xã hội về bảo vệ trẻ em trên môi trường mạng.',
      PERIODIC,
    ),
    task(
      'II.4.h',
      XAY_DUNG,
      'Rà soát tiêu chuẩn, tiêu chí an toàn cho trẻ em; thường xuyên thanh tra, kiểm tra việc chấp hành tiêu chuẩn, tiêu chí an toàn cho trẻ em ở các công trình xây dựng, chung cư, nhà cao tầng.',
      PERIODIC,
    ),
    task(
      'II.4.i',
      GTVT,
      'Rà soát tiêu chuẩn an toàn, phòng ngừa tai nạn giao thông cho trẻ em; thường xuyên thanh tra, kiểm tra việc chấp hành tiêu chuẩn an toàn cho trẻ em đối với phương tiện đưa đón học sinh.',
      PERIODIC,
    ),
    task(
      'II.4.k',
      DAN_TOC,
      'Chủ trì thống kê, tổng hợp, theo dõi và có giải pháp nhằm giảm thiểu và từng bước xóa bỏ tình trạng tảo hôn và hôn nhân cận huyết thống trong vùng đồng bào dân tộc thiểu số.',
      PERIODIC,
      [VHTTDL],
    ),
    // 5. Bảo đảm nguồn lực…
    task(
      'II.5.a',
      LDTBXH,
      'Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí phù hợp thực hiện công tác bảo vệ trẻ em; phòng, chống xâm hại trẻ em, tai nạn thương tích trẻ em.',
      CONSOLIDATED,
      [TAI_CHINH, KHDT],
    ),
    task(
      'II.5.b',
      TAI_CHINH,
      'Tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch này theo phân cấp, phù hợp với khả năng cân đối của ngân sách địa phương.',
      PERIODIC,
      [LDTBXH, KHDT],
    ),
    // 6. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức thành viên (Tỉnh Đoàn is one).
    task(
      'II.6',
      MTTQ,
      'Tuyên truyền, giáo dục, vận động hội viên, đoàn viên và toàn xã hội tham gia thực hiện chính sách, pháp luật về trẻ em; tăng cường giám sát, phản biện việc thực hiện quyền trẻ em.',
      PERIODIC,
      [TINH_DOAN],
    ),
    // 7. Ủy ban nhân dân các huyện, thị xã, thành phố: each district leads its own.
    ...taskForEach(
      'II.7',
      DISTRICTS.map((district) => `ubnd-${district}`),
      'Tăng cường chỉ đạo các phòng, ban ngành, đoàn thể và Ủy ban nhân dân các xã, phường, thị trấn ban hành văn bản chỉ đạo, tổ chức triển khai các chương trình, kế hoạch về bảo vệ trẻ em, phòng, chống xâm hại, đuối nước trẻ em.',
      PERIODIC,
    ),
    task(
      'III.2',
      LDTBXH,
      'Chủ trì, phối hợp với các cơ quan có liên quan hướng dẫn, đôn đốc, kiểm tra việc triển khai thực hiện Kế hoạch; tổng hợp, báo cáo kết quả thực hiện Kế hoạch.',
      CONSOLIDATED,
    ),
  ],
};
