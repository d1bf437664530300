import { CHILD_PROTECTION_FUNCTION, transferCarriesOpenWork } from './child-protection.policy';

describe('the child-protection rule of function transfers', () => {
  it('given a transfer of the child-protection function, then it carries the open work', () =>
    expect(transferCarriesOpenWork(CHILD_PROTECTION_FUNCTION)).toBe(true));
  it('given a transfer of any other function, then it carries none', () => expect(transferCarriesOpenWork('education')).toBe(false));
});
