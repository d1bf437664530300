import { Field, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, ArrayMinSize, IsInt, IsOptional, IsString, Length, Matches, Max, Min } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { ID_MESSAGE } from './identifier-message';

@InputType()
export class DefineAdministrativeLevelInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) levelCode: string;
  @Field() @IsString() @Length(2, 100) name: string;
  @Field(() => Int, { description: '1 = nation; larger = lower' }) @IsInt() @Min(1) @Max(10) rank: number;
}

@InputType()
export class RetireAdministrativeLevelInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) levelCode: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field() @IsString() @Length(2, 500) reason: string;
}

@InputType()
export class EstablishAdministrativeUnitInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) unitId: string;
  @Field() @IsString() @Length(2, 200) name: string;
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) levelCode: string;
  @Field(() => String, { nullable: true }) @IsOptional() @Matches(IDENTIFIER, { message: ID_MESSAGE }) parentUnitId?: string | null;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
}

@InputType()
export class RenameAdministrativeUnitInput {
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) unitId: string;
  @Field() @IsString() @Length(2, 200) name: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}

@InputType()
export class MergeAdministrativeUnitsInput {
  @Field(() => [String]) @ArrayMinSize(1) @ArrayMaxSize(50) @Matches(IDENTIFIER, { each: true, message: ID_MESSAGE }) unitIds: string[];
  @Field() @Matches(IDENTIFIER, { message: ID_MESSAGE }) successorUnitId: string;
  @Field(() => GraphQLLocalDate) @IsString() effectiveFrom: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @Length(1, 200) decision?: string | null;
}
