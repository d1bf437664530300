import { Injectable, OnModuleInit } from '@nestjs/common';
import { ScopeRegistry, TargetScope } from '@cpp/access';

/** Stream prefixes and the kind of record each holds, longest first (directive-plan- before directive-). */
const PREFIXES: [string, string][] = [
  ['directive-plan-', 'directive'],
  ['directive-', 'directive'],
  ['inspection-', 'inspection'],
  ['task-', 'task'],
  ['obligation-', 'obligation'],
];
/** Streams no context places (grants, the access log, levels): for whoever reads the whole country. */
const NATIONAL: TargetScope = { agencyId: null, unitId: 'viet-nam' };

/** Where a stream's history belongs: where the record it holds belongs. */
@Injectable()
export class StreamHistoryAccessScopes implements OnModuleInit {
  constructor(private readonly scopes: ScopeRegistry) {}

  onModuleInit(): void {
    this.scopes.register('stream', async (streamId) => {
      if (streamId.startsWith('agency-')) return { agencyId: streamId.slice('agency-'.length), unitId: null };
      if (streamId.startsWith('administrative-unit-')) return { agencyId: null, unitId: streamId.slice('administrative-unit-'.length) };
      const match = PREFIXES.find(([prefix]) => streamId.startsWith(prefix));
      if (!match) return NATIONAL;
      return (await this.scopes.resolverFor(match[1])(streamId.slice(match[0].length))) ?? NATIONAL;
    });
  }
}
