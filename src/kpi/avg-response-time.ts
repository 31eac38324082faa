/**
 * AVG_RESPONSE_TIME: how long replies take, in minutes, from a log of received / replied
 * date-times. Unanswered rows (blank reply) are skipped, not counted as 0 or as "forever".
 */
import { positionLabel } from '../cells';
import type { KpiDef, KpiParam } from './types';
import { columns, finiteResult, readMethod, sameShape } from './aggregate-args';
import { blankIf, wrap } from './twin-formula';

const NAME = 'AVG_RESPONSE_TIME';
const METHODS = ['mean', 'median'] as const;
const MINUTES_PER_DAY = 1440;
const PARAMS: KpiParam[] = [
  { name: 'received_at', description: 'Date-time each message or comment arrived.', type: 'date' },
  { name: 'replied_at', description: 'Date-time it was answered (blank = unanswered).', type: 'date' },
  { name: 'method', description: '"mean" (default) or "median".', type: 'text', optional: true },
];

export function avgResponseTime(family: string): KpiDef {
  return {
    name: NAME,
    family,
    summary: 'Average time to reply, in minutes (mean, or median), skipping unanswered messages.',
    formula: 'mean (or median) of replied_at − received_at over answered rows, in minutes',
    unit: 'minutes',
    params: PARAMS,
    source:
      'Sprout Social / Hootsuite "average response time"; median offered because a few slow replies skew the mean.',
    example: {
      call: '=AVG_RESPONSE_TIME({45355.5;45355.75}, {45355.5625;45355.875})',
      result: '135',
    },
    notes:
      'Returns one value. Rows with a blank received_at or replied_at are skipped (unanswered); none left → blank. A reply before its message → error. Dates may be date cells, serial numbers or ISO text ("2024-03-04 09:30"). The native twin covers "mean" only; with "median" it returns #N/A (portable spreadsheets lack a non-array conditional median).',
    compute(args) {
      const [rec, rep] = columns(
        NAME,
        PARAMS,
        [
          { name: 'received_at', date: true },
          { name: 'replied_at', date: true },
        ],
        args,
      );
      sameShape(NAME, ['received_at', 'replied_at'], [rec, rep]);
      const method = readMethod(NAME, 'method', args[2], METHODS);
      const diffs: number[] = [];
      // Σ replied − Σ received (not Σ of differences): the same arithmetic as the SUMIFS twin, so both agree exactly.
      let sumRec = 0;
      let sumRep = 0;
      for (let i = 0; i < rec.values.length; i++) {
        const a = rec.values[i];
        const b = rep.values[i];
        if (a !== a || b !== b) continue;
        if (b < a) {
          const at = positionLabel(rec.rows, rec.cols, Math.floor(i / rec.cols), i % rec.cols).trim();
          throw new Error(
            `${NAME}: ${at ? at + ': ' : ''}replied_at is before received_at — check the two columns are not swapped`,
          );
        }
        sumRec += a;
        sumRep += b;
        diffs.push(b - a);
      }
      if (diffs.length === 0) return '';
      if (method === 'mean') return finiteResult(NAME, ((sumRep - sumRec) / diffs.length) * MINUTES_PER_DAY);
      diffs.sort((x, y) => x - y);
      const mid = diffs.length >> 1;
      const median = diffs.length % 2 ? diffs[mid] : (diffs[mid - 1] + diffs[mid]) / 2;
      return finiteResult(NAME, median * MINUTES_PER_DAY);
    },
    twin(refs) {
      const [recRef, repRef, methodRef] = refs;
      if (recRef === undefined || repRef === undefined)
        throw new Error(`twin: ${NAME} needs received_at and replied_at`);
      const a = wrap(recRef);
      const b = wrap(repRef);
      // Plain SUMIFS/COUNTIFS ("<>" = not blank): no array arithmetic, which HyperFormula only does in ARRAYFORMULA.
      const both = `${a},"<>",${b},"<>"`;
      const n = `COUNTIFS(${both})`;
      const mean = blankIf([`${n}=0`], `(SUMIFS(${b},${both})-SUMIFS(${a},${both}))/${n}*${MINUTES_PER_DAY}`);
      if (methodRef === undefined) return mean;
      const m = wrap(methodRef);
      return `IF(OR(${m}="",LOWER(${m})="mean"),${mean},NA())`;
    },
  };
}
