import { asDomainEvent, RebuildShared, RecordedEvent, VersionChange, VersionFold } from '@cpp/eventsourcing';
import { ObligationEvent } from '../domain/events';
import { Obligation } from '../domain/obligation/state';
import { obligationDecider } from '../domain/obligation/obligation.decider';

/** One obligation event as a change to its versions, folded by the decider's own `evolve`. */
export function obligationChange(recorded: RecordedEvent): VersionChange<Obligation> {
  const event = asDomainEvent<ObligationEvent>(recorded);
  return {
    id: event.data.obligationId,
    recordedAt: recorded.metadata.recordedAt,
    evolve: (before) => {
      const after = obligationDecider.evolve(before ?? obligationDecider.initialState(), event);
      return after.status === 'none' ? null : after;
    },
  };
}

/** The obligations and their versions, rebuilt from one fold of the log. */
export const obligationFold = (shared: RebuildShared): VersionFold<Obligation> =>
  shared.once('assignments.obligations', () => new VersionFold(obligationChange));
