import { DemoForum } from './demo-forum';

/**
 * Sơn Dương's 2024 child-protection plan (Phòng LĐTBXH): children's participation under
 * Thông tư 27/2022/TT-BLĐTBXH, drowning prevention, abuse and child labour. The district's
 * forum sends to Tuyên Quang's provincial forum; the district answers within 45 days.
 */
export const tuyenQuangForum2024: DemoForum = {
  forum: {
    forumId: 'dien-dan-tre-em-tuyen-quang-2024',
    level: 'province',
    edition: '2024',
    title: 'Diễn đàn trẻ em tỉnh Tuyên Quang năm 2024',
    theme: 'Trẻ em tham gia phòng, chống xâm hại và đuối nước',
    organiserAgencyId: 'tinh-doan-tuyen-quang',
    localityUnitId: 'tuyen-quang',
    heldOn: '2024-06-25',
    parentForumId: null,
    previousForumId: null,
    responseDays: 60,
  },
  participants: [],
  recommendations: [],
  delegates: [],
};

export const sonDuongForum2024: DemoForum = {
  forum: {
    forumId: 'dien-dan-tre-em-son-duong-2024',
    level: 'district',
    edition: '2024',
    title: 'Diễn đàn trẻ em huyện Sơn Dương năm 2024',
    theme: 'Mùa hè an toàn: phòng, chống đuối nước, xâm hại và lao động trẻ em',
    organiserAgencyId: 'phong-ldtbxh-son-duong',
    localityUnitId: 'son-duong',
    heldOn: '2024-05-30',
    parentForumId: 'dien-dan-tre-em-tuyen-quang-2024',
    previousForumId: null,
    responseDays: 45,
  },
  participants: [
    { ageBand: '11-14', sex: 'female', ethnicity: 'Tày', localityUnitId: 'son-duong', count: 14 },
    { ageBand: '11-14', sex: 'male', ethnicity: 'Kinh', localityUnitId: 'son-duong', count: 12 },
    { ageBand: '11-14', sex: 'female', ethnicity: 'Dao', localityUnitId: 'son-duong', count: 7 },
    { ageBand: '15-17', sex: 'male', ethnicity: 'Sán Dìu', localityUnitId: 'son-duong', count: 5 },
  ],
  recommendations: [
    {
      recommendationId: 'kn-sd-2024-duoi-nuoc',
      raisedBy: 'nhóm trẻ em các xã ven sông Lô',
      theme: 'drowning',
      text: 'Ở bến sông gần nhà chúng em chưa có rào chắn và biển báo. Chúng em mong được học bơi ở trường.',
      forward: { to: 'ubnd-son-duong', summary: 'Rào chắn, biển báo ở bến sông và lớp dạy bơi cho học sinh', on: '2024-06-03' },
      answer: {
        decision: 'accepted',
        answer: 'Huyện cắm biển báo ở 18 bến sông trước tháng 7 và mở lớp bơi ở Trung tâm Văn hóa huyện.',
        reason: null,
        on: '2024-07-05',
      },
    },
    {
      recommendationId: 'kn-sd-2024-lao-dong-tre-em',
      raisedBy: 'nhóm trẻ em các xã vùng chè',
      theme: 'child-labour',
      text: 'Mùa hè nhiều bạn phải đi hái chè thuê cả ngày. Chúng em muốn các bạn có thời gian nghỉ và học.',
      forward: { to: 'phong-ldtbxh-son-duong', summary: 'Kiểm tra việc thuê trẻ em hái chè mùa hè', on: '2024-06-03' },
    },
  ],
  delegates: [
    {
      delegateId: 'sd-2024-dai-bieu-1',
      ageBand: '11-14',
      sex: 'female',
      ethnicity: 'Tày',
      localityUnitId: 'son-duong',
      selectingBody: 'Diễn đàn trẻ em huyện Sơn Dương năm 2024',
      consentReference: 'PĐY-SD-2024-01',
      selectedOn: '2024-05-30',
    },
    {
      delegateId: 'sd-2024-dai-bieu-2',
      ageBand: '15-17',
      sex: 'male',
      ethnicity: 'Sán Dìu',
      localityUnitId: 'son-duong',
      selectingBody: 'Diễn đàn trẻ em huyện Sơn Dương năm 2024',
      consentReference: 'PĐY-SD-2024-02',
      selectedOn: '2024-05-30',
    },
  ],
};
