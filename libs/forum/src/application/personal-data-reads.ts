import { Inject, Injectable } from '@nestjs/common';
import { dataSubjectStream, EventStore, systemContext } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';

export interface PersonalDataRead {
  subjectId: string;
  fields: string[];
  purpose: string;
  readBy: string;
  agencyId: string | null;
  correlationId: string;
}

/**
 * The purpose and fields of every read of a child's personal data, on the subject's own
 * stream (a `PersonalDataRead` event, with no personal data in it), so the child's record
 * says who read what and why. The platform's access log records the same read (who, when,
 * from which request) for the auditor: the query is a ProtectedRead.
 */
export abstract class PersonalDataReadLog {
  abstract record(read: PersonalDataRead): Promise<void>;
}

@Injectable()
export class EventStorePersonalDataReadLog extends PersonalDataReadLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {
    super();
  }

  async record(read: PersonalDataRead): Promise<void> {
    const { subjectId, fields, purpose, readBy, agencyId } = read;
    await this.store.append(dataSubjectStream(subjectId), [{ type: 'PersonalDataRead', data: { subjectId, fields, purpose, readBy, agencyId } }], 'any', {
      ...systemContext('personal-data-reads', read.correlationId),
      actor: readBy,
      agency: agencyId,
    });
  }
}
