import { GraphqlClient } from './graphql-client';

/** A type as introspection describes it, wrappers (NON_NULL, LIST) included. */
export interface TypeRef {
  kind: 'SCALAR' | 'ENUM' | 'INPUT_OBJECT' | 'OBJECT' | 'INTERFACE' | 'UNION' | 'LIST' | 'NON_NULL';
  name: string | null;
  ofType: TypeRef | null;
}

export interface MutationField {
  name: string;
  type: TypeRef;
  args: { name: string; type: TypeRef }[];
}

export interface NamedType {
  kind: TypeRef['kind'];
  name: string;
  inputFields: { name: string; type: TypeRef }[] | null;
  enumValues: { name: string }[] | null;
}

export interface SchemaMutations {
  mutations: MutationField[];
  types: Map<string, NamedType>;
}

const TYPE_REF = 'fragment T on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }';
const INTROSPECTION = `${TYPE_REF}
query { __schema {
  mutationType { fields { name type { ...T } args { name type { ...T } } } }
  types { kind name inputFields { name type { ...T } } enumValues { name } }
} }`;

/** Every mutation the running schema has, read by introspection: a mutation added later is included. */
export async function schemaMutations(client: GraphqlClient): Promise<SchemaMutations> {
  const { __schema } = await client.ok(INTROSPECTION);
  return { mutations: __schema.mutationType.fields, types: new Map(__schema.types.map((type: NamedType) => [type.name, type])) };
}

/** `[String!]!` for a variable declaration. */
export function typeName(type: TypeRef): string {
  if (type.kind === 'NON_NULL') return `${typeName(type.ofType!)}!`;
  if (type.kind === 'LIST') return `[${typeName(type.ofType!)}]`;
  return type.name!;
}

export function namedType(type: TypeRef): TypeRef {
  return type.ofType ? namedType(type.ofType) : type;
}

/** The operation calling a mutation with every argument as a variable, and the least it can select. */
export function mutationDocument(mutation: MutationField, types: Map<string, NamedType>): string {
  const declarations = mutation.args.map((arg) => `$${arg.name}: ${typeName(arg.type)}`).join(', ');
  const call = mutation.args.map((arg) => `${arg.name}: $${arg.name}`).join(', ');
  const returned = types.get(namedType(mutation.type).name!)!;
  const selection = returned.kind === 'SCALAR' || returned.kind === 'ENUM' ? '' : ' { __typename }';
  return `mutation${declarations ? `(${declarations})` : ''} { ${mutation.name}${call ? `(${call})` : ''}${selection} }`;
}
