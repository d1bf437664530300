import { Field, Float, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { LEDGER_DIMENSIONS, LedgerDimension, LedgerSummaryRow } from '../../projections/ledger-summary';
import { LedgerEntryView } from '../../projections/funding.queries';
import { LineView } from '../../projections/views';
import { VndScalar } from '../vnd.scalar';

export const LedgerDimensionEnum = Object.fromEntries(LEDGER_DIMENSIONS.map((dimension) => [dimension.toUpperCase(), dimension])) as Record<
  Uppercase<LedgerDimension>,
  LedgerDimension
>;
registerEnumType(LedgerDimensionEnum, { name: 'LedgerDimension', description: 'What ledger totals are grouped by' });

@ObjectType('BudgetLineSource')
export class LineSourceType {
  @Field({ description: 'state-budget, target-programme, aid, sponsorship or child-protection-fund' }) kind: string;
  @Field(() => String, { nullable: true }) programme: string | null;
  @Field(() => String, { nullable: true }) donor: string | null;
}

@ObjectType('FundedTask')
export class FundedTaskType {
  @Field() directiveId: string;
  @Field() section: string;
}

@ObjectType('BudgetClassification')
export class BudgetClassificationType {
  @Field() version: string;
  @Field() chapter: string;
  @Field() function: string;
  @Field() item: string;
}

@ObjectType('LedgerEntry', { description: 'An entry of the ledger; a correction is a reversal beside what it reverses' })
export class LedgerEntryType {
  @Field() entryId: string;
  @Field({ description: 'allocation, supplement, reduction, commitment, payment, advance, reversal, carry-over or cancellation' }) kind: string;
  @Field(() => VndScalar) amount: bigint;
  @Field(() => String, { nullable: true }) reference: string | null;
  @Field(() => GraphQLLocalDate) enteredOn: string;
  @Field(() => String, { nullable: true }) reversesEntryId: string | null;
  @Field() reversed: boolean;

  static from(view: LedgerEntryView): LedgerEntryType {
    return Object.assign(new LedgerEntryType(), view);
  }
}

@ObjectType('BudgetLine', { description: 'One budget line of one unit for one fiscal year, with its figures in đồng' })
export class BudgetLineType {
  @Field() lineId: string;
  @Field(() => Int) fiscalYear: number;
  @Field() level: string;
  @Field() agencyId: string;
  @Field(() => String, { nullable: true }) provinceId: string | null;
  @Field() financeAgencyId: string;
  @Field() treasuryAgencyId: string;
  @Field(() => LineSourceType) source: LineSourceType;
  @Field(() => FundedTaskType, { nullable: true }) task: FundedTaskType | null;
  @Field(() => BudgetClassificationType) classification: BudgetClassificationType;
  @Field() purpose: string;
  @Field({ description: 'proposed, consolidated, decided, allocated or settled' }) status: string;
  @Field(() => VndScalar) estimated: bigint;
  @Field(() => VndScalar, { nullable: true }) decided: bigint | null;
  @Field(() => VndScalar) allocated: bigint;
  @Field(() => VndScalar) committed: bigint;
  @Field(() => VndScalar) paid: bigint;
  @Field(() => VndScalar) advanced: bigint;
  @Field(() => VndScalar) carriedOver: bigint;
  @Field(() => VndScalar) cancelled: bigint;
  @Field(() => VndScalar, { nullable: true }) settled: bigint | null;
  @Field(() => VndScalar, { description: 'Allocated, less paid, advanced, carried over and cancelled' }) unspent: bigint;
  @Field(() => [String]) disclosures: string[];

  static from(view: LineView): BudgetLineType {
    return Object.assign(new BudgetLineType(), view, { unspent: view.allocated - view.paid - view.advanced - view.carriedOver - view.cancelled });
  }
}

@ObjectType('LedgerTotals', { description: 'Totals of the lines sharing the grouped keys; keys not grouped by are null' })
export class LedgerSummaryRowType {
  @Field(() => String, { nullable: true, description: 'Province unit, or "central"' }) province: string | null;
  @Field(() => String, { nullable: true }) agency: string | null;
  @Field(() => String, { nullable: true }) year: string | null;
  @Field(() => String, { nullable: true }) source: string | null;
  @Field(() => String, { nullable: true, description: 'directiveId#section, or "none"' }) task: string | null;
  @Field(() => Int) lines: number;
  @Field(() => VndScalar) estimated: bigint;
  @Field(() => VndScalar) allocated: bigint;
  @Field(() => VndScalar) committed: bigint;
  @Field(() => VndScalar) paid: bigint;
  @Field(() => VndScalar) advanced: bigint;
  @Field(() => VndScalar) carriedOver: bigint;
  @Field(() => VndScalar) cancelled: bigint;
  @Field(() => VndScalar) settled: bigint;
  @Field(() => Float, { nullable: true, description: 'Paid and advanced as a percentage of the allocation (rounded down to 0.01)' }) executionRate:
    number | null;

  static from(row: LedgerSummaryRow): LedgerSummaryRowType {
    const { keys, ...figures } = row;
    return Object.assign(new LedgerSummaryRowType(), keys, figures);
  }
}
