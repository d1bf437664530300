import { Injectable } from '@nestjs/common';
import { TargetScope } from '../domain/scope';

/** Maps an id of one kind of record to its scope, from a read model the owning context keeps. */
export type ScopeResolver = (id: string) => Promise<TargetScope | null>;

/**
 * Contexts register a resolver per kind of record they own (in their `<context>.access.ts`);
 * the guard asks it where a record belongs. Agencies and units access places itself.
 */
@Injectable()
export class ScopeRegistry {
  private readonly resolvers = new Map<string, ScopeResolver>();

  register(kind: string, resolver: ScopeResolver): void {
    if (this.resolvers.has(kind)) throw new Error(`A scope resolver for ${kind} is already registered`);
    this.resolvers.set(kind, resolver);
  }

  resolverFor(kind: string): ScopeResolver {
    const resolver = this.resolvers.get(kind);
    if (!resolver) throw new Error(`No scope resolver for "${kind}": register one in the owning context's <context>.access.ts`);
    return resolver;
  }
}
