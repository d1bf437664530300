import { Decider } from '@cpp/eventsourcing';
import { GrantCommand } from './commands';
import { GrantEvent } from './events';
import { decideGrantAccess } from './grant-access.decide';
import { decideRevokeAccess } from './revoke-access.decide';
import { evolveGrant, GrantState, initialGrantState } from './state';

export const grantDecider: Decider<GrantCommand, GrantEvent, GrantState> = {
  initialState: initialGrantState,
  evolve: evolveGrant,
  decide: (command, state) => (command.type === 'GrantAccess' ? decideGrantAccess(command, state) : decideRevokeAccess(command, state)),
};

export const grantStream = (grantId: string) => `access-grant-${grantId}`;
