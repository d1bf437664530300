import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { AccountableRole, SanctionMeasure } from '../../domain/vocabulary';
import { SanctionView } from '../../projections/views';
import { AccountableRoleEnum, SanctionMeasureEnum } from './enums';

@ObjectType('InspectionSanction', { description: 'Accountability of a head of facility or agency for what was found' })
export class SanctionType {
  @Field() sanctionId: string;
  @Field() targetId: string;
  @Field(() => [String]) findingIds: string[];
  @Field(() => AccountableRoleEnum) personRole: AccountableRole;
  @Field() personName: string;
  @Field(() => SanctionMeasureEnum) measure: SanctionMeasure;
  @Field() legalBasis: string;
  @Field() decisionNumber: string;
  @Field(() => GraphQLLocalDate) decidedOn: string;

  static from(view: SanctionView): SanctionType {
    return Object.assign(new SanctionType(), view);
  }
}
