import { DelegateEvent, DelegateSelected } from './events';

export type Delegate = DelegateSelected['data'] & {
  status: 'selected' | 'withdrawn';
  childConsent: boolean;
  guardianConsent: boolean;
  personalFields: string[];
};
export type DelegateState = { status: 'none' } | Delegate;

export const initialDelegateState = (): DelegateState => ({ status: 'none' });

export function evolveDelegate(state: DelegateState, event: DelegateEvent): DelegateState {
  if (event.type === 'DelegateSelected') return { ...event.data, status: 'selected', childConsent: false, guardianConsent: false, personalFields: [] };
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'DelegateConsentGiven':
      return event.data.givenBy === 'child' ? { ...state, childConsent: true } : { ...state, guardianConsent: true };
    case 'DelegatePersonalDetailsRecorded':
      return { ...state, personalFields: [...new Set([...state.personalFields, ...Object.keys(event.data.details)])] };
    case 'DelegateConsentWithdrawn':
      return {
        ...state,
        status: 'withdrawn',
        childConsent: event.data.withdrawnBy === 'child' ? false : state.childConsent,
        guardianConsent: event.data.withdrawnBy === 'guardian' ? false : state.guardianConsent,
        personalFields: [],
      };
  }
}

/** Law 91/2025: a child's data needs the parent's or guardian's consent, and the child's own from 7. */
export const hasConsentToHoldPersonalData = (delegate: Delegate) => delegate.guardianConsent && (delegate.childConsent || delegate.ageBand === 'under-7');
