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
 * Where every read of a child's personal data is recorded (the access log). The access
 * context's log takes this port's place when it has one; until then each read is a
 * `PersonalDataRead` event on the subject's own stream, with no personal data in it.
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
