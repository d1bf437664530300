import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Length, ValidateNested } from 'class-validator';
import { GraphQLLocalDate } from 'graphql-scalars';
import { VndScalar } from '../vnd.scalar';

@InputType()
export class LineSourceInput {
  @Field({ description: 'state-budget, target-programme, aid, sponsorship or child-protection-fund' }) @IsString() kind: string;
  @Field(() => String, { nullable: true, description: 'The target programme the line is integrated with' }) @IsOptional() @IsString() programme?: string | null;
  @Field(() => String, { nullable: true, description: 'The donor of aid' }) @IsOptional() @IsString() donor?: string | null;
}

@InputType()
export class FundedTaskInput {
  @Field() @IsString() directiveId: string;
  @Field({ description: "The task's section in the document, e.g. II.5.b" }) @IsString() @Length(1, 40) section: string;
}

@InputType()
export class BudgetClassificationInput {
  @Field({ description: 'The classification version, e.g. mlns-2026' }) @IsString() version: string;
  @Field({ description: 'Chương' }) @IsString() chapter: string;
  @Field({ description: 'Loại–khoản, e.g. 370-398' }) @IsString() function: string;
  @Field({ description: 'Mục–tiểu mục, e.g. 7000-7049' }) @IsString() item: string;
}

@InputType()
export class ProposeBudgetEstimateInput {
  @Field() @IsString() lineId: string;
  @Field(() => Int) @IsInt() fiscalYear: number;
  @Field({ description: 'central, province or commune' }) @IsString() level: string;
  @Field() @IsString() agencyId: string;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() provinceId?: string | null;
  @Field() @IsString() financeAgencyId: string;
  @Field() @IsString() treasuryAgencyId: string;
  @Field(() => LineSourceInput) @ValidateNested() @Type(() => LineSourceInput) source: LineSourceInput;
  @Field(() => FundedTaskInput, { nullable: true }) @IsOptional() @ValidateNested() @Type(() => FundedTaskInput) task?: FundedTaskInput | null;
  @Field(() => BudgetClassificationInput) @ValidateNested() @Type(() => BudgetClassificationInput) classification: BudgetClassificationInput;
  @Field() @IsString() purpose: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field(() => GraphQLLocalDate) @IsString() proposedOn: string;
}

@InputType()
export class ConsolidateBudgetEstimateInput {
  @Field() @IsString() lineId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field(() => GraphQLLocalDate) @IsString() consolidatedOn: string;
}

@InputType()
export class DecideBudgetEstimateInput {
  @Field() @IsString() lineId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field({ description: "The People's Council resolution, e.g. 25/NQ-HĐND" }) @IsString() resolution: string;
  @Field(() => GraphQLLocalDate) @IsString() decidedOn: string;
}

@InputType()
export class AllocateBudgetInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field({ description: 'The allocation decision (quyết định giao dự toán)' }) @IsString() decision: string;
  @Field(() => GraphQLLocalDate) @IsString() allocatedOn: string;
}

@InputType()
export class AdjustAllocationInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field({ description: 'supplement or reduction' }) @IsString() direction: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field() @IsString() decision: string;
  @Field() @IsString() reason: string;
  @Field(() => GraphQLLocalDate) @IsString() adjustedOn: string;
}

@InputType()
export class RecordCommitmentInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field({ description: 'The contract or order' }) @IsString() reference: string;
  @Field() @IsString() description: string;
  @Field(() => GraphQLLocalDate) @IsString() committedOn: string;
}

@InputType()
export class ConfirmTreasuryDisbursementInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field({ description: 'payment, or advance (tạm ứng, ứng trước) marked as such' }) @IsString() kind: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field() @IsString() treasuryReference: string;
  @Field(() => GraphQLLocalDate) @IsString() confirmedOn: string;
}

@InputType()
export class ReverseLedgerEntryInput {
  @Field() @IsString() lineId: string;
  @Field({ description: 'The id of the reversing entry' }) @IsString() entryId: string;
  @Field() @IsString() reversedEntryId: string;
  @Field() @IsString() reason: string;
  @Field(() => String, { nullable: true, description: "The Treasury's reference, when a payment is reversed" }) @IsOptional() @IsString() treasuryReference?:
    string | null;
  @Field(() => GraphQLLocalDate) @IsString() reversedOn: string;
}

@InputType()
export class CarryOverBalanceInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field() @IsString() legalGround: string;
  @Field(() => GraphQLLocalDate) @IsString() carriedOn: string;
}

@InputType()
export class CancelBalanceInput {
  @Field() @IsString() lineId: string;
  @Field() @IsString() entryId: string;
  @Field(() => VndScalar) @IsString() amount: string;
  @Field() @IsString() reason: string;
  @Field(() => GraphQLLocalDate) @IsString() cancelledOn: string;
}

@InputType()
export class ApproveSettlementInput {
  @Field() @IsString() lineId: string;
  @Field(() => VndScalar) @IsString() settledAmount: string;
  @Field() @IsString() decision: string;
  @Field(() => GraphQLLocalDate) @IsString() approvedOn: string;
}

@InputType()
export class PublishBudgetDisclosureInput {
  @Field() @IsString() lineId: string;
  @Field({ description: 'estimate, execution-3m, execution-6m, execution-9m, execution-12m or settlement' }) @IsString() report: string;
  @Field() @IsString() reference: string;
  @Field(() => GraphQLLocalDate) @IsString() publishedOn: string;
}
