import { SetMetadata } from '@nestjs/common';
import { AccessAction } from '../domain/scope';

export const ACCESS_RULE = 'access:rule';

/**
 * What an operation touches, for the guard: each entry names a kind of record (agency, unit,
 * task, inspection... as the contexts' scope resolvers know them) and the argument that holds
 * its id, as a dot path ('input.agencyId'). An absent optional argument touches nothing.
 * 'place' is the unit a new record is put at: a write may put it only inside the actor's jurisdiction.
 */
export type Touches = Record<string, string>;

export interface AccessRule {
  action: AccessAction;
  touches: Touches;
  /**
   * A search: results outside the reader's jurisdiction are left out. Names the field of
   * each result that holds its agency (or, with kind 'unit', its unit).
   */
  filter?: SearchFilter;
}

export interface SearchFilter {
  kind: 'agency' | 'unit';
  /** Dot path, in each result, to its agency (or unit). */
  field: string;
  /** When the answer is a page, the property holding its results ('items'). */
  list?: string;
  /** Results are documents that bind everything under their place (see TargetScope.readersBelow). */
  readersBelow?: boolean;
}

/** A mutation: allowed only for the actor's own agency, delegated tasks, or their team's inspections. */
export const Writes = (touches: Touches) => SetMetadata(ACCESS_RULE, { action: 'write', touches } satisfies AccessRule);

/** A read of named records: FORBIDDEN outside the reader's jurisdiction. */
export const Reads = (touches: Touches) => SetMetadata(ACCESS_RULE, { action: 'read', touches } satisfies AccessRule);

/** A search: named records are judged as a read, and results outside the jurisdiction are left out. */
export const Searches = (touches: Touches, filter: SearchFilter) => SetMetadata(ACCESS_RULE, { action: 'read', touches, filter } satisfies AccessRule);
