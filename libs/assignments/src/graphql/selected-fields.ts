import { getNamedType, GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { collectSubfields } from 'graphql/execution/collectFields';

/** Whether the query selects any of `fields` on the resolved field's type (fragments, @include and @skip followed by graphql's own collector). */
export function selectsAny(info: GraphQLResolveInfo, fields: readonly string[]): boolean {
  const type = getNamedType(info.returnType);
  if (!(type instanceof GraphQLObjectType)) return true;
  const selected = collectSubfields(info.schema, info.fragments, info.variableValues, type, info.fieldNodes);
  return fields.some((field) => selected.has(field));
}
