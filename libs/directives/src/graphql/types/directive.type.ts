import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import { DirectiveStatus } from '../../domain/directive/state';
import { DocumentType } from '../../domain/directive/document';
import { directiveStream } from '../../domain/streams';
import { DirectiveView } from '../../projections/directives.queries';
import { DirectiveStatusEnum, DocumentTypeEnum } from './enums';

@ObjectType('DocumentNumber', { description: 'Số và ký hiệu: 923/QĐ-LĐTBXH = number 923, type QĐ, issuer LĐTBXH' })
export class DocumentNumberType {
  @Field({ description: 'As printed, without "Số:"' }) raw: string;
  @Field(() => Int, { nullable: true, description: 'Null when the number was left blank' }) number: number | null;
  @Field(() => Int, { nullable: true }) year: number | null;
  @Field() symbol: string;
  @Field(() => String, { nullable: true, description: 'QĐ, CT, KH…; null for dispatches' }) typeCode: string | null;
  @Field() issuerCode: string;
}

@ObjectType('Signer', { description: 'Who signed, and in which capacity ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC")' })
export class SignerType {
  @Field(() => String, { nullable: true }) name: string | null;
  @Field(() => String, { nullable: true }) capacity: string | null;
}

@ObjectType('ProgrammePeriod', { description: '"giai đoạn 2021–2025, định hướng 2030"' })
export class ProgrammePeriodType {
  @Field(() => Int) from: number;
  @Field(() => Int) to: number;
  @Field(() => Int, { nullable: true }) orientationTo: number | null;
}

@ObjectType('Directive', {
  description: 'An issued document (Chỉ thị, Quyết định, Kế hoạch, Công văn…) with its tasks, reporting regimes and place in the cascade',
})
export class DirectiveType {
  @Field(() => ID) id: string;
  @Field({ description: 'The event stream holding its history (see streamHistory)' }) streamId: string;
  @Field(() => DocumentNumberType) documentNumber: DocumentNumberType;
  @Field(() => DocumentTypeEnum) documentType: DocumentType;
  @Field() issuingAgencyId: string;
  @Field() place: string;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Null when the date was left blank' }) issuedOn: string | null;
  @Field(() => SignerType) signer: SignerType;
  @Field() subject: string;
  @Field(() => [String]) recipientAgencyIds: string[];
  @Field(() => GraphQLLocalDate, { nullable: true }) effectiveFrom: string | null;
  @Field(() => ProgrammePeriodType, { nullable: true }) programmePeriod: ProgrammePeriodType | null;
  @Field(() => DirectiveStatusEnum) status: DirectiveStatus;
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Since when the status holds' }) statusFrom: string | null;
  @Field(() => String, { nullable: true }) supersededByDirectiveId: string | null;
  @Field(() => String, { nullable: true }) revocationReason: string | null;
  @Field(() => String, { nullable: true }) revokingDocument: string | null;

  static from(view: DirectiveView): DirectiveType {
    const { directiveId, ...rest } = view;
    return Object.assign(new DirectiveType(), { id: directiveId, streamId: directiveStream(directiveId), ...rest });
  }
}

@ObjectType('CascadeStep', { description: 'A document in the cascade and how many implements-links away it is' })
export class CascadeStepType {
  @Field(() => Int) depth: number;
  @Field(() => DirectiveType) directive: DirectiveType;
}
