import { create } from '@bufbuild/protobuf';
import { RecommendationIssued } from '@cpp/inspections';
import { OutboundMapper, RecommendationIssuedSchema } from '@cpp/messaging';

/** Addressed to the agency that must carry the corrective action out. */
export const recommendationIssuedMapper: OutboundMapper<RecommendationIssued['data']> = ({ data }) => ({
  agencyId: data.responsibleAgencyId,
  payload: {
    case: 'recommendationIssued',
    value: create(RecommendationIssuedSchema, {
      inspectionId: data.inspectionId,
      recommendationId: data.recommendationId,
      findingIds: data.findingIds,
      correctiveAction: data.correctiveAction,
      dueDate: data.dueDate,
      issuedOn: data.issuedOn,
      issuingAgencyId: data.issuingAgencyId,
    }),
  },
});
