import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsString, Length, Matches } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ACCOUNTABLE_ROLES, AccountableRole, SANCTION_MEASURES, SanctionMeasure } from '../../domain/vocabulary';
import { AccountableRoleEnum, SanctionMeasureEnum } from '../types/enums';
import { IDENTIFIER_MESSAGE } from './validation';

@InputType()
export class RecordSanctionInput {
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) inspectionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) sanctionId: string;
  @Field() @Matches(IDENTIFIER, { message: IDENTIFIER_MESSAGE }) targetId: string;
  @Field(() => [String], { description: 'The nonconformities it answers' })
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @Matches(IDENTIFIER, { each: true, message: IDENTIFIER_MESSAGE })
  findingIds: string[];
  @Field(() => AccountableRoleEnum) @IsIn(ACCOUNTABLE_ROLES) personRole: AccountableRole;
  @Field({ description: 'Name only: no other personal data is kept' }) @IsString() @Length(2, 200) personName: string;
  @Field(() => SanctionMeasureEnum) @IsIn(SANCTION_MEASURES) measure: SanctionMeasure;
  @Field() @IsString() @Length(2, 500) legalBasis: string;
  @Field({ description: 'The sanction decision, e.g. 120/QĐ-SLĐTBXH' }) @IsString() @Length(2, 100) decisionNumber: string;
  @Field(() => GraphQLLocalDate) @IsString() decidedOn: string;
}
