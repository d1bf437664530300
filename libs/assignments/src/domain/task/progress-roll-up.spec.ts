import { Task } from './state';
import { directiveProgress, rollUpProgress } from './progress-roll-up';

const task = (taskId: string, progress: number, extra: Partial<Task> = {}): Task => ({
  status: 'in-progress',
  taskId,
  directiveId: 'kh',
  directiveTaskId: '2.a',
  section: '2.a',
  text: 'Tuyên truyền',
  documentNumber: null,
  documentSubject: null,
  role: 'lead',
  assigneeAgencyId: taskId,
  originalAssigneeAgencyId: taskId,
  assignedByAgencyId: 'ubnd',
  parentTaskId: null,
  leadTaskId: null,
  dueDate: null,
  assignedOn: '2021-01-15',
  acknowledgedOn: null,
  progress,
  progressReports: [],
  children: [],
  completion: null,
  reassignments: [],
  closure: null,
  ...extra,
});

describe('progress roll-up', () => {
  it('a task without delegated tasks counts its own progress', () => {
    expect(rollUpProgress([task('a', 40)]).get('a')).toBe(40);
  });

  it('a parent is the mean of its own progress and each child’s rolled-up progress, down the cascade', () => {
    const tasks = [
      task('province', 20),
      task('district-1', 60, { role: 'delegated', parentTaskId: 'province' }),
      task('district-2', 0, { role: 'delegated', parentTaskId: 'province' }),
      task('commune', 100, { role: 'delegated', parentTaskId: 'district-2' }),
    ];
    const rolled = rollUpProgress(tasks);
    expect(rolled.get('commune')).toBe(100);
    expect(rolled.get('district-2')).toBe(50);
    expect(rolled.get('province')).toBe(43.3);
  });

  it('withdrawn, superseded and cancelled children no longer count', () => {
    const tasks = [
      task('province', 20),
      task('district', 100, { role: 'delegated', parentTaskId: 'province', closure: { outcome: 'withdrawn', effectiveFrom: '2021-04-01', reason: 'x' } }),
    ];
    expect(rollUpProgress(tasks).get('province')).toBe(20);
  });

  it('coordinators’ contributions do not move the lead’s figure; the directive is the mean of its lead tasks', () => {
    const tasks = [task('lead-1', 50), task('coordinator', 100, { role: 'coordinator', leadTaskId: 'lead-1' }), task('lead-2', 0)];
    const rolled = rollUpProgress(tasks);
    expect(rolled.get('lead-1')).toBe(50);
    expect(directiveProgress(tasks, rolled)).toBe(25);
  });

  it('a directive without live lead tasks has no progress figure', () => {
    expect(directiveProgress([], new Map())).toBeNull();
  });
});
