import { Field, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { UnitView } from '../../projections/organization-chart.queries';

@ObjectType('AdministrativeUnit', { description: 'Nation, province, district, commune… as it stood during [validFrom, validTo)' })
export class AdministrativeUnitType {
  @Field() id: string;
  @Field() name: string;
  @Field() levelCode: string;
  @Field(() => String, { nullable: true }) parentUnitId: string | null;
  @Field({ description: 'active or merged' }) status: string;
  @Field(() => String, { nullable: true }) successorUnitId: string | null;
  @Field(() => GraphQLLocalDate) validFrom: string;
  @Field(() => GraphQLLocalDate, { nullable: true }) validTo: string | null;

  static from(view: UnitView): AdministrativeUnitType {
    const { unitId, ...rest } = view;
    return Object.assign(new AdministrativeUnitType(), { id: unitId, ...rest });
  }
}
