/**
 * The sidebar builds KPI-tab plans and the server validates them (applyKpiTab). Every plan every
 * template builds must pass that check unchanged — nothing refused, nothing stripped or rewritten —
 * for full, partial and empty data, with native formulas and with the add-on's functions.
 */
import * as v from 'valibot';
import { ApplyKpiTabSchema } from '../../../src/model/api';
import { TABLES } from '../../../src/model/schema';
import { TEMPLATES } from '../../../src/templates';
import type { DataTabSchema } from '../../../src/templates/plan';

const tabs = (names: (keyof typeof TABLES)[], rows: number, platforms?: string[]): DataTabSchema => ({
  tabs: Object.fromEntries(
    names.map((n) => [
      TABLES[n].tab,
      { columns: TABLES[n].columns.map((c) => c.name), rows, ...(platforms ? { platforms } : {}) },
    ]),
  ),
});

const schemas: [string, DataTabSchema][] = [
  ['every data tab', tabs(['posts', 'daily', 'campaigns', 'web'], 300, ['instagram', 'linkedin', 'x'])],
  ['posts only', tabs(['posts'], 12, ['linkedin'])],
  ['no data tabs', { tabs: {} }],
];

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  '%s plans pass the server check unchanged',
  (_id, t) => {
    it.each(schemas)('with %s', (_label, schema) => {
      for (const useAddonFunctions of [false, true]) {
        const plan = t.build(schema, {
          periodStart: '2025-07-01',
          periodEnd: '2025-07-28',
          compare: 'year',
          // Targets only for KPIs the template has (others are refused).
          targets: Object.fromEntries(
            Object.entries({ CTR: 0.02, CPC: 1.5 }).filter(([k]) =>
              t.spec(schema).metrics.some((m) => m.key === k),
            ),
          ),
          useAddonFunctions,
          dataAsOf: '2025-07-30',
        });
        const parsed = v.safeParse(ApplyKpiTabSchema, { plan });
        expect(parsed.issues?.[0]).toBeUndefined();
        expect(parsed.output).toStrictEqual({ plan });
      }
    });
  },
);

describe('fill-downs in a plan the server receives', () => {
  const plan = TEMPLATES.find((t) => t.id === 'linkedin-page')!.build(
    tabs(['posts', 'daily'], 50, ['linkedin']),
    { periodStart: '2025-07-01', periodEnd: '2025-07-28', compare: 'previous' },
  );
  const issue = (fills: unknown) => {
    const parsed = v.safeParse(ApplyKpiTabSchema, { plan: { ...plan, fills } });
    return parsed.issues?.map((i) => `${v.getDotPath(i)}: ${i.message}`).join('; ');
  };

  it('are part of the plan (the top-posts helper columns)', () => {
    expect(plan.fills?.map((f) => f.range)).toEqual(['BZ2:BZ51', 'CA2:CA51']);
  });

  it('refuse a range on another tab and a formula without "="', () => {
    expect(issue([{ range: "'Data · Posts'!A2:A9", formulaR1C1: '=RC[1]' }])).toMatch(
      /plan\.fills\.0\.range: must be on the plan’s own tab/,
    );
    expect(issue([{ range: 'A2:A9', formulaR1C1: 'RC[1]' }])).toMatch(
      /plan\.fills\.0\.formulaR1C1: must start with "="/,
    );
  });
});
