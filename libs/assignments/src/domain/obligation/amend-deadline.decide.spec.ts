import { ID, opened, spec } from './testing/obligation-fixtures';

describe('the source document moving the deadline', () => {
  it('given an amended deadline, when the source document moves it, then DeadlineAmended', () =>
    spec
      .given([opened])
      .when({ type: 'AmendDeadline', obligationId: ID, newDueDate: '2021-06-15', amendingDocument: '200/KH-UBND', amendedOn: '2021-03-01' })
      .then([
        {
          type: 'DeadlineAmended',
          data: { obligationId: ID, previousDueDate: '2021-06-30', newDueDate: '2021-06-15', amendingDocument: '200/KH-UBND', amendedOn: '2021-03-01' },
        },
      ]));
});
