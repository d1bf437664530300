import { conflict, invalid } from '../decider/domain-error';
import { CommandContext } from '../events/command-context';
import { deterministicEventId } from '../reactors/deterministic-event-id';
import { AppendResult, EventStore } from '../store/event-store';
import { newSubjectKey, openWith, sealWith } from './cipher';
import { dataSubjectStream, ErasureGround, PersonalDataErased } from './personal-data-erased';
import { PersonalFieldPolicy, requirePolicies, retainUntil } from './personal-field-policy';
import { isSealedValue, RevealedValue, SealedValue } from './sealed-value';
import { isSubjectId } from './subject-id';
import { SubjectKeyStore } from './subject-key-store';

export interface Erasure {
  subjectId: string;
  /** Only these fields; every field of the subject when absent. */
  fields?: string[];
  ground: ErasureGround;
  requestedBy: string;
  erasedOn: string;
}

export interface ErasureOutcome {
  destroyed: string[];
  result: AppendResult;
}

/**
 * Seals and opens personal fields with their subject's own keys and erases a subject by
 * destroying them. The log keeps the ciphertext forever; once the keys are gone nothing
 * anywhere (event, projection, backup, message) can be read back.
 */
export class PersonalDataVault {
  constructor(
    private readonly keys: SubjectKeyStore,
    private readonly store: EventStore,
  ) {}

  /** Gives the subject one key per personal field, each with its purpose and retention. */
  async registerSubject(subjectId: string, policies: PersonalFieldPolicy[], today: string): Promise<void> {
    if (!isSubjectId(subjectId)) throw invalid(`"${subjectId}" is not a random data-subject id`);
    const keys = requirePolicies(policies).map((policy) => ({
      subjectId,
      field: policy.field,
      key: newSubjectKey(),
      purpose: policy.purpose,
      retainUntil: retainUntil(policy, today),
    }));
    await this.keys.create(keys, today);
  }

  async seal(subjectId: string, field: string, plaintext: string): Promise<SealedValue> {
    const key = await this.keys.find(subjectId, field);
    if (!key) {
      if (await this.keys.wasErased(subjectId, field)) throw conflict(`The ${field} of data subject ${subjectId} was erased; it cannot be recorded again`);
      throw invalid(`Data subject ${subjectId} has no personal field ${field}`);
    }
    return sealWith(key, subjectId, field, plaintext);
  }

  /** Seals the values given, leaving out the absent ones. */
  async sealFields(subjectId: string, values: Record<string, string | null | undefined>): Promise<Record<string, SealedValue>> {
    const sealed: Record<string, SealedValue> = {};
    for (const [field, value] of Object.entries(values)) if (value) sealed[field] = await this.seal(subjectId, field, value);
    return sealed;
  }

  /** The value, or that it was erased. Every caller that shows it records the read in the access log. */
  async open(sealed: SealedValue): Promise<RevealedValue> {
    if (!isSealedValue(sealed)) throw invalid('Not a sealed personal value');
    const key = await this.keys.find(sealed.subject, sealed.field);
    if (!key) return { erased: true, value: null };
    return { erased: false, value: openWith(key, sealed) };
  }

  /**
   * Destroys the keys first, then records the erasure (with an id derived from the request,
   * so a retry after a crash between the two writes it once): the data is unreadable from
   * the moment the keys are gone, whatever happens next.
   */
  async erase(erasure: Erasure, context: CommandContext): Promise<ErasureOutcome> {
    const { subjectId, ground, requestedBy, erasedOn } = erasure;
    if (!isSubjectId(subjectId)) throw invalid(`"${subjectId}" is not a data-subject id`);
    const destroyed: string[] = [];
    for (const field of erasure.fields ?? [undefined]) destroyed.push(...(await this.keys.destroy(subjectId, erasedOn, field)));
    // Every field the subject ever had, so that two erasures racing for the same subject record the same event.
    const fields = erasure.fields ? [...erasure.fields].sort() : await this.keys.fieldsOf(subjectId);
    const event: PersonalDataErased = { type: 'PersonalDataErased', data: { subjectId, fields, ground, requestedBy, erasedOn } };
    const result = await this.store.append(
      dataSubjectStream(subjectId),
      [{ ...event, id: deterministicEventId('personal-data-erased', subjectId, ground, erasure.fields ? fields.join(',') : '*') }],
      'any',
      context,
    );
    return { destroyed, result };
  }
}
