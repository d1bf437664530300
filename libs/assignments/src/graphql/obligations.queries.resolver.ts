import { Args, ID, Info, Int, Query, Resolver } from '@nestjs/graphql';
import { GraphQLResolveInfo } from 'graphql';
import { GraphQLDateTime, GraphQLLocalDate } from 'graphql-scalars';
import { ObligationDisplayStatus } from '../domain/obligation/obligation-status';
import { AssignmentsReadModel } from '../projections/assignments.read-model';
import { ComplianceRowType } from './types/compliance-row.type';
import { ObligationStatusEnum } from './types/enums';
import { listingOf } from '../projections/obligation-listing';
import { HISTORY_FIELDS, ObligationType } from './types/obligation.type';
import { selectsAny } from './selected-fields';
import { Reads, Searches } from '@cpp/access';

const AS_OF = { type: () => GraphQLDateTime, nullable: true, description: 'Answer as the platform knew it at this instant (replayed from the log)' } as const;

@Resolver()
export class ObligationsQueriesResolver {
  constructor(private readonly readModel: AssignmentsReadModel) {}

  @Query(() => [ObligationType], { description: 'Everything an agency owes, by due date: reports, task deadlines, inspection recommendations' })
  @Reads({ agency: 'agency' })
  async obligations(
    @Args('agency', { type: () => ID }) agency: string,
    @Args('status', { type: () => [ObligationStatusEnum], nullable: true }) status?: ObligationDisplayStatus[],
    @Args('dueFrom', { type: () => GraphQLLocalDate, nullable: true }) dueFrom?: string,
    @Args('dueTo', { type: () => GraphQLLocalDate, nullable: true }) dueTo?: string,
    @Args('asOf', AS_OF) asOf?: Date,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<ObligationType[]> {
    const withHistory = !info || selectsAny(info, HISTORY_FIELDS);
    const { today, value } = await this.readModel.obligations({ agencyId: agency, statuses: status, dueFrom, dueTo }, asOf ?? null, withHistory);
    return value.map(({ listing, obligation }) => ObligationType.from(listing, today, obligation));
  }

  @Query(() => ObligationType)
  @Reads({ obligation: 'id' })
  async obligation(@Args('id', { type: () => ID }) id: string, @Args('asOf', AS_OF) asOf?: Date): Promise<ObligationType> {
    const { today, value } = await this.readModel.obligation(id, asOf ?? null);
    return ObligationType.from(listingOf(value), today, value);
  }

  @Query(() => [ComplianceRowType], {
    description: 'On-time, late and missing reports per agency and period, for an agency, a jurisdiction, a directive or a year',
  })
  @Searches({ agency: 'agency', unit: 'jurisdiction' }, { kind: 'agency', field: 'agencyId' })
  async compliance(
    @Args('agency', { type: () => ID, nullable: true }) agency?: string,
    @Args('jurisdiction', { type: () => ID, nullable: true, description: 'An administrative unit: its agencies and those of every unit inside it' })
    jurisdiction?: string,
    @Args('directiveId', { type: () => ID, nullable: true }) directiveId?: string,
    @Args('year', { type: () => Int, nullable: true }) year?: number,
    @Args('asOf', AS_OF) asOf?: Date,
  ): Promise<ComplianceRowType[]> {
    const { today, value } = await this.readModel.compliance(
      { agencyId: agency ?? null, jurisdictionUnitId: jurisdiction ?? null, directiveId: directiveId ?? null, year: year ?? null },
      asOf ?? null,
    );
    return value.map((row) => ComplianceRowType.from(row, today));
  }
}
