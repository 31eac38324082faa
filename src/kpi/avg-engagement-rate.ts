/**
 * AVG_ENGAGEMENT_RATE: one engagement rate for a whole set of posts. Tools disagree on how to
 * average, so both are offered: "pooled" (Σ engagements ÷ Σ base — big posts weigh more; the
 * default, what LinkedIn's page totals show) and "mean" (average of each post's own rate).
 */
import type { KpiDef, KpiParam } from './types';
import { columns, finiteResult, readMethod, sameShape } from './aggregate-args';
import { blankIf, wrap } from './twin-formula';

const NAME = 'AVG_ENGAGEMENT_RATE';
const METHODS = ['pooled', 'mean'] as const;
const PARAMS: KpiParam[] = [
  {
    name: 'engagements',
    description: 'Engagement counts per post; several columns are added per row.',
    type: 'range',
    rowSum: true,
  },
  { name: 'base', description: 'Impressions, reach or followers per post (one column).', type: 'range' },
  { name: 'method', description: '"pooled" (default) or "mean".', type: 'text', optional: true },
];

export function avgEngagementRate(family: string): KpiDef {
  return {
    name: NAME,
    family,
    summary:
      'Average engagement rate over many posts: pooled (Σeng ÷ Σbase, default) or the mean of per-post rates.',
    formula: 'pooled: Σ engagements / Σ base; mean: average of engagements / base per row',
    unit: 'percent',
    params: PARAMS,
    source:
      'Pooled: LinkedIn page totals, Sprout Social; mean of post rates: Rival IQ, Hootsuite post benchmarks.',
    example: { call: '=AVG_ENGAGEMENT_RATE({20;30}, {100;400}, "mean")', result: '0.1375' },
    notes:
      'Returns one value. pooled: Σ base of 0 or all blank → blank; blank engagements count as 0. mean: rows whose base is blank or 0 are skipped (no rate); none left → blank. Negative base → error. Pooled lets big posts dominate; mean treats every post equally — say which you report. The native twin covers pooled; for a shareable per-post mean, AVERAGE a column of ENGAGEMENT_RATE twins (AVERAGE skips the blank rows).',
    compute(args) {
      const [eng, base] = columns(
        NAME,
        PARAMS,
        [
          { name: 'engagements', rowSum: true },
          { name: 'base', min: 0 },
        ],
        args,
      );
      sameShape(NAME, ['engagements', 'base'], [eng, base]);
      const method = readMethod(NAME, 'method', args[2], METHODS);
      let top = 0;
      let bottom = 0;
      let n = 0;
      for (let i = 0; i < base.values.length; i++) {
        const b = base.values[i];
        const e = eng.values[i] === eng.values[i] ? eng.values[i] : 0;
        if (method === 'pooled') {
          top += e;
          if (b === b) bottom += b;
        } else if (b === b && b !== 0) {
          top += e / b;
          n++;
        }
      }
      if (method === 'pooled') return finiteResult(NAME, bottom === 0 ? '' : top / bottom);
      return finiteResult(NAME, n === 0 ? '' : top / n);
    },
    twin(refs) {
      const [engRef, baseRef, methodRef] = refs;
      if (engRef === undefined || baseRef === undefined)
        throw new Error(`twin: ${NAME} needs engagements and base`);
      const b = wrap(baseRef);
      const pooled = blankIf([`SUM(${b})=0`], `SUM(${engRef.trim()})/SUM(${b})`);
      if (methodRef === undefined) return pooled;
      const m = wrap(methodRef);
      // A per-row mean needs array arithmetic (not portable to HyperFormula outside ARRAYFORMULA): #N/A.
      return `IF(OR(${m}="",LOWER(${m})="pooled"),${pooled},NA())`;
    },
  };
}
