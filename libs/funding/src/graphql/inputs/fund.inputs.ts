import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsBoolean, IsInt, IsOptional, IsString, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { VndScalar } from '../vnd.scalar';

@InputType()
export class OpenFundInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() name: string;
  @Field({ description: 'child-protection-fund or donation-account' }) @IsString() kind: string;
  @Field() @IsString() managingAgencyId: string;
  @Field({ description: 'The agency that may suspend donations' }) @IsString() superiorAgencyId: string;
  @Field() @IsString() unitId: string;
  @Field(() => [String]) @ArrayMaxSize(50) @IsString({ each: true }) purposes: string[];
  @Field(() => GraphQLLocalDate) @IsString() openedOn: string;
}

@InputType()
export class DonorInput {
  @Field({ description: 'person, organisation or anonymous' }) @IsString() kind: string;
  @Field(() => String, { nullable: true, description: "An organisation's name; a person's only with their consent" }) @IsOptional() @IsString() name?:
    string | null;
  @Field({ defaultValue: false }) @IsBoolean() consentToName: boolean;
}

@InputType()
export class DonatedItemInput {
  @Field() @IsString() item: string;
  @Field(() => Int) @IsInt() quantity: number;
  @Field() @IsString() unit: string;
  @Field(() => VndScalar) @IsString() estimatedValue: string;
}

@InputType()
export class RecordDonationInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() donationId: string;
  @Field(() => DonorInput) @ValidateNested() @Type(() => DonorInput) donor: DonorInput;
  @Field() @IsString() purpose: string;
  @Field({ description: 'cash or in-kind' }) @IsString() form: string;
  @Field(() => VndScalar, { nullable: true }) @IsOptional() @IsString() amount?: string | null;
  @Field(() => [DonatedItemInput], { nullable: true }) @IsOptional() @ArrayMaxSize(200) @ValidateNested({ each: true }) @Type(() => DonatedItemInput) items?:
    DonatedItemInput[] | null;
  @Field({ description: 'The minute of receipt (biên bản tiếp nhận)' }) @IsString() receiptMinute: string;
  @Field(() => GraphQLLocalDate) @IsString() receivedOn: string;
}

@InputType()
export class AcceptDonationInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() donationId: string;
  @Field(() => GraphQLLocalDate) @IsString() acceptedOn: string;
}

@InputType()
export class SuspendDonationInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() donationId: string;
  @Field() @IsString() reason: string;
  @Field(() => GraphQLLocalDate) @IsString() suspendedOn: string;
}

@InputType()
export class CheckDonatedGoodsInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() donationId: string;
  @Field({ description: 'meets-standards or rejected' }) @IsString() outcome: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() note?: string | null;
  @Field(() => GraphQLLocalDate) @IsString() checkedOn: string;
}

@InputType()
export class RecipientInput {
  @Field({ description: 'commune, facility or group: never a named child' }) @IsString() kind: string;
  @Field() @IsString() recipientId: string;
  @Field() @IsString() name: string;
  @Field({ defaultValue: false, description: 'A commune designated especially difficult (xã đặc biệt khó khăn)' }) @IsBoolean() especiallyDifficult: boolean;
}

@InputType()
export class DistributedGoodsInput {
  @Field() @IsString() donationId: string;
  @Field() @IsString() item: string;
  @Field(() => Int) @IsInt() quantity: number;
}

@InputType()
export class DistributeFromFundInput {
  @Field() @IsString() fundId: string;
  @Field() @IsString() distributionId: string;
  @Field() @IsString() purpose: string;
  @Field(() => RecipientInput) @ValidateNested() @Type(() => RecipientInput) recipient: RecipientInput;
  @Field(() => VndScalar, { nullable: true }) @IsOptional() @IsString() cashAmount?: string | null;
  @Field(() => [DistributedGoodsInput], { nullable: true })
  @IsOptional()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => DistributedGoodsInput)
  goods?: DistributedGoodsInput[] | null;
  @Field() @IsString() decision: string;
  @Field(() => GraphQLLocalDate) @IsString() distributedOn: string;
}

@InputType()
export class DiscloseFundUseInput {
  @Field() @IsString() fundId: string;
  @Field({ description: 'A year (2026) or a quarter (2026-Q1)' }) @IsString() period: string;
  @Field() @IsString() reference: string;
  @Field(() => GraphQLLocalDate) @IsString() publishedOn: string;
}
