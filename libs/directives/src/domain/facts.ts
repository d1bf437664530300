/**
 * What a handler found in other streams before a decision: the agencies a document names and
 * the documents it refers to. Decide judges them; it never looks them up.
 */
import type { DirectiveStatus } from './directive/directive.state';

/** An agency of the organisation chart, as its own stream tells it. */
export interface AgencyFact {
  agencyId: string;
  /** The day it was registered. */
  existsFrom: string;
  /** The day it was merged away or dissolved; null while it exists. */
  endedOn: string | null;
}

/** Another recorded document, with its upward links. */
export interface DirectiveFact {
  directiveId: string;
  status: DirectiveStatus;
  issuedOn: string | null;
  implementsDirectiveIds: string[];
}

/**
 * Who asks, as far as the rules care. Null in a command means a platform process (demo data,
 * ingest of a document an agency system published) acting on its own authority.
 */
export interface Requester {
  roles: readonly string[];
  agencyId: string | null;
}
