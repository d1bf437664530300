import { ObligationCommand } from './commands';
import { extend, extended, officer, opened, recipient, spec, submitted } from './testing/obligation-fixtures';

describe('extending the deadline', () => {
  it('given an open obligation, when the steering committee extends it with reason and document, then DeadlineExtended', () =>
    spec.given([opened]).when(extend('2021-07-15')).then([extended]));
  it('given an open obligation, when the recipient agency extends it, then DeadlineExtended', () =>
    spec.given([opened]).when(extend('2021-07-15', recipient)).then([extended]));
  it('given an open obligation, when the obligated agency extends its own deadline, then FORBIDDEN', () =>
    spec
      .given([opened])
      .when(extend('2021-07-15', officer))
      .thenRefuses('FORBIDDEN', /steering committee or the recipient/));
  it('given an open obligation, when the new date is not later, then BAD_USER_INPUT', () =>
    spec.given([opened]).when(extend('2021-06-30')).thenRefuses('BAD_USER_INPUT', /later/));
  it('given an open obligation, when no authorising document is named, then BAD_USER_INPUT', () =>
    spec
      .given([opened])
      .when({ ...(extend('2021-07-15') as object), authorisingDocument: ' ' } as ObligationCommand)
      .thenRefuses('BAD_USER_INPUT', /document/));
  it('given a submitted obligation, when extended, then CONFLICT', () =>
    spec
      .given([opened, submitted('2021-06-29', 'on-time')])
      .when(extend('2021-07-15'))
      .thenRefuses('CONFLICT', /only an open/));
});
