import { create } from '@bufbuild/protobuf';
import { AgencyMergedInto } from '@cpp/organizations';
import { AgencyMergedSchema, OutboundMapper } from '@cpp/messaging';

/**
 * Recorded on each predecessor, and addressed to it. The successor's own record of the
 * merger (AgencyAbsorbedPredecessors) would say the same again, so it is not published.
 */
export const agencyMergedMapper: OutboundMapper<AgencyMergedInto['data']> = ({ data }) => ({
  agencyId: data.agencyId,
  payload: {
    case: 'agencyMerged',
    value: create(AgencyMergedSchema, {
      predecessorAgencyId: data.agencyId,
      successorAgencyId: data.successorAgencyId,
      effectiveFrom: data.effectiveFrom,
      decision: data.decision ?? '',
    }),
  },
});
