/** Small constructors that keep the template files declarative (one line per metric). */
import type { Agg, Filter, SourceName } from './types';

export const sum = (source: SourceName, column: string, where?: Filter[]): Extract<Agg, { kind: 'sum' }> => ({
  kind: 'sum',
  source,
  column,
  ...(where ? { where } : {}),
});
export const count = (source: SourceName, where?: Filter[]): Agg => ({
  kind: 'count',
  source,
  ...(where ? { where } : {}),
});
export const at = (source: SourceName, column: string, bound: 'start' | 'end', where?: Filter[]): Agg => ({
  kind: 'at',
  source,
  column,
  bound,
  ...(where ? { where } : {}),
});
export const input = (id: string, period?: 'current' | 'compare'): Agg => ({
  kind: 'input',
  id,
  ...(period ? { period } : {}),
});
export const kpi = (name: string, ...args: (Agg | undefined)[]): Agg => ({ kind: 'kpi', name, args });
export const perWeek = (s: Extract<Agg, { kind: 'sum' }>): Agg => ({ kind: 'perWeek', sum: s });
export const add = (...parts: Agg[]): Agg => ({ kind: 'add', parts });
export const first = (...options: Agg[]): Agg => ({ kind: 'first', options });

export const eq = (column: string, value: string): Filter => ({ column, equals: value });
export const ne = (column: string, value: string): Filter => ({ column, notEquals: value });
export const platform = (name: string): Filter => eq('platform', name);
