import { directiveDecider } from './directive.decider';
import { DirectiveEvent } from './events';
import { amendment, healthTask, issued, revoked, superseded } from './testing/fixtures';

describe('what happens to the open tasks', () => {
  const openTaskIds = (history: DirectiveEvent[]) => {
    const state = history.reduce(directiveDecider.evolve, directiveDecider.initialState());
    return state.status === 'none' ? [] : Object.keys(state.openTasks);
  };
  it('an amendment closes only the withdrawn tasks; the others stay open', () => expect(openTaskIds([issued, amendment])).toEqual([healthTask.taskId]));
  it('superseding closes every open task', () => expect(openTaskIds([issued, superseded])).toEqual([]));
  it('revoking closes every open task', () => expect(openTaskIds([issued, revoked])).toEqual([]));
});
