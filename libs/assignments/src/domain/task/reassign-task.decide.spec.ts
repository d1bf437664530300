import { assigned, completed, reassign, reassigned, spec } from './testing/task-fixtures';

describe('handing a task over to a successor', () => {
  it('given an open task, when its agency is merged, then TaskReassigned', () => spec.given([assigned]).when(reassign).then([reassigned]));
  it('given a reassigned task, when the hand-over repeats, then nothing', () => spec.given([assigned, reassigned]).when(reassign).then([]));
  it('given a completed task, when its agency is merged, then it stays with the agency that did it', () =>
    spec.given([assigned, completed]).when(reassign).then([]));
});
