import { useState } from 'react';
import { DIRECTIVE_TASKS, DIRECTIVES, type DirectiveRow, type TaskNode } from '../../api/operations';
import { useGql } from '../../api/use-gql';
import { QueryState } from '../../components/query-state';
import { StatusBadge } from '../../components/status-badge';
import { endOfDayInVietnam, formatDate } from '../../format';
import { useI18n } from '../../i18n';

/** A directive's tasks and everything delegated from them, progress rolled up at each level. */
export function CascadeView({ names, asOf }: { names: Map<string, string>; asOf: string }) {
  const { t } = useI18n();
  const directives = useGql(DIRECTIVES, {});
  const [chosen, setChosen] = useState('');
  return (
    <section aria-labelledby="cascade-title">
      <h2 id="cascade-title">{t('cascade')}</h2>
      <QueryState state={directives}>
        {(data: { directives: DirectiveRow[] }) => {
          const own = data.directives.filter((directive) => names.has(directive.issuingAgencyId));
          const list = own.length ? own : data.directives;
          const directiveId = chosen || list[0]?.id;
          return (
            <>
              <label htmlFor="directive">{t('directive')}</label>{' '}
              <select id="directive" value={directiveId} onChange={(event) => setChosen(event.target.value)}>
                {list.map((directive) => <option key={directive.id} value={directive.id}>{directive.documentNumber.raw} — {directive.subject.slice(0, 80)}</option>)}
              </select>
              {directiveId && <Tree directiveId={directiveId} names={names} asOf={asOf} />}
            </>
          );
        }}
      </QueryState>
    </section>
  );
}

function Tree({ directiveId, names, asOf }: { directiveId: string; names: Map<string, string>; asOf: string }) {
  const { t } = useI18n();
  const tasks = useGql(DIRECTIVE_TASKS, { directiveId, asOf: endOfDayInVietnam(asOf) });
  return (
    <QueryState state={tasks}>
      {(data: { directiveTasks: { progress: number | null; taskCount: number; tasks: TaskNode[] } }) => (
        <>
          <p>{t('progress')}: <Progress value={data.directiveTasks.progress ?? 0} label={t('progress')} /> · {data.directiveTasks.taskCount} {t('tasks')}</p>
          <ul className="tree" role="tree" aria-label={t('cascade')}>
            {data.directiveTasks.tasks.map((task) => <Node key={task.id} task={task} names={names} />)}
          </ul>
        </>
      )}
    </QueryState>
  );
}

function Node({ task, names }: { task: TaskNode; names: Map<string, string> }) {
  const { t } = useI18n();
  const below = [...(task.children ?? []), ...(task.contributions ?? [])];
  return (
    <li role="treeitem" aria-expanded={below.length ? true : undefined} aria-selected={false}>
      <span className="section">{task.section}</span> <strong>{names.get(task.agencyId) ?? task.agencyId}</strong> <StatusBadge status={task.status} />{' '}
      <Progress value={task.progress} label={`${t('progress')} ${task.section} ${names.get(task.agencyId) ?? task.agencyId}`} /> {task.dueDate && `· ${t('dueDate')} ${formatDate(task.dueDate)}`}
      <div className="task-text">{task.text}</div>
      {below.length > 0 && <ul role="group">{below.map((child) => <Node key={child.id} task={child} names={names} />)}</ul>}
    </li>
  );
}

function Progress({ value, label }: { value: number; label: string }) {
  return <><progress max={100} value={value} aria-label={label} /> {Math.round(value)} %</>;
}
