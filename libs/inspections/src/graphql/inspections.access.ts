import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry } from '@cpp/access';
import { InspectionQueries } from '../projections/inspection.queries';
import { RecommendationFollowUpQueries } from '../projections/recommendation-follow-up.queries';

/**
 * Where an inspection belongs, for the access guard: to its lead agency, with its team (an
 * inspector acts only on inspections whose team includes them) and the agencies responsible
 * for its recommendations (who report their corrective action on it); its appraisal and
 * issue to the lead agency alone.
 */
@Injectable()
export class InspectionsAccessScopes implements OnModuleInit {
  constructor(
    private readonly scopes: ScopeRegistry,
    private readonly inspections: InspectionQueries,
    private readonly recommendations: RecommendationFollowUpQueries,
  ) {}

  onModuleInit(): void {
    this.scopes.register('inspection', async (id) => {
      const inspection = await this.inspections.inspection(id);
      if (!inspection) return null;
      const responsible = (await this.recommendations.list({ inspectionId: id })).map((recommendation) => recommendation.responsibleAgencyId);
      return {
        agencyId: inspection.leadAgencyId,
        unitId: null,
        team: inspection.members.map((member) => member.subject),
        alsoAgencyIds: [...new Set(responsible)],
      };
    });
    // Appraisal and issue are the lead agency's (by someone outside the team): no team to be on.
    this.scopes.register('inspection-lead', async (id) => {
      const inspection = await this.inspections.inspection(id);
      return inspection && { agencyId: inspection.leadAgencyId, unitId: null };
    });
  }
}
