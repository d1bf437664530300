import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IDENTIFIER } from '@cpp/eventsourcing';
import { GRANT_ROLES, GrantRole } from '../domain/roles';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

@InputType()
export class GrantAccessInput {
  @Field(() => ID) @Matches(IDENTIFIER) grantId!: string;
  @Field({ description: 'The subject as the identity provider names them (the token’s sub)' }) @IsString() @MaxLength(200) subject!: string;
  @Field(() => String, { description: GRANT_ROLES.join(', ') }) @IsIn(GRANT_ROLES) role!: GrantRole;
  @Field(() => ID, { nullable: true }) @IsOptional() @Matches(IDENTIFIER) agencyId?: string;
  @Field(() => ID, { nullable: true, description: 'The unit whose subtree the grant reaches; absent: the agency’s unit, or the whole country' })
  @IsOptional()
  @Matches(IDENTIFIER)
  jurisdictionUnitId?: string;
  @Field() @Matches(DATE) validFrom!: string;
  @Field({ nullable: true }) @IsOptional() @Matches(DATE) validTo?: string;
}

@InputType()
export class RevokeAccessInput {
  @Field(() => ID) @Matches(IDENTIFIER) grantId!: string;
  @Field() @Matches(DATE) revokedOn!: string;
  @Field() @IsString() @MaxLength(1000) reason!: string;
}

@ObjectType('Grant')
export class GrantType {
  @Field(() => ID) grantId!: string;
  @Field() subject!: string;
  @Field() role!: string;
  @Field(() => ID, { nullable: true }) agencyId!: string | null;
  @Field(() => ID, { nullable: true }) jurisdictionUnitId!: string | null;
  @Field() validFrom!: string;
  @Field(() => String, { nullable: true }) validTo!: string | null;
  @Field(() => String, { nullable: true }) revokedOn!: string | null;
}
