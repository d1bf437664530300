import type { IssueDirectivePayload } from '@cpp/directives';
import { DEFAULT_CUTOFF, task } from './builders';

/**
 * Seed 004: Quyết định 923/QĐ-LĐTBXH (04/08/2020), the Ministry's plan implementing Chỉ thị
 * 23/CT-TTg. Its tasks are section II of Điều 1. Who does each is in the annex ("Phụ lục kèm
 * theo"), which is not part of the seed: the Cục Trẻ em, which proposed the decision and files
 * it ("Lưu: VT, Cục TE"), is recorded as the lead of each. The decision sets no reporting
 * calendar; II.7 asks for consolidated reports, recorded as an ad-hoc regime to the Ministry.
 */
const REPORT = 'bao-cao-trien-khai';
const lead = 'cuc-tre-em';

export const qd923: IssueDirectivePayload = {
  directiveId: 'qd-923-ldtbxh',
  documentNumber: 'Số:  923  /QĐ-LĐTBXH',
  documentType: 'quyet-dinh',
  issuingAgencyId: 'bo-ldtbxh',
  place: 'Hà Nội',
  issuedOn: '2020-08-04',
  signer: { name: 'Đào Ngọc Dung', capacity: 'BỘ TRƯỞNG' },
  subject: 'Ban hành Kế hoạch triển khai thực hiện Chỉ thị số 23/CT-TTg ngày 26 tháng 5 năm 2020 của Thủ tướng Chính phủ',
  // Điều 4 and Nơi nhận, as far as the demo organisation chart holds them.
  recipientAgencyIds: ['cuc-tre-em', 'so-ldtbxh-soc-trang', 'so-ldtbxh-tuyen-quang', 'so-ldtbxh-lang-son', 'thu-tuong-chinh-phu'],
  effectiveFrom: '2020-08-04',
  programmePeriod: null,
  implementsDirectiveIds: ['ct-23-ttg'],
  basedOnDirectiveIds: ['ct-23-ttg'],
  reportingRegimes: [
    {
      regimeId: REPORT,
      title: 'Báo cáo kết quả triển khai Chỉ thị số 23/CT-TTg',
      content: 'Tổng hợp, báo cáo, đánh giá kết quả triển khai Chỉ thị số 23/CT-TTg của các bộ, ngành, địa phương (mục II.7)',
      reportingAgencyIds: [lead],
      recipientAgencyId: 'bo-ldtbxh',
      method: 'Văn bản trình Bộ trưởng',
      frequency: 'ad-hoc',
      deadline: null,
      cutoff: DEFAULT_CUTOFF.adHoc,
      activeFrom: '2020-08-04',
      activeUntil: null,
    },
  ],
  tasks: [
    task(
      'II.1.a',
      lead,
      'Xây dựng chương trình, kế hoạch, đề án về thực hiện quyền trẻ em, giải quyết các vấn đề về trẻ em giai đoạn 2021 - 2025 và đến năm 2030 thuộc trách nhiệm, quyền hạn của Bộ.',
      [REPORT],
    ),
    task('II.1.b', lead, 'Rà soát, sửa đổi, bổ sung chính sách, pháp luật về trợ giúp xã hội đối với trẻ em có hoàn cảnh đặc biệt.', [REPORT]),
    task('II.1.c', lead, 'Rà soát, kiến nghị hoàn thiện chính sách, pháp luật về trẻ em.', [REPORT]),
    task(
      'II.2.a',
      lead,
      'Xây dựng văn bản đôn đốc các bộ, ngành, địa phương thực hiện chính sách, pháp luật về trẻ em; giải quyết các vấn đề về trẻ em thuộc trách nhiệm, thẩm quyền của bộ, ngành, Ủy ban nhân dân các cấp.',
      [REPORT],
    ),
    task(
      'II.2.b',
      lead,
      'Tổ chức và đôn đốc các bộ, ngành, địa phương tổ chức các hình thức phù hợp để lắng nghe ý kiến, nguyện vọng của trẻ em trong quá trình xây dựng và thực hiện chương trình, chính sách, pháp luật về trẻ em.',
      [REPORT],
    ),
    task(
      'II.3.a',
      lead,
      'Chủ trì, phối hợp xây dựng tài liệu, sản phẩm truyền thông về phòng, chống tai nạn thương tích trẻ em, phòng, chống đuối nước trẻ em đến từng hộ gia đình, cộng đồng dân cư, từng trường học, lớp học.',
      [REPORT],
    ),
    task(
      'II.3.b',
      lead,
      'Chủ trì, phối hợp nhân rộng các mô hình, biện pháp can thiệp, phòng, chống đuối nước trẻ em và phòng, chống tai nạn giao thông trẻ em hiệu quả.',
      [REPORT],
    ),
    task('II.4.a', lead, 'Xây dựng và ban hành quy trình, tiêu chuẩn cung cấp dịch vụ bảo vệ trẻ em trong trường hợp trẻ em bị xâm hại.', [REPORT]),
    task(
      'II.4.b',
      lead,
      'Xây dựng tài liệu và tổ chức đào tạo, bồi dưỡng, tập huấn nâng cao năng lực cho cán bộ của cơ sở cung cấp dịch vụ bảo vệ trẻ em về bảo vệ trẻ em, phòng, chống xâm hại trẻ em.',
      [REPORT],
    ),
    task(
      'II.4.c',
      lead,
      'Nâng cao chất lượng và cải thiện khả năng tiếp cận các dịch vụ tư vấn, tham vấn, trị liệu tâm lý, dịch vụ công tác xã hội, phục hồi chức năng xã hội cho trẻ em.',
      [REPORT],
    ),
    task(
      'II.5',
      lead,
      'Xây dựng đề cương, kế hoạch và tổ chức các đoàn thanh tra, kiểm tra liên ngành tại bộ, ngành, địa phương, tổ chức có liên quan về bảo vệ trẻ em, phòng, chống xâm hại trẻ em.',
      [REPORT],
    ),
    task(
      'II.6.a',
      lead,
      'Xây dựng tài liệu, sản phẩm tuyên truyền, phổ biến, giáo dục pháp luật về trẻ em nhằm nâng cao nhận thức, kỹ năng thực hiện quyền trẻ em, chăm sóc phát triển toàn diện trẻ em, bảo vệ trẻ em.',
      [REPORT],
    ),
    task(
      'II.6.b',
      lead,
      'Chủ trì, phối hợp nhân rộng các mô hình, biện pháp truyền thông về quyền trẻ em; quảng bá Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 đến cộng đồng, gia đình, cơ sở giáo dục.',
      [REPORT],
    ),
    task(
      'II.6.c',
      lead,
      'Chủ trì, phối hợp triển khai các biện pháp truyền thông về quyền trẻ em, bảo vệ trẻ em, quảng bá Tổng đài 111 trên các kênh thông tin, truyền thông đại chúng, báo chí; mạng viễn thông, mạng xã hội.',
      [REPORT],
    ),
    task(
      'II.6.d',
      lead,
      'Đẩy mạnh vận động xã hội đóng góp cho các dự án, chương trình, đề án bảo vệ trẻ em, phòng, chống xâm hại trẻ em, phòng, chống tai nạn thương tích trẻ em.',
      [REPORT],
    ),
    task('II.7', lead, 'Tổng hợp, báo cáo, đánh giá kết quả triển khai Chỉ thị số 23/CT-TTg của các bộ, ngành, địa phương.', [REPORT]),
  ],
};
