import { DemoForum } from './demo-forum';

/**
 * Công văn of Sở LĐTBXH Lạng Sơn, 21/3/2019, point 6: "Tổ chức Diễn đàn trẻ em các cấp để xem
 * xét và giải quyết những vấn đề, kiến nghị được trẻ em quan tâm; chọn đại diện trẻ em tham gia
 * Diễn đàn trẻ em quốc gia lần thứ 6 năm 2019", with the summer's drowning, violence and abuse.
 */
export const nationalForum2019: DemoForum = {
  forum: {
    forumId: 'dien-dan-tre-em-quoc-gia-6',
    level: 'national',
    edition: '6',
    title: 'Diễn đàn trẻ em quốc gia lần thứ 6 năm 2019',
    theme: 'Trẻ em với phòng, chống xâm hại, bạo lực và tai nạn thương tích',
    organiserAgencyId: 'bo-ldtbxh',
    localityUnitId: 'viet-nam',
    heldOn: '2019-08-20',
    parentForumId: null,
    previousForumId: null,
    responseDays: 60,
  },
  participants: [],
  recommendations: [],
  delegates: [],
};

export const langSonForum2019: DemoForum = {
  forum: {
    forumId: 'dien-dan-tre-em-lang-son-2019',
    level: 'province',
    edition: '2019',
    title: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
    theme: 'Chung tay vì trẻ em nghèo, trẻ em dân tộc thiểu số; mùa hè an toàn cho trẻ em',
    organiserAgencyId: 'tinh-doan-lang-son',
    localityUnitId: 'lang-son',
    heldOn: '2019-05-28',
    parentForumId: 'dien-dan-tre-em-quoc-gia-6',
    previousForumId: null,
    responseDays: 60,
  },
  participants: [
    { ageBand: '11-14', sex: 'female', ethnicity: 'Tày', localityUnitId: 'lang-son', count: 24 },
    { ageBand: '11-14', sex: 'male', ethnicity: 'Tày', localityUnitId: 'lang-son', count: 19 },
    { ageBand: '11-14', sex: 'female', ethnicity: 'Nùng', localityUnitId: 'lang-son', count: 17 },
    { ageBand: '15-17', sex: 'male', ethnicity: 'Nùng', localityUnitId: 'lang-son', count: 12 },
    { ageBand: '15-17', sex: 'female', ethnicity: 'Kinh', localityUnitId: 'tp-lang-son', count: 11 },
    { ageBand: '15-17', sex: 'male', ethnicity: 'Dao', localityUnitId: 'lang-son', count: 6 },
  ],
  recommendations: [
    {
      recommendationId: 'kn-ls-2019-xam-hai',
      raisedBy: 'nhóm trẻ em trung học cơ sở',
      theme: 'abuse',
      text: 'Chúng em muốn ở trường có người để kể khi bị bắt nạt hay bị xâm hại, và được giữ bí mật.',
      forward: { to: 'so-gddt-lang-son', summary: 'Tư vấn tâm lý học đường và kênh báo tin xâm hại an toàn cho học sinh', on: '2019-06-03' },
      answer: {
        decision: 'accepted',
        answer: 'Từ năm học mới, mỗi trường có một thầy cô tư vấn, và có hộp thư để các em báo tin mà không cần ghi tên.',
        reason: null,
        on: '2019-07-15',
      },
      implementation: { status: 'continuing', note: 'Đã có tổ tư vấn ở 120 trường; các trường còn lại làm trong năm 2020.', reason: null, on: '2019-12-20' },
    },
    {
      recommendationId: 'kn-ls-2019-duoi-nuoc',
      raisedBy: 'nhóm trẻ em các xã vùng sông Kỳ Cùng',
      theme: 'drowning',
      text: 'Chúng em mong được học bơi miễn phí vào mùa hè và có biển cảnh báo ở những chỗ nước sâu.',
      forward: { to: 'so-vhttdl-lang-son', summary: 'Lớp dạy bơi miễn phí mùa hè và biển cảnh báo nơi nước sâu', on: '2019-06-03' },
      answer: {
        decision: 'partly-accepted',
        answer: 'Hè này, mỗi huyện mở ít nhất một lớp học bơi miễn phí. Biển cảnh báo do xã cắm, Sở sẽ nhắc các xã.',
        reason: 'Chưa đủ bể bơi để mở lớp ở mọi xã.',
        on: '2019-08-12',
      },
      implementation: { status: 'implemented', note: '11 lớp học bơi đã mở cho 640 em trong hè 2019.', reason: null, on: '2019-09-10' },
    },
    {
      recommendationId: 'kn-ls-2019-lao-dong-tre-em',
      raisedBy: 'nhóm trẻ em dân tộc thiểu số vùng cao',
      theme: 'child-labour',
      text: 'Nhiều bạn phải nghỉ học đi làm thuê ở bãi đá và xưởng gỗ. Chúng em mong các bạn được đi học lại.',
      forward: {
        to: 'so-ldtbxh-lang-son',
        summary: 'Kiểm tra việc sử dụng lao động trẻ em ở bãi đá, xưởng gỗ; hỗ trợ các em trở lại trường',
        on: '2019-06-03',
      },
    },
    {
      recommendationId: 'kn-ls-2019-an-toan-mang',
      raisedBy: 'nhóm trẻ em thành phố Lạng Sơn',
      theme: 'online-safety',
      text: 'Chúng em muốn được học cách an toàn khi dùng mạng xã hội, để không bị người lạ lừa.',
      forward: { to: 'so-tttt-lang-son', summary: 'Dạy kỹ năng an toàn trên mạng cho trẻ em', on: '2019-06-03' },
      answer: {
        decision: 'not-accepted',
        answer: 'Sở chưa thể mở lớp riêng; việc dạy trên lớp do ngành giáo dục làm.',
        reason: 'Không thuộc nhiệm vụ và chưa có kinh phí năm 2019.',
        on: '2019-07-30',
      },
      escalateTo: { forumId: 'dien-dan-tre-em-quoc-gia-6', on: '2019-08-01' },
    },
  ],
  delegates: [
    {
      delegateId: 'ls-2019-dai-bieu-1',
      ageBand: '15-17',
      sex: 'female',
      ethnicity: 'Tày',
      localityUnitId: 'lang-son',
      selectingBody: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
      consentReference: 'PĐY-LS-2019-01',
      selectedOn: '2019-05-28',
    },
    {
      delegateId: 'ls-2019-dai-bieu-2',
      ageBand: '11-14',
      sex: 'male',
      ethnicity: 'Nùng',
      localityUnitId: 'lang-son',
      selectingBody: 'Diễn đàn trẻ em tỉnh Lạng Sơn năm 2019',
      consentReference: 'PĐY-LS-2019-02',
      selectedOn: '2019-05-28',
    },
    {
      delegateId: 'ls-2019-dai-bieu-3',
      ageBand: '15-17',
      sex: 'female',
      ethnicity: 'Dao',
      localityUnitId: 'lang-son',
      selectingBody: 'Tỉnh Đoàn Lạng Sơn',
      consentReference: 'PĐY-LS-2019-03',
      selectedOn: '2019-05-28',
    },
  ],
};
