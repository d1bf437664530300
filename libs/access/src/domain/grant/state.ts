import { AccessGranted, GrantEvent } from './events';

export type GrantState = { status: 'none' } | { status: 'granted' | 'revoked'; grant: AccessGranted['data']; revokedOn: string | null };

export const initialGrantState = (): GrantState => ({ status: 'none' });

export function evolveGrant(state: GrantState, event: GrantEvent): GrantState {
  switch (event.type) {
    case 'AccessGranted':
      return { status: 'granted', grant: event.data, revokedOn: null };
    case 'AccessRevoked':
      return state.status === 'none' ? state : { ...state, status: 'revoked', revokedOn: event.data.revokedOn };
  }
}
