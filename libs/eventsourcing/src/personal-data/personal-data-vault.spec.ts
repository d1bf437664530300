import { FixedClock } from '../clock/clock';
import { systemContext } from '../events/command-context';
import { PostgresEventStore } from '../postgres/postgres-event-store';
import { createPGliteTestDatabase, createPostgresTestDatabase, TestDatabase } from '../testing/test-databases';
import { PersonalDataVault } from './personal-data-vault';
import { PersonalDataRetention } from './retention-monitor';
import { isSealedValue } from './sealed-value';
import { newSubjectId } from './subject-id';
import { SqlSubjectKeyStore } from './sql/sql-subject-key-store';

const POLICIES = [
  { field: 'name', purpose: 'to contact the delegate about the national forum', retentionDays: 30 },
  { field: 'school', purpose: 'to invite the delegate through the school', retentionDays: 10 },
];
const context = systemContext('test');

describe.each([
  ['pglite', createPGliteTestDatabase],
  ['postgres', createPostgresTestDatabase],
] as const)('personal data with the %s key store', (_adapter, createDatabase) => {
  let database: TestDatabase;
  let store: PostgresEventStore;
  let keys: SqlSubjectKeyStore;
  let vault: PersonalDataVault;

  beforeEach(async () => {
    database = await createDatabase();
    store = await PostgresEventStore.create(database.sql, { pollIntervalMs: 50 });
    keys = await SqlSubjectKeyStore.open(database.sql);
    vault = new PersonalDataVault(keys, store);
  });
  afterEach(async () => {
    await store.close();
    await database.drop();
  });

  it('seals a field under the subject’s own key: the ciphertext does not hold the value, and opens back', async () => {
    const subject = newSubjectId();
    await vault.registerSubject(subject, POLICIES, '2026-03-01');
    const sealed = await vault.seal(subject, 'name', 'Hoàng Thị Quỳnh Anh');
    expect(isSealedValue(sealed)).toBe(true);
    expect(JSON.stringify(sealed)).not.toContain('Quỳnh');
    expect(Buffer.from(sealed.data, 'base64').toString('utf8')).not.toContain('Quỳnh');
    expect(await vault.open(sealed)).toEqual({ erased: false, value: 'Hoàng Thị Quỳnh Anh' });
  });

  it('binds a ciphertext to its subject and field: moved onto another, it does not open', async () => {
    const [a, b] = [newSubjectId(), newSubjectId()];
    await vault.registerSubject(a, POLICIES, '2026-03-01');
    await vault.registerSubject(b, POLICIES, '2026-03-01');
    const sealed = await vault.seal(a, 'name', 'Lý Văn Tài');
    await expect(vault.open({ ...sealed, subject: b })).rejects.toThrow();
    await expect(vault.open({ ...sealed, field: 'school' })).rejects.toThrow();
  });

  it('erasure destroys the keys and records who asked and why, with no personal data; reads answer erased', async () => {
    const subject = newSubjectId();
    await vault.registerSubject(subject, POLICIES, '2026-03-01');
    const name = await vault.seal(subject, 'name', 'Nông Văn Khánh');
    const school = await vault.seal(subject, 'school', 'THCS Hoàng Văn Thụ');

    const outcome = await vault.erase({ subjectId: subject, ground: 'consent-withdrawn', requestedBy: 'officer-1', erasedOn: '2026-04-02' }, context);

    expect(outcome.destroyed.sort()).toEqual(['name', 'school']);
    expect(await vault.open(name)).toEqual({ erased: true, value: null });
    expect(await vault.open(school)).toEqual({ erased: true, value: null });
    expect(await keys.find(subject, 'name')).toBeNull();
    const [erased] = await store.readStream(`data-subject-${subject}`);
    expect(erased.type).toBe('PersonalDataErased');
    expect(erased.data).toEqual({
      subjectId: subject,
      fields: ['name', 'school'],
      ground: 'consent-withdrawn',
      requestedBy: 'officer-1',
      erasedOn: '2026-04-02',
    });
    expect(JSON.stringify(erased)).not.toMatch(/Khánh|Hoàng Văn Thụ/);
    await expect(vault.seal(subject, 'name', 'again')).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('erasing twice destroys nothing more and records the erasure once', async () => {
    const subject = newSubjectId();
    await vault.registerSubject(subject, POLICIES, '2026-03-01');
    const erasure = { subjectId: subject, ground: 'subject-request' as const, requestedBy: 'officer-1', erasedOn: '2026-04-02' };
    await vault.erase(erasure, context);
    const again = await vault.erase(erasure, context);
    expect(again.destroyed).toEqual([]);
    expect(await store.readStream(`data-subject-${subject}`)).toHaveLength(1);
  });

  it('a registered subject cannot get a new key for an erased field', async () => {
    const subject = newSubjectId();
    await vault.registerSubject(subject, POLICIES, '2026-03-01');
    await vault.erase({ subjectId: subject, ground: 'subject-request', requestedBy: 'officer-1', erasedOn: '2026-04-02' }, context);
    await vault.registerSubject(subject, POLICIES, '2026-04-03');
    expect(await keys.find(subject, 'name')).toBeNull();
  });

  it('refuses a subject id that is not random (a name or a national id)', async () => {
    await expect(vault.registerSubject('nguyen-van-a', POLICIES, '2026-03-01')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
    await expect(vault.registerSubject('012345678901', POLICIES, '2026-03-01')).rejects.toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('past its retention a field is erased by itself, driven by the clock, each field on its own date', async () => {
    const subject = newSubjectId();
    await vault.registerSubject(subject, POLICIES, '2026-03-01');
    const name = await vault.seal(subject, 'name', 'Triệu Thị Mai');
    const school = await vault.seal(subject, 'school', 'THCS Chi Lăng');
    const clock = new FixedClock(new Date('2026-03-11T03:00:00Z'));
    const retention = new PersonalDataRetention(keys, vault, clock);

    expect((await retention.eraseExpired()).erased).toEqual([]);
    clock.set('2026-03-12T03:00:00Z');
    expect((await retention.eraseExpired()).erased).toEqual([{ subjectId: subject, field: 'school' }]);
    expect(await vault.open(school)).toEqual({ erased: true, value: null });
    expect(await vault.open(name)).toEqual({ erased: false, value: 'Triệu Thị Mai' });

    clock.set('2026-04-01T03:00:00Z');
    expect((await retention.eraseExpired()).erased).toEqual([{ subjectId: subject, field: 'name' }]);
    expect(await vault.open(name)).toEqual({ erased: true, value: null });
    const erasures = await store.readStream(`data-subject-${subject}`);
    expect(erasures.map((event) => event.data)).toEqual([
      { subjectId: subject, fields: ['school'], ground: 'retention-expired', requestedBy: 'system:personal-data-retention', erasedOn: '2026-03-12' },
      { subjectId: subject, fields: ['name'], ground: 'retention-expired', requestedBy: 'system:personal-data-retention', erasedOn: '2026-04-01' },
    ]);
  });
});
