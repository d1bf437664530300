import { forbidden, invalid, isLocalDate, notFound } from '@cpp/eventsourcing';
import { RevokeAccess } from './commands';
import { GrantEvent } from './events';
import { GrantState } from './state';

export function decideRevokeAccess(command: RevokeAccess, state: GrantState): GrantEvent[] {
  if (state.status === 'none') throw notFound(`No grant ${command.grantId}`);
  if (!command.granter.administersJurisdiction) throw forbidden('Only an administrator of that jurisdiction may revoke access in it');
  if (state.status === 'revoked') return [];
  if (!isLocalDate(command.revokedOn)) throw invalid('revokedOn must be a date (YYYY-MM-DD)');
  if (command.revokedOn < state.grant.validFrom) throw invalid('A grant cannot be revoked before it began');
  if (command.reason.trim() === '') throw invalid('Say why the grant is revoked');
  return [
    {
      type: 'AccessRevoked',
      data: {
        grantId: command.grantId,
        subject: state.grant.subject,
        revokedOn: command.revokedOn,
        reason: command.reason.trim(),
        revokedBy: command.granter.subject,
      },
    },
  ];
}
