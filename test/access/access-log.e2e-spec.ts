import { Actor } from '@cpp/access';
import { startTestPlatform, TestPlatform } from '../support/platform-harness';

const LOG = `query ($subject: String, $recordKind: String, $recordId: ID, $from: DateTime, $to: DateTime) {
  accessLog(subject: $subject, recordKind: $recordKind, recordId: $recordId, from: $from, to: $to) { subject agencyId operation protectedData records { kind id } correlationId readAt breakGlass { reason } }
}`;
const INSPECTION = 'kt-ttctxh-soc-trang-2023';
const officer: Actor = { subject: 'can-bo-doc-ket-luan', name: 'Cán bộ Sở LĐTBXH', agencyId: 'so-ldtbxh-soc-trang', roles: ['agency-officer'] };
const auditor: Actor = { subject: 'kiem-toan-vien', name: 'Kiểm toán viên', agencyId: null, roles: ['auditor'] };

async function eventually<T>(read: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('access log: every read of protected data, append-only, queryable by an auditor', () => {
  let t: TestPlatform;

  beforeAll(async () => {
    t = await startTestPlatform({ now: '2024-06-01T03:00:00Z' });
  }, 180000);
  afterAll(() => t?.stop());

  it('records who read which inspection’s findings and sanctions, when and from which request', async () => {
    await t
      .as(officer)
      .withHeaders({ 'x-correlation-id': 'doc-ket-luan-1' })
      .ok(`query ($id: ID!) { inspection(id: $id) { id findings { findingId } sanctions { personName } } }`, { id: INSPECTION });
    await t.as(officer).ok(`query { inspectionFindings(target: "ttctxh-soc-trang") { totalCount } }`);
    await t.as(officer).ok(`query { obligations(agency: "so-ldtbxh-soc-trang") { id } }`);

    // Reads are appended in batches (every 20 ms): the auditor's view follows shortly after.
    const bySubject = await eventually(
      async () => (await t.as(auditor).ok(LOG, { subject: officer.subject })).accessLog,
      (entries) => entries.length === 2,
    );
    expect(bySubject).toEqual([
      expect.objectContaining({ operation: 'inspectionFindings', records: [], agencyId: 'so-ldtbxh-soc-trang' }),
      expect.objectContaining({
        subject: officer.subject,
        operation: 'inspection',
        records: [{ kind: 'inspection', id: INSPECTION }],
        correlationId: 'doc-ket-luan-1',
        readAt: '2024-06-01T03:00:00.000Z',
        breakGlass: null,
      }),
    ]);
    expect(bySubject[1].protectedData).toMatch(/sanctions/);
    // Obligations are not protected data: no entry for them.
    expect(bySubject.map((entry: { operation: string }) => entry.operation)).not.toContain('obligations');

    const byRecord = (await t.as(auditor).ok(LOG, { recordKind: 'inspection', recordId: INSPECTION })).accessLog;
    expect(byRecord.map((entry: { subject: string }) => entry.subject)).toEqual([officer.subject]);
    expect((await t.as(auditor).ok(LOG, { subject: officer.subject, from: '2024-06-02T00:00:00Z' })).accessLog).toEqual([]);
    expect((await t.as(auditor).ok(LOG, { subject: officer.subject, from: '2024-06-01T00:00:00Z', to: '2024-06-02T00:00:00Z' })).accessLog).toHaveLength(2);
  });

  it('is for auditors only', async () => {
    expect(await t.as(officer).errorCode(LOG, { subject: officer.subject })).toBe('FORBIDDEN');
  });

  it('a refused read is not answered and leaves no read in the log', async () => {
    const outsider: Actor = { subject: 'can-bo-ngoai-tinh', name: 'x', agencyId: 'so-ldtbxh-tuyen-quang', roles: ['agency-officer'] };
    expect(await t.as(outsider).errorCode(`query ($id: ID!) { inspection(id: $id) { id } }`, { id: INSPECTION })).toBe('FORBIDDEN');
    expect((await t.as(auditor).ok(LOG, { subject: outsider.subject })).accessLog).toEqual([]);
  });
});
