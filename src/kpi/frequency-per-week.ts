/**
 * FREQUENCY_PER_WEEK: how often something happens, from a dated log (messages sent, calls,
 * off-LinkedIn conversations). Whole days: the window runs from start's day to end's day
 * inclusive, so 14 calendar days = 2 weeks.
 */
import { isSingle, numericColumn } from '../cells';
import type { KpiDef, KpiParam } from './types';
import { columns } from './aggregate-args';
import { blankIf, wrap } from './twin-formula';

const NAME = 'FREQUENCY_PER_WEEK';
const PARAMS: KpiParam[] = [
  { name: 'dates', description: 'Date (or date-time) of each event; blanks are ignored.', type: 'date' },
  {
    name: 'start',
    description: 'First day of the window (default: earliest date).',
    type: 'date',
    optional: true,
  },
  {
    name: 'end',
    description: 'Last day of the window, inclusive (default: latest date).',
    type: 'date',
    optional: true,
  },
];

function bound(arg: unknown, name: string): number {
  if (arg === undefined) return NaN;
  const col = numericColumn(NAME, { name, date: true }, arg as never);
  if (!isSingle(col)) throw new Error(`${NAME}: ${name} is ${col.label} — expected a single date`);
  return col.values[0];
}

export function frequencyPerWeek(family: string): KpiDef {
  return {
    name: NAME,
    family,
    summary: 'Events per week in a date window, from a column of event dates.',
    formula: 'events in [start, end] / ((end − start + 1 days) / 7)',
    unit: 'per_week',
    params: PARAMS,
    source:
      'Seed list: messages/calls per week and off-LinkedIn conversations, counted from a dated activity log.',
    example: { call: '=FREQUENCY_PER_WEEK({45355;45357;45362}, 45355, 45368)', result: '1.5' },
    notes:
      'Returns one value. start and end are whole days (times are dropped); blank or omitted → earliest / latest date in the log. Events outside the window are not counted. No dates at all → blank; end before start → error. Dates may be date cells, serial numbers or ISO text.',
    compute(args) {
      const [dates] = columns(NAME, PARAMS, [{ name: 'dates', date: true }], args);
      let lo = Infinity;
      let hi = -Infinity;
      let any = false;
      for (const d of dates.values) {
        if (d !== d) continue;
        any = true;
        if (d < lo) lo = d;
        if (d > hi) hi = d;
      }
      if (!any) return '';
      const s0 = bound(args[1], 'start');
      const e0 = bound(args[2], 'end');
      const s = Math.floor(s0 === s0 ? s0 : lo);
      const e = Math.floor(e0 === e0 ? e0 : hi);
      if (e < s) throw new Error(`${NAME}: end (${e}) is before start (${s}) — the window is empty`);
      let events = 0;
      for (const d of dates.values) if (d >= s && d < e + 1) events++;
      return events / ((e - s + 1) / 7);
    },
    twin(refs) {
      const [datesRef, startRef, endRef] = refs;
      if (datesRef === undefined) throw new Error(`twin: ${NAME} needs dates`);
      const d = wrap(datesRef);
      const day = (ref: string | undefined, dflt: string) =>
        ref === undefined ? `INT(${dflt}(${d}))` : `INT(IF(${wrap(ref)}="",${dflt}(${d}),${wrap(ref)}))`;
      const s = day(startRef, 'MIN');
      const e = day(endRef, 'MAX');
      return blankIf([`COUNT(${d})=0`], `COUNTIFS(${d},">="&${s},${d},"<"&(${e}+1))/((${e}-${s}+1)/7)`);
    },
  };
}
