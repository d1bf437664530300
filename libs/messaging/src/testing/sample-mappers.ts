import { create } from '@bufbuild/protobuf';
import { AgencyMergedSchema, RecommendationIssuedSchema } from '../contracts/contracts';
import { OutboundMappers } from '../relay/outbound-mappers';

/** Stand-ins for the contexts' mappers, shaped like their published events. */
export function sampleMappers(): OutboundMappers {
  return new OutboundMappers()
    .register<{ agencyId: string; successorAgencyId: string; effectiveFrom: string; decision: string | null }>('AgencyMergedInto', (event) => ({
      agencyId: event.data.agencyId,
      payload: {
        case: 'agencyMerged',
        value: create(AgencyMergedSchema, {
          predecessorAgencyId: event.data.agencyId,
          successorAgencyId: event.data.successorAgencyId,
          effectiveFrom: event.data.effectiveFrom,
          decision: event.data.decision ?? '',
        }),
      },
    }))
    .register<{
      inspectionId: string;
      recommendationId: string;
      responsibleAgencyId: string;
      correctiveAction: string;
      dueDate: string;
      issuedOn: string;
      issuingAgencyId: string;
    }>('RecommendationIssued', (event) => ({
      agencyId: event.data.responsibleAgencyId,
      payload: {
        case: 'recommendationIssued',
        value: create(RecommendationIssuedSchema, {
          inspectionId: event.data.inspectionId,
          recommendationId: event.data.recommendationId,
          correctiveAction: event.data.correctiveAction,
          dueDate: event.data.dueDate,
          issuedOn: event.data.issuedOn,
          issuingAgencyId: event.data.issuingAgencyId,
        }),
      },
    }));
}

export function recommendationIssued(n: number, responsibleAgencyId = 'so-gddt-soc-trang') {
  return {
    type: 'RecommendationIssued',
    data: {
      inspectionId: 'insp-2024-01',
      recommendationId: `rec-${n}`,
      findingIds: [],
      responsibleAgencyId,
      correctiveAction: `Khắc phục tồn tại số ${n}`,
      dueDate: '2024-09-30',
      issuedOn: '2024-06-15',
      issuingAgencyId: 'so-ldtbxh-soc-trang',
    },
  };
}
