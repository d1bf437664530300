import { registerEnumType } from '@nestjs/graphql';
import { DirectiveStatus } from '../../domain/directive/state';
import { DOCUMENT_TYPES, ReportingFrequency } from '../../domain/directive/document';
import { DirectiveRelation } from '../../domain/directive/events';
import { TaskStatus } from '../../projections/directives.queries';

/** GraphQL enum values must be names, so the domain's dashes become underscores here. */
function graphqlEnum<Value extends string>(values: readonly Value[], name: string, description: string): Record<string, Value> {
  const enumeration = Object.fromEntries(values.map((value) => [value.replace(/-/g, '_').toUpperCase(), value])) as Record<string, Value>;
  registerEnumType(enumeration, { name, description });
  return enumeration;
}

export const DocumentTypeEnum = graphqlEnum(
  DOCUMENT_TYPES,
  'DocumentType',
  'Chỉ thị, Quyết định, Kế hoạch, Công văn / Văn bản, Thông tư, Nghị quyết, Nghị định, Thông báo',
);
export const ReportingFrequencyEnum = graphqlEnum<ReportingFrequency>(
  ['monthly', 'six-monthly', 'annual', 'ad-hoc'],
  'ReportingFrequency',
  'hằng tháng, 6 tháng, hằng năm, đột xuất',
);
export const DirectiveStatusEnum = graphqlEnum<DirectiveStatus>(
  ['in-force', 'superseded', 'revoked'],
  'DirectiveStatus',
  'In force, replaced by a newer document, or revoked (bãi bỏ)',
);
export const TaskStatusEnum = graphqlEnum<TaskStatus>(
  ['open', 'withdrawn', 'superseded', 'cancelled'],
  'DirectiveTaskStatus',
  'Open; withdrawn by an amendment; closed because the document was superseded; cancelled because it was revoked',
);
export const DirectiveRelationEnum = graphqlEnum<DirectiveRelation>(
  ['implements', 'based-on'],
  'DirectiveRelation',
  'Implements ("Thực hiện …") or rests on ("Căn cứ …")',
);
