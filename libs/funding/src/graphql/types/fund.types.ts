import { Field, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { CommuneDonationRow } from '../../projections/ledger-summary';
import { DonationView, FundView } from '../../projections/funding.queries';
import { VndScalar } from '../vnd.scalar';

@ObjectType('FundBalance')
export class FundBalanceType {
  @Field() purpose: string;
  @Field(() => VndScalar) cash: bigint;
}

@ObjectType('DonatedItem')
export class DonatedItemType {
  @Field() item: string;
  @Field(() => Int) quantity: number;
  @Field() unit: string;
  @Field(() => VndScalar) estimatedValue: string;
}

@ObjectType('Donation')
export class DonationType {
  @Field() donationId: string;
  @Field({ description: 'person, organisation or anonymous' }) donorKind: string;
  @Field(() => String, { nullable: true, description: "A person's name only with their consent" }) donorName: string | null;
  @Field() purpose: string;
  @Field() form: string;
  @Field(() => VndScalar, { nullable: true }) amount: bigint | null;
  @Field(() => VndScalar, { description: 'The estimated value of goods' }) estimatedValue: bigint;
  @Field(() => [DonatedItemType]) items: DonatedItemType[];
  @Field() receiptMinute: string;
  @Field(() => GraphQLLocalDate) receivedOn: string;
  @Field({ description: 'recorded, accepted or suspended' }) status: string;
  @Field(() => String, { nullable: true }) quality: string | null;

  static from(view: DonationView): DonationType {
    return Object.assign(new DonationType(), view);
  }
}

@ObjectType('Fund')
export class FundType {
  @Field() fundId: string;
  @Field() name: string;
  @Field() kind: string;
  @Field() managingAgencyId: string;
  @Field() superiorAgencyId: string;
  @Field() unitId: string;
  @Field(() => [String]) disclosedPeriods: string[];
  @Field(() => [FundBalanceType], { description: 'Cash per purpose: never negative' }) balances: FundBalanceType[];

  static from(view: FundView): FundType {
    return Object.assign(new FundType(), view);
  }
}

@ObjectType('ReceivedItem')
export class ReceivedItemType {
  @Field() item: string;
  @Field() unit: string;
  @Field(() => Int) quantity: number;
}

@ObjectType('CommuneDonations', { description: 'What a commune received from funds and donation accounts, cash and kind' })
export class CommuneDonationsType {
  @Field() recipientId: string;
  @Field() name: string;
  @Field() especiallyDifficult: boolean;
  @Field(() => Int) distributions: number;
  @Field(() => VndScalar) cash: bigint;
  @Field(() => VndScalar) goodsValue: bigint;
  @Field(() => [ReceivedItemType]) items: ReceivedItemType[];

  static from(row: CommuneDonationRow): CommuneDonationsType {
    return Object.assign(new CommuneDonationsType(), row);
  }
}
