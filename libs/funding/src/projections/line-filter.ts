import { LineView } from './views';

export interface LineFilter {
  fiscalYear?: number | null;
  provinceId?: string | null;
  agencyId?: string | null;
  sourceKind?: string | null;
  directiveId?: string | null;
}

/** The same filter as SQL (for the read model) and as a predicate (for an as-of replay). */
export function lineWhere(filter: LineFilter, alias = 'l'): { where: string; params: unknown[] } {
  const params: unknown[] = [];
  const clauses: string[] = [];
  const add = (column: string, value: unknown) => clauses.push(`${alias}.${column} = $${params.push(value)}`);
  if (filter.fiscalYear) add('fiscal_year', filter.fiscalYear);
  if (filter.provinceId) add('province_id', filter.provinceId);
  if (filter.agencyId) add('agency_id', filter.agencyId);
  if (filter.sourceKind) add('source_kind', filter.sourceKind);
  if (filter.directiveId) add('directive_id', filter.directiveId);
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export function matchesLine(filter: LineFilter, line: LineView): boolean {
  return (
    (!filter.fiscalYear || line.fiscalYear === filter.fiscalYear) &&
    (!filter.provinceId || line.provinceId === filter.provinceId) &&
    (!filter.agencyId || line.agencyId === filter.agencyId) &&
    (!filter.sourceKind || line.source.kind === filter.sourceKind) &&
    (!filter.directiveId || line.task?.directiveId === filter.directiveId)
  );
}
