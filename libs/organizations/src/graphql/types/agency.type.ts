import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AgencyKind } from '../../domain/agency/events';
import { AgencyView } from '../../projections/organization-chart.queries';
import { AgencyKindEnum } from './agency-kind.enum';

@ObjectType('Agency', { description: 'An agency (cơ quan) as it stood during [validFrom, validTo)' })
export class AgencyType {
  @Field() id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) shortName: string | null;
  @Field(() => AgencyKindEnum) kind: AgencyKind;
  @Field({ description: 'The administrative unit it serves (its jurisdiction)' }) unitId: string;
  @Field(() => String, { nullable: true }) parentAgencyId: string | null;
  @Field(() => [String], { description: 'Functions it answers for, e.g. child-protection' }) functions: string[];
  @Field({ description: 'active, merged or dissolved' }) status: string;
  @Field(() => String, { nullable: true }) successorAgencyId: string | null;
  @Field(() => [String]) predecessorAgencyIds: string[];
  @Field(() => GraphQLLocalDate) validFrom: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) validTo: string | null;
  /** The date and instant of knowledge the caller asked about, so nested fields answer for the same. */
  asOf: string | null;
  knownAt: Date | null;

  static from(view: AgencyView, asOf: string | null, knownAt: Date | null = null): AgencyType {
    const { agencyId, ...rest } = view;
    return Object.assign(new AgencyType(), { id: agencyId, ...rest, asOf, knownAt });
  }
}
