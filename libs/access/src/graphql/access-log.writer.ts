import { createHash } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EventStore } from '@cpp/eventsourcing';
import { EVENT_STORE } from '@cpp/eventsourcing/nest';
import { accessLogStream, ProtectedDataRead } from '../domain/access-log/events';
import { AuthorizedActor } from '../domain/actor';

/** Appends reads of protected data to the reader's access-log stream (concurrent reads need no order between them). */
@Injectable()
export class AccessLogWriter {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(actor: AuthorizedActor, read: Omit<ProtectedDataRead['data'], 'subject' | 'agencyId'>, correlationId: string): Promise<void> {
    const subjectKey = createHash('sha256').update(actor.subject).digest('hex').slice(0, 32);
    const event: ProtectedDataRead = { type: 'ProtectedDataRead', data: { subject: actor.subject, agencyId: actor.agencyId, ...read } };
    await this.store.append(accessLogStream(subjectKey), [event], 'any', { actor: `user:${actor.subject}`, agency: actor.agencyId, correlationId, causationId: null });
  }
}
