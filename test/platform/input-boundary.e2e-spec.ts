import fc from 'fast-check';
import { Actor, GRANT_ROLES } from '@cpp/access';
import { EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { demoPeople } from '../../apps/platform/src/demo/access.demo';
import { ATTACKS, KnownValues, knownValues, nested, plausibleValue, replaced, serialise, Slot } from '../support/bad-input';
import { GraphqlResponse } from '../support/graphql-client';
import { admin, committee, startTestPlatform, TestPlatform } from '../support/platform-harness';
import { mutationDocument, MutationField, schemaMutations, SchemaMutations } from '../support/schema-mutations';

/** What a client may be answered with: each says what to do next. INTERNAL_SERVER_ERROR never. */
const TYPED = new Set(['BAD_USER_INPUT', 'NOT_FOUND', 'CONFLICT', 'FORBIDDEN', 'UNAUTHENTICATED']);
const SEED = 14_2024;
/** For all the mutations together; fast-check stops a mutation's runs at its share. */
const FUZZ_BUDGET_MS = 35_000;
const RUNS_PER_MUTATION = 40;

const REGISTER = `mutation ($input: RegisterAgencyInput!) { registerAgency(input: $input) { changed } }`;
const AGENCY = `query ($id: ID!) { agency(id: $id) { name } }`;
const MERGE_UNITS = `mutation ($input: MergeAdministrativeUnitsInput!) { mergeAdministrativeUnits(input: $input) { changed } }`;

interface Answer {
  codes: string[];
  messages: string[];
  /** Events the call wrote, found by the correlation id it sent. */
  written: number;
  /** The data of those events, as text. */
  writtenData: string[];
}

describe('the input boundary of every mutation (GraphQL over HTTP, demo data)', () => {
  let t: TestPlatform;
  let store: EventStore;
  let schema: SchemaMutations;
  let known: KnownValues;
  let calls = 0;

  beforeAll(async () => {
    t = await startTestPlatform();
    store = t.platform.app.get<EventStore>(EVENT_STORE);
    schema = await schemaMutations(t.as(admin));
    known = knownValues(await store.readAll());
  }, 180000);
  afterAll(() => t?.stop());

  /** A bearer token for `actor`, whose grants are recorded first (the token only says who). */
  async function tokenFor(actor: Actor): Promise<string> {
    await t.grant(actor);
    return t.tokens!.issue({ subject: actor.subject, name: actor.name });
  }

  /** Sends one operation as `actor` and reports its error codes and what it wrote. */
  async function send(actor: Actor, query: string, variables: Record<string, unknown> = {}): Promise<Answer> {
    const correlationId = `boundary-${++calls}`;
    const head = await store.headCheckpoint();
    // Not GraphqlClient: the body may hold a nesting JSON.stringify cannot write.
    const response = await fetch(`${t.platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(actor)}`, 'x-correlation-id': correlationId },
      body: serialise({ query, variables }),
    });
    const result = (await response.json()) as GraphqlResponse<unknown>;
    const after = await store.readAll({ after: head });
    const errors = result.errors ?? [];
    const written = after.filter((event) => event.metadata.correlationId === correlationId);
    return {
      codes: errors.map((error) => error.extensions?.code ?? 'NO CODE'),
      messages: errors.map((error) => error.message),
      written: written.length,
      writtenData: written.map((event) => JSON.stringify(event.data)),
    };
  }

  it('stores text in NFC: the same agency name typed decomposed and precomposed is one value', async () => {
    const decomposed = 'Sở Y tế Sóc Trăng (thử)'.normalize('NFD');
    expect(decomposed).not.toBe(decomposed.normalize('NFC'));
    const answer = await send(admin, REGISTER, {
      input: {
        agencyId: 'so-y-te-thu-nfc',
        name: decomposed,
        kind: 'DEPARTMENT',
        unitId: 'soc-trang',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['health'],
        effectiveFrom: '2021-01-01',
      },
    });
    expect(answer.codes).toEqual([]);
    const { agency } = await t.as(committee).ok(AGENCY, { id: 'so-y-te-thu-nfc' });
    expect(agency.name).toBe('Sở Y tế Sóc Trăng (thử)'.normalize('NFC'));
  });

  it.each([
    ['a NUL', 'Sở\u0000Y tế', 'U+0000'],
    ['a lone surrogate', 'Sở Y tế\ud800', 'lone UTF-16 surrogate'],
    ['an escape control', '\u001b[2J', 'U+001B'],
    ['100 KB', 'x'.repeat(100_000), 'the limit is 10000'],
  ])('refuses %s in a text as BAD_USER_INPUT naming the field, and writes nothing', async (_, name, reason) => {
    const answer = await send(admin, REGISTER, {
      input: {
        agencyId: 'so-y-te-thu-xau',
        name,
        kind: 'DEPARTMENT',
        unitId: 'soc-trang',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['health'],
        effectiveFrom: '2021-01-01',
      },
    });
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.messages[0]).toContain('input.name');
    expect(answer.messages[0]).toContain(reason);
    expect(answer.written).toBe(0);
  });

  it('keeps tabs and line breaks, which people type', async () => {
    const answer = await send(admin, REGISTER, {
      input: {
        agencyId: 'so-y-te-thu-dong',
        name: 'Sở Y tế\tSóc Trăng\r\n(thử)',
        kind: 'DEPARTMENT',
        unitId: 'soc-trang',
        parentAgencyId: 'ubnd-soc-trang',
        functions: ['health'],
        effectiveFrom: '2021-01-01',
      },
    });
    expect(answer.codes).toEqual([]);
  });

  it('refuses a list past 2,000 elements naming the list', async () => {
    const answer = await send(admin, MERGE_UNITS, {
      input: { unitIds: Array.from({ length: 10_000 }, (_, i) => `unit-${i}`), successorUnitId: 'soc-trang', effectiveFrom: '2025-07-01' },
    });
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.messages[0]).toContain('input.unitIds has 10000 elements');
  });

  it('refuses a command naming one stream twice before anything is written (it used to write the first and answer CONFLICT)', async () => {
    const answer = await send(admin, MERGE_UNITS, { input: { unitIds: ['ke-sach', 'ke-sach'], successorUnitId: 'soc-trang', effectiveFrom: '2025-07-01' } });
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.written).toBe(0);
  });

  it('answers a document nested 5,000 levels deep with BAD_USER_INPUT, before parsing it', async () => {
    const literal = `${'{ x: '.repeat(5_000)}1${' }'.repeat(5_000)}`;
    const answer = await send(admin, `mutation { registerAgency(input: ${literal}) { changed } }`);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.messages[0]).toContain('nests more than 32 levels');
  });

  it('answers variables nested 5,000 levels deep with a typed error', async () => {
    const answer = await send(admin, REGISTER, { input: nested(5_000) });
    expect(answer.codes.length).toBeGreaterThan(0);
    expect(new Set(answer.codes)).toEqual(new Set(['BAD_USER_INPUT']));
  });

  it.each([
    ['a body past 2 MB', JSON.stringify({ query: REGISTER, variables: { input: { name: 'x'.repeat(3_000_000) } } }), 413, 'larger than 2mb'],
    ['a body that is not JSON', '{"query": "mutation {', 400, 'not JSON'],
  ])('answers %s as GraphQL answers, with BAD_USER_INPUT', async (_, body, status, reason) => {
    const response = await fetch(`${t.platform.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await tokenFor(admin)}` },
      body,
    });
    expect(response.status).toBe(status);
    const { errors } = (await response.json()) as GraphqlResponse<unknown>;
    expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    expect(errors?.[0].message).toContain(reason);
  });

  it('refuses selections nested past the limit through fragments', async () => {
    const chain = Array.from({ length: 20 }, (_, i) => `fragment F${i} on __Type { ofType { ...F${i + 1} } }`).join('\n');
    const answer = await send(admin, `query { __type(name: "Query") { ...F0 } }\n${chain}\nfragment F20 on __Type { name }`);
    expect(answer.codes).toEqual(['BAD_USER_INPUT']);
    expect(answer.messages[0]).toContain('levels deep');
  });

  it('answers every mutation of the schema, given generated bad input, with a typed error or success, and writes nothing when it refuses', async () => {
    // Every role at once passes every guard, so each attack also reaches the rules behind it.
    const everyRole: Actor = { subject: 'fuzz-every-role', name: 'Every role', agencyId: 'so-ldtbxh-soc-trang', roles: [...GRANT_ROLES] };
    const actors = [
      admin,
      committee,
      everyRole,
      ...demoPeople
        .map((person): Actor => ({
          subject: person.subject,
          name: person.name,
          agencyId: person.grants[0].agencyId,
          roles: person.grants.map((grant) => grant.role),
        }))
        .filter((actor) => actor.roles.some((role) => role === 'agency-officer' || role === 'inspector')),
    ];
    const counts = { tried: 0, typed: 0, accepted: 0 };
    const byCode = new Map<string, number>();
    const accepted: string[] = [];
    const failures: string[] = [];
    const started = Date.now();
    expect(schema.mutations.length).toBeGreaterThan(20);
    for (const [index, mutation] of schema.mutations.entries()) {
      const document = mutationDocument(mutation, schema.types);
      const share = (FUZZ_BUDGET_MS - (Date.now() - started)) / (schema.mutations.length - index);
      const call = fc.record({ actor: fc.constantFrom(...actors), attack: fc.constantFrom(...ATTACKS), at: fc.nat(), variant: fc.nat({ max: 1_000 }) });
      await fc.assert(
        fc.asyncProperty(call, async ({ actor, attack, at, variant }) => {
          const { variables, slots } = plausibleVariables(mutation, variant);
          const fitting = slots.filter(attack.fits);
          if (fitting.length === 0) return;
          const slot = fitting[at % fitting.length];
          const bad = replaced(variables, slot.path, attack.value(valueAt(variables, slot.path)));
          const answer = await send(actor, document, bad);
          counts.tried++;
          const where = `${mutation.name} ${slot.path.join('.')} ← ${attack.name} as ${actor.subject}`;
          if (answer.codes.length === 0) {
            counts.accepted++;
            accepted.push(where);
          } else if (answer.codes.every((code) => TYPED.has(code))) {
            counts.typed++;
            byCode.set(answer.codes[0], (byCode.get(answer.codes[0]) ?? 0) + 1);
          } else failures.push(`${where}: ${answer.codes.join(', ')} ${answer.messages.join('; ')}`);
          if (answer.codes.length > 0 && answer.written > 0)
            failures.push(`${where}: refused with ${answer.codes.join(', ')} but wrote ${answer.written} events`);
          const unnormalised = answer.writtenData.find((data) => data !== data.normalize('NFC'));
          if (unnormalised) failures.push(`${where}: wrote text that is not NFC: ${unnormalised.slice(0, 200)}`);
        }),
        { seed: SEED + index, numRuns: RUNS_PER_MUTATION, interruptAfterTimeLimit: Math.max(share, 1_000), endOnFailure: true },
      );
    }
    const codes = [...byCode].map(([code, count]) => `${code} ${count}`).join(', ');
    console.log(
      `mutation fuzz: ${schema.mutations.length} mutations, tried ${counts.tried}, typed ${counts.typed} (${codes}), accepted ${counts.accepted}, in ${Date.now() - started} ms\naccepted:\n  ${accepted.join('\n  ')}`,
    );
    expect(failures).toEqual([]);
    expect(counts.typed).toBeGreaterThan(counts.tried / 2);
  }, 120000);

  function plausibleVariables(mutation: MutationField, variant: number): { variables: Record<string, unknown>; slots: Slot[] } {
    const slots: Slot[] = [];
    const variables = Object.fromEntries(
      mutation.args.map((arg) => [arg.name, plausibleValue(arg.type, arg.name, schema.types, known, variant, slots, [arg.name])]),
    );
    return { variables, slots };
  }
});

function valueAt(variables: Record<string, unknown>, path: (string | number)[]): unknown {
  return path.reduce<any>((holder, key) => holder?.[key], variables);
}
