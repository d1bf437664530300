import { randomUUID } from 'node:crypto';

/** An event as the bench writes it, whatever the store: the id lets readers prove delivery. */
export interface BenchEvent {
  id: string;
  type: string;
  data: TaskProgressReported;
  context: { actor: string; agency: string; correlationId: string; causationId: string | null };
}

export interface TaskProgressReported {
  taskId: string;
  reportId: string;
  directiveId: string;
  agencyId: string;
  reporterId: string;
  period: { from: string; to: string };
  status: 'in_progress' | 'completed' | 'blocked';
  percentComplete: number;
  summary: string;
  childrenReached: { total: number; girls: number; withDisabilities: number; ethnicMinority: number };
  activities: { code: string; description: string; count: number }[];
  location: { province: string; district: string; commune: string };
  nextSteps: string;
  attachments: { name: string; sha256: string }[];
}

const PROVINCES = ['Tỉnh Lào Cai', 'Tỉnh Hà Giang', 'Tỉnh Điện Biên', 'Tỉnh Sơn La', 'Thành phố Hà Nội', 'Tỉnh Nghệ An', 'Tỉnh Đắk Lắk', 'Tỉnh An Giang'];
const DISTRICTS = ['Huyện Bắc Hà', 'Huyện Mường Khương', 'Huyện Đồng Văn', 'Huyện Mèo Vạc', 'Quận Hoàn Kiếm', 'Huyện Kỳ Sơn', 'Huyện Ea Súp'];
const COMMUNES = ['Xã Lùng Phình', 'Xã Tả Củ Tỷ', 'Xã Sủng Là', 'Phường Hàng Bạc', 'Xã Mường Lống', 'Thị trấn Bắc Hà'];
const SUMMARIES = [
  'Đã tổ chức buổi truyền thông về phòng, chống xâm hại trẻ em tại nhà văn hóa thôn, có sự tham gia của cha mẹ và giáo viên.',
  'Cán bộ bảo vệ trẻ em cấp xã đã đến thăm từng hộ gia đình có trẻ em có hoàn cảnh đặc biệt và cập nhật hồ sơ quản lý trường hợp.',
  'Phối hợp với trạm y tế xã rà soát tình trạng dinh dưỡng của trẻ dưới 5 tuổi; phát hiện thêm một số trường hợp cần hỗ trợ khẩn cấp.',
  'Tổng đài 111 tiếp nhận thông tin, chuyển tuyến kịp thời tới Công an huyện và Phòng Lao động – Thương binh và Xã hội.',
];
const ACTIVITIES = [
  'Tư vấn tâm lý cho trẻ em và gia đình',
  'Hỗ trợ học bổng và đồ dùng học tập',
  'Tập huấn kỹ năng tự bảo vệ cho học sinh',
  'Kết nối dịch vụ y tế và pháp lý',
  'Thăm hỏi, đánh giá nguy cơ tại gia đình',
];
const NEXT_STEPS = [
  'Tiếp tục theo dõi, đánh giá lại nguy cơ sau 30 ngày và báo cáo Ủy ban nhân dân huyện.',
  'Đề nghị Sở Lao động – Thương binh và Xã hội bổ sung kinh phí cho hoạt động can thiệp sớm.',
  'Phối hợp với nhà trường xây dựng kế hoạch hỗ trợ trẻ em bỏ học quay lại lớp.',
];

const pick = <T>(list: readonly T[], n: number): T => list[n % list.length];

/** A task-progress report of about 1 KB of JSON (UTF-8), varied by `n`. */
export function progressReport(n: number, taskId: string): TaskProgressReported {
  const total = 20 + (n % 180);
  return {
    taskId,
    reportId: randomUUID(),
    directiveId: `directive-2025-${(n % 97).toString().padStart(3, '0')}`,
    agencyId: `agency-${pick(['molisa', 'lao-cai-dolisa', 'ha-giang-dolisa', 'bac-ha-pc'], n)}`,
    reporterId: `user-${(n * 7919) % 10007}`,
    period: { from: '2025-06-01', to: '2025-06-30' },
    status: pick(['in_progress', 'in_progress', 'completed', 'blocked'] as const, n),
    percentComplete: (n * 13) % 101,
    summary: pick(SUMMARIES, n),
    childrenReached: { total, girls: Math.floor(total / 2), withDisabilities: n % 7, ethnicMinority: Math.floor(total * 0.6) },
    activities: [0, 1, 2].map((k) => ({ code: `HD-${(n + k) % 40}`, description: pick(ACTIVITIES, n + k), count: 1 + ((n + k) % 25) })),
    location: { province: pick(PROVINCES, n), district: pick(DISTRICTS, n), commune: pick(COMMUNES, n) },
    nextSteps: pick(NEXT_STEPS, n),
    attachments: [{ name: `bao-cao-thang-6-${n % 50}.pdf`, sha256: randomUUID().replace(/-/g, '') + randomUUID().replace(/-/g, '') }],
  };
}

let counter = 0;

/** `count` fresh events for one stream (a task), with their own ids and a shared context. */
export function makeEvents(taskId: string, count: number): BenchEvent[] {
  const correlationId = randomUUID();
  const context = { actor: `user:${(counter * 31) % 5000}`, agency: 'agency:lao-cai-dolisa', correlationId, causationId: null };
  const events: BenchEvent[] = [];
  for (let i = 0; i < count; i++) {
    const n = counter++;
    events.push({ id: randomUUID(), type: 'TaskProgressReported', data: progressReport(n, taskId), context });
  }
  return events;
}

/** Mean size in bytes of the events' data as UTF-8 JSON. */
export function meanDataBytes(events: BenchEvent[]): number {
  const total = events.reduce((sum, event) => sum + Buffer.byteLength(JSON.stringify(event.data), 'utf8'), 0);
  return Math.round(total / Math.max(1, events.length));
}
