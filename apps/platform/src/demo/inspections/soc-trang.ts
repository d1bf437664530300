import { DemoInspection, demoHash, STEERING_COMMITTEE_SOC_TRANG } from './demo-inspection';

/**
 * Sóc Trăng's plan (section II.3) gives each sector its inspections: Sở LĐTBXH leads
 * interdisciplinary checks of social-assistance facilities and localities (a), Sở GD&ĐT
 * inspects schools (b), Sở Xây dựng child safety in buildings (h), Sở GTVT school transport (i).
 * The demo inspector `thanh-tra-vien-soc-trang` (see demo tokens) leads Sở LĐTBXH's checks.
 */
const INSPECTOR = 'thanh-tra-vien-soc-trang';
const EDUCATION = 'demo-thanh-tra-so-gddt-soc-trang';
const POLICE = 'demo-can-bo-cong-an-soc-trang';
const HEALTH = 'demo-can-bo-so-y-te-soc-trang';
const TRANSPORT = 'demo-can-bo-so-gtvt-soc-trang';
const CONSTRUCTION = 'demo-can-bo-so-xay-dung-soc-trang';
const PROVINCIAL_INSPECTOR = 'demo-thanh-tra-vien-tinh-soc-trang';

const socialWorkCentre = {
  kind: 'facility' as const,
  targetId: 'ttctxh-soc-trang',
  name: 'Trung tâm Công tác xã hội tỉnh Sóc Trăng',
  unitId: 'soc-trang',
  agencyId: 'so-ldtbxh-soc-trang',
};

const codeOfConduct = {
  targetId: 'ttctxh-soc-trang',
  criterionCode: 'quy-tac-ung-xu-bao-ve-tre-em',
  criterion: 'Quy tắc ứng xử của nhân viên với trẻ em và quy trình phòng ngừa xâm hại tại cơ sở',
  legalBasis: 'Luật Trẻ em 2016; Nghị định 103/2017/NĐ-CP',
};

export const interdisciplinaryCheck2021: DemoInspection = {
  plan: {
    inspectionId: 'kt-lien-nganh-bao-ve-tre-em-soc-trang-2021',
    kind: 'kiem-tra',
    title: 'Kiểm tra liên ngành việc thực hiện chính sách, pháp luật về bảo vệ trẻ em, phòng, chống xâm hại trẻ em năm 2021',
    theme: 'abuse-prevention',
    leadAgencyId: 'so-ldtbxh-soc-trang',
    memberAgencyIds: ['so-gddt-soc-trang', 'cong-an-soc-trang', 'so-y-te-soc-trang'],
    members: [
      { subject: INSPECTOR, name: 'Thanh tra viên Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', role: 'head' },
      { subject: EDUCATION, name: 'Thanh tra viên Sở GD&ĐT', agencyId: 'so-gddt-soc-trang', role: 'member' },
      { subject: POLICE, name: 'Cán bộ Công an tỉnh', agencyId: 'cong-an-soc-trang', role: 'member' },
      { subject: HEALTH, name: 'Cán bộ Sở Y tế', agencyId: 'so-y-te-soc-trang', role: 'secretary' },
    ],
    targets: [socialWorkCentre, { kind: 'locality', targetId: null, name: 'Huyện Kế Sách', unitId: 'ke-sach', agencyId: null }],
    periodFrom: '2021-10-04',
    periodTo: '2021-10-15',
    plan: { number: null, title: 'Kế hoạch kiểm tra liên ngành về bảo vệ trẻ em, phòng, chống xâm hại trẻ em năm 2021', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra liên ngành (theo mục II.3.a Kế hoạch của UBND tỉnh)', contentHash: demoHash('0a1') },
    plannedOn: '2021-09-15',
  },
  startedOn: '2021-10-04',
  findings: [
    {
      findingId: 'f-quy-tac-ung-xu',
      ...codeOfConduct,
      conformity: 'nonconforming',
      severity: 'violation',
      description: 'Cơ sở chưa ban hành quy tắc ứng xử của nhân viên với trẻ em; chưa niêm yết số Tổng đài 111 tại khu sinh hoạt của trẻ em',
      evidence: [{ title: 'Biên bản làm việc tại Trung tâm', contentHash: demoHash('1b2') }],
      observedOn: '2021-10-05',
      by: INSPECTOR,
    },
    {
      findingId: 'f-ho-so-tre-em',
      targetId: 'ttctxh-soc-trang',
      criterionCode: 'ho-so-quan-ly-tre-em',
      criterion: 'Hồ sơ quản lý, theo dõi trẻ em được chăm sóc tại cơ sở',
      legalBasis: 'Nghị định 103/2017/NĐ-CP',
      conformity: 'conforming',
      severity: null,
      description: 'Hồ sơ của từng trẻ em đầy đủ, được cập nhật',
      evidence: [],
      observedOn: '2021-10-05',
      by: HEALTH,
    },
    {
      findingId: 'f-cong-tac-vien-ke-sach',
      targetId: 'ke-sach',
      criterionCode: 'mang-luoi-cong-tac-vien',
      criterion: 'Mạng lưới cộng tác viên bảo vệ trẻ em tại thôn, ấp',
      legalBasis: 'Luật Trẻ em 2016, Điều 51',
      conformity: 'nonconforming',
      severity: 'shortcoming',
      description: 'Nhiều ấp chưa bố trí cộng tác viên bảo vệ trẻ em; cộng tác viên chưa được tập huấn kỹ năng phát hiện, báo tin xâm hại',
      evidence: [{ title: 'Báo cáo của UBND huyện Kế Sách', contentHash: demoHash('2c3') }],
      observedOn: '2021-10-12',
      by: EDUCATION,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-quy-tac-ung-xu-ttctxh',
      findingIds: ['f-quy-tac-ung-xu'],
      responsibleAgencyId: 'so-ldtbxh-soc-trang',
      correctiveAction: 'Chỉ đạo Trung tâm ban hành quy tắc ứng xử, niêm yết Tổng đài 111 và tập huấn nhân viên về phòng, chống xâm hại trẻ em',
      dueDate: '2021-12-31',
      issuedOn: '2021-10-15',
      by: INSPECTOR,
    },
    {
      recommendationId: 'kn-cong-tac-vien-ke-sach',
      findingIds: ['f-cong-tac-vien-ke-sach'],
      responsibleAgencyId: 'ubnd-ke-sach',
      correctiveAction: 'Kiện toàn mạng lưới cộng tác viên bảo vệ trẻ em ở các ấp và tổ chức tập huấn',
      dueDate: '2022-06-30',
      issuedOn: '2021-10-15',
      by: INSPECTOR,
    },
  ],
  conclusion: {
    draft: {
      summary: 'Các cơ sở và địa phương đã triển khai Luật Trẻ em; còn hạn chế về quy tắc ứng xử tại cơ sở và mạng lưới cộng tác viên cấp ấp',
      on: '2021-10-25',
      by: INSPECTOR,
    },
    appraisal: { opinion: 'Thống nhất nội dung dự thảo kết luận', on: '2021-11-01', by: STEERING_COMMITTEE_SOC_TRANG },
    issue: { number: '25/KL-SLĐTBXH', on: '2021-11-05' },
  },
  sanctions: [
    {
      sanctionId: 'kiem-diem-giam-doc-ttctxh-2021',
      targetId: 'ttctxh-soc-trang',
      findingIds: ['f-quy-tac-ung-xu'],
      personRole: 'head-of-facility',
      personName: 'Giám đốc Trung tâm Công tác xã hội tỉnh',
      measure: 'accountability-review',
      legalBasis: 'Kế hoạch thực hiện Chỉ thị 23/CT-TTg, mục II.3.a (trách nhiệm người đứng đầu cơ sở trợ giúp xã hội)',
      decisionNumber: '118/QĐ-SLĐTBXH',
      decidedOn: '2021-11-20',
      by: INSPECTOR,
    },
  ],
  followUps: [
    {
      step: 'report',
      recommendationId: 'kn-quy-tac-ung-xu-ttctxh',
      agencyId: 'so-ldtbxh-soc-trang',
      action: 'Trung tâm đã ban hành quy tắc ứng xử, niêm yết Tổng đài 111 và tập huấn 25 nhân viên',
      on: '2021-12-20',
    },
    {
      step: 'close',
      recommendationId: 'kn-quy-tac-ung-xu-ttctxh',
      by: POLICE,
      verification: 'Kiểm tra thực tế ngày 10/01/2022: đã niêm yết, có biên bản tập huấn',
      on: '2022-01-10',
    },
  ],
};

/** The same centre two years later: the code of conduct is not applied to new staff, so the finding recurs. */
export const socialWorkCentreRecheck2023: DemoInspection = {
  plan: {
    inspectionId: 'kt-ttctxh-soc-trang-2023',
    kind: 'kiem-tra',
    title: 'Kiểm tra việc thực hiện kết luận kiểm tra năm 2021 tại Trung tâm Công tác xã hội tỉnh',
    theme: 'care-facilities',
    leadAgencyId: 'so-ldtbxh-soc-trang',
    memberAgencyIds: ['cong-an-soc-trang'],
    members: [
      { subject: INSPECTOR, name: 'Thanh tra viên Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', role: 'head' },
      { subject: POLICE, name: 'Cán bộ Công an tỉnh', agencyId: 'cong-an-soc-trang', role: 'member' },
    ],
    targets: [socialWorkCentre],
    periodFrom: '2023-05-08',
    periodTo: '2023-05-12',
    plan: { number: null, title: 'Kế hoạch kiểm tra năm 2023', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra cơ sở trợ giúp xã hội', contentHash: demoHash('3d4') },
    plannedOn: '2023-04-20',
  },
  startedOn: '2023-05-08',
  findings: [
    {
      findingId: 'f-quy-tac-ung-xu-2023',
      ...codeOfConduct,
      conformity: 'nonconforming',
      severity: 'violation',
      description: 'Quy tắc ứng xử đã ban hành nhưng 8 nhân viên tuyển mới năm 2022 chưa được phổ biến, chưa ký cam kết',
      evidence: [{ title: 'Danh sách nhân viên và biên bản phổ biến', contentHash: demoHash('4e5') }],
      observedOn: '2023-05-09',
      by: POLICE,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-pho-bien-quy-tac-2023',
      findingIds: ['f-quy-tac-ung-xu-2023'],
      responsibleAgencyId: 'so-ldtbxh-soc-trang',
      correctiveAction: 'Phổ biến quy tắc ứng xử cho toàn bộ nhân viên, đưa vào thủ tục tiếp nhận nhân viên mới',
      dueDate: '2023-08-31',
      issuedOn: '2023-05-12',
      by: INSPECTOR,
    },
  ],
  conclusion: {
    draft: { summary: 'Trung tâm chưa duy trì việc phổ biến quy tắc ứng xử cho nhân viên mới', on: '2023-05-20', by: INSPECTOR },
    appraisal: { opinion: 'Thống nhất', on: '2023-05-25', by: STEERING_COMMITTEE_SOC_TRANG },
    issue: { number: '31/KL-SLĐTBXH', on: '2023-05-30' },
  },
  followUps: [
    {
      step: 'report',
      recommendationId: 'kn-pho-bien-quy-tac-2023',
      agencyId: 'so-ldtbxh-soc-trang',
      action: 'Đã phổ biến cho nhân viên mới',
      on: '2023-08-25',
    },
    {
      step: 'reopen',
      recommendationId: 'kn-pho-bien-quy-tac-2023',
      by: POLICE,
      reason: 'Chưa đưa vào thủ tục tiếp nhận nhân viên mới; nhân viên tuyển tháng 8 chưa ký cam kết',
      on: '2023-09-15',
      newDueDate: '2024-03-31',
    },
  ],
};

/** Section II.3.b: Sở GD&ĐT inspects child protection in schools (before the 2025 law, departments still conducted thanh tra). */
export const boardingSchoolInspection2022: DemoInspection = {
  plan: {
    inspectionId: 'tt-gddt-truong-noi-tru-soc-trang-2022',
    kind: 'thanh-tra',
    title: 'Thanh tra chuyên đề trách nhiệm bảo vệ trẻ em, phòng, chống bạo lực, xâm hại trẻ em trong cơ sở giáo dục',
    theme: 'school-safety',
    leadAgencyId: 'so-gddt-soc-trang',
    memberAgencyIds: ['so-ldtbxh-soc-trang'],
    members: [
      { subject: EDUCATION, name: 'Thanh tra viên Sở GD&ĐT', agencyId: 'so-gddt-soc-trang', role: 'head' },
      { subject: INSPECTOR, name: 'Thanh tra viên Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', role: 'member' },
    ],
    targets: [
      {
        kind: 'facility',
        targetId: 'truong-ptdtnt-soc-trang',
        name: 'Trường Phổ thông Dân tộc Nội trú tỉnh Sóc Trăng',
        unitId: 'soc-trang',
        agencyId: 'so-gddt-soc-trang',
      },
    ],
    periodFrom: '2022-03-14',
    periodTo: '2022-03-18',
    plan: { number: null, title: 'Quyết định thanh tra chuyên đề năm 2022', contentHash: null },
    outline: { number: null, title: 'Đề cương thanh tra công tác bảo vệ trẻ em trong trường học', contentHash: demoHash('5f6') },
    plannedOn: '2022-02-25',
  },
  startedOn: '2022-03-14',
  findings: [
    {
      findingId: 'f-tu-van-hoc-duong',
      targetId: 'truong-ptdtnt-soc-trang',
      criterionCode: 'tu-van-hoc-duong',
      criterion: 'Bố trí người làm công tác tư vấn tâm lý, công tác xã hội trường học',
      legalBasis: 'Thông tư 31/2017/TT-BGDĐT',
      conformity: 'nonconforming',
      severity: 'shortcoming',
      description: 'Trường chưa có người chuyên trách tư vấn tâm lý cho học sinh nội trú; việc tư vấn do giáo viên chủ nhiệm kiêm nhiệm',
      evidence: [{ title: 'Quyết định phân công nhiệm vụ năm học 2021–2022', contentHash: demoHash('6a7') }],
      observedOn: '2022-03-15',
      by: EDUCATION,
    },
    {
      findingId: 'f-phong-chong-bao-luc',
      targetId: 'truong-ptdtnt-soc-trang',
      criterionCode: 'phong-chong-bao-luc-hoc-duong',
      criterion: 'Kế hoạch phòng, chống bạo lực học đường',
      legalBasis: 'Nghị định 80/2017/NĐ-CP',
      conformity: 'conforming',
      severity: null,
      description: 'Có kế hoạch, có hộp thư tư vấn và kênh báo tin cho học sinh',
      evidence: [],
      observedOn: '2022-03-15',
      by: INSPECTOR,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-tu-van-hoc-duong-ptdtnt',
      findingIds: ['f-tu-van-hoc-duong'],
      responsibleAgencyId: 'so-gddt-soc-trang',
      correctiveAction: 'Bố trí người làm công tác tư vấn tâm lý cho trường nội trú từ năm học 2022–2023',
      dueDate: '2022-09-30',
      issuedOn: '2022-03-18',
      by: EDUCATION,
    },
  ],
  conclusion: {
    draft: { summary: 'Trường thực hiện tốt kế hoạch phòng, chống bạo lực học đường; thiếu người chuyên trách tư vấn tâm lý', on: '2022-03-28', by: EDUCATION },
    appraisal: { opinion: 'Thống nhất', on: '2022-04-04', by: STEERING_COMMITTEE_SOC_TRANG },
    issue: { number: '12/KL-TTr', on: '2022-04-08' },
  },
  followUps: [
    {
      step: 'report',
      recommendationId: 'kn-tu-van-hoc-duong-ptdtnt',
      agencyId: 'so-gddt-soc-trang',
      action: 'Đã bố trí 01 viên chức tư vấn tâm lý từ 05/9/2022',
      on: '2022-09-12',
    },
    {
      step: 'close',
      recommendationId: 'kn-tu-van-hoc-duong-ptdtnt',
      by: INSPECTOR,
      verification: 'Đã có quyết định phân công và sổ theo dõi tư vấn',
      on: '2022-10-03',
    },
  ],
};

/** Section II.3.i: Sở GTVT checks the vehicles that take pupils to school. */
export const schoolTransportCheck2023: DemoInspection = {
  plan: {
    inspectionId: 'kt-gtvt-xe-dua-don-hoc-sinh-2023',
    kind: 'kiem-tra',
    title: 'Kiểm tra việc chấp hành tiêu chuẩn an toàn đối với phương tiện đưa đón học sinh',
    theme: 'school-transport',
    leadAgencyId: 'so-gtvt-soc-trang',
    memberAgencyIds: ['cong-an-soc-trang'],
    members: [
      { subject: TRANSPORT, name: 'Cán bộ Sở GTVT', agencyId: 'so-gtvt-soc-trang', role: 'head' },
      { subject: POLICE, name: 'Cán bộ Công an tỉnh', agencyId: 'cong-an-soc-trang', role: 'member' },
    ],
    targets: [{ kind: 'locality', targetId: null, name: 'Thành phố Sóc Trăng', unitId: 'tp-soc-trang', agencyId: null }],
    periodFrom: '2023-09-11',
    periodTo: '2023-09-22',
    plan: { number: null, title: 'Kế hoạch kiểm tra phương tiện đưa đón học sinh năm học 2023–2024', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra', contentHash: demoHash('7b8') },
    plannedOn: '2023-08-28',
  },
  startedOn: '2023-09-11',
  findings: [
    {
      findingId: 'f-xe-dua-don',
      targetId: 'tp-soc-trang',
      criterionCode: 'an-toan-xe-dua-don',
      criterion: 'Tiêu chuẩn an toàn của xe đưa đón học sinh (dây đai, niên hạn, phù hiệu)',
      legalBasis: 'Luật Giao thông đường bộ; Nghị định 10/2020/NĐ-CP',
      conformity: 'nonconforming',
      severity: 'violation',
      description: '3/10 xe đưa đón học sinh được kiểm tra không có dây đai an toàn phù hợp trẻ em; 1 xe không có phù hiệu',
      evidence: [{ title: 'Biên bản kiểm tra phương tiện', contentHash: demoHash('8c9') }],
      observedOn: '2023-09-14',
      by: POLICE,
    },
  ],
  recommendations: [
    {
      recommendationId: 'kn-xe-dua-don-tp-soc-trang',
      findingIds: ['f-xe-dua-don'],
      responsibleAgencyId: 'ubnd-tp-soc-trang',
      correctiveAction: 'Chỉ đạo các trường rà soát hợp đồng đưa đón, chỉ dùng xe đạt tiêu chuẩn an toàn cho trẻ em',
      dueDate: '2024-03-31',
      issuedOn: '2023-09-22',
      by: TRANSPORT,
    },
  ],
  conclusion: { draft: { summary: 'Một số xe đưa đón học sinh chưa bảo đảm an toàn cho trẻ em', on: '2023-10-02', by: TRANSPORT } },
};

/** Section II.3.h: Sở Xây dựng on child-safety standards in apartment buildings; planned, not yet carried out. */
export const buildingSafetyCheck2024: DemoInspection = {
  plan: {
    inspectionId: 'kt-xay-dung-an-toan-tre-em-2024',
    kind: 'kiem-tra',
    title: 'Kiểm tra việc chấp hành tiêu chuẩn, tiêu chí an toàn cho trẻ em ở chung cư, nhà cao tầng',
    theme: 'construction-safety',
    leadAgencyId: 'so-xay-dung-soc-trang',
    memberAgencyIds: [],
    members: [{ subject: CONSTRUCTION, name: 'Cán bộ Sở Xây dựng', agencyId: 'so-xay-dung-soc-trang', role: 'head' }],
    targets: [{ kind: 'locality', targetId: null, name: 'Thành phố Sóc Trăng', unitId: 'tp-soc-trang', agencyId: null }],
    periodFrom: '2024-11-04',
    periodTo: '2024-11-15',
    plan: { number: null, title: 'Kế hoạch kiểm tra năm 2024', contentHash: null },
    outline: { number: null, title: 'Đề cương kiểm tra lan can, ban công, cửa sổ và khu vui chơi trẻ em', contentHash: null },
    plannedOn: '2024-01-15',
  },
};

/** After 1 July 2025 only the inspectorate conducts thanh tra: the provincial inspectorate leads, Sở LĐTBXH joins. */
export const provincialInspection2025: DemoInspection = {
  plan: {
    inspectionId: 'tt-thanh-tra-tinh-bao-ve-tre-em-2025',
    kind: 'thanh-tra',
    title: 'Thanh tra trách nhiệm thực hiện pháp luật về bảo vệ trẻ em, phòng, chống xâm hại trẻ em',
    theme: 'abuse-prevention',
    leadAgencyId: 'thanh-tra-soc-trang',
    memberAgencyIds: ['so-ldtbxh-soc-trang'],
    members: [
      { subject: PROVINCIAL_INSPECTOR, name: 'Thanh tra viên Thanh tra tỉnh', agencyId: 'thanh-tra-soc-trang', role: 'head' },
      { subject: INSPECTOR, name: 'Thanh tra viên Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', role: 'member' },
    ],
    targets: [{ kind: 'agency', targetId: null, name: null, unitId: null, agencyId: 'so-ldtbxh-soc-trang' }],
    periodFrom: '2025-10-06',
    periodTo: '2025-10-31',
    plan: { number: null, title: 'Kế hoạch thanh tra năm 2025 (điều chỉnh)', contentHash: null },
    outline: { number: null, title: 'Đề cương thanh tra', contentHash: null },
    plannedOn: '2025-09-01',
  },
};
