/**
 * Tile values computed by the tab's native formulas (HyperFormula) equal the KPI registry run
 * directly on the canonical rows (and typed inputs / log rows) of the period — and of the
 * comparison period.
 */
import { TEMPLATES } from '../../../src/templates';
import { missingFor } from '../../../src/templates/formulas';
import { comparePeriod, isoToSerial } from '../../../src/templates/period';
import type { DataTabSchema, SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import type { KpiTemplate } from '../../../src/templates/types';
import { fillTab, oracleCtx } from './helpers/fill';
import { evaluatePlan, type HfTab } from './helpers/hf-tab';
import { tileValue, type RefData, type RefWindow } from './helpers/reference';
import { emptyTables, syntheticTables } from './helpers/synthetic';

const tables = Object.values(syntheticTables());
const schema = schemaFromTables(tables);

function expectClose(actual: unknown, expected: number | string, where: string): void {
  if (typeof expected === 'string') {
    expect({ where, actual }).toEqual({ where, actual: expected });
  } else {
    expect({ where, type: typeof actual }).toEqual({ where, type: 'number' });
    expect({ where, diff: Math.abs((actual as number) - expected) <= 1e-9 }).toEqual({ where, diff: true });
  }
}

/** Checks every tile; returns how many tiles had data to compute. */
function checkTiles(
  t: KpiTemplate,
  s: DataTabSchema,
  plan: SheetPlan,
  tab: HfTab,
  data: RefData,
  opts: TemplateOptions,
): number {
  const spec = t.spec(s);
  const ctx = oracleCtx(s, spec);
  const current: RefWindow = { start: opts.periodStart, end: opts.periodEnd, period: 'current' };
  const compare: RefWindow = {
    ...comparePeriod(opts.periodStart, opts.periodEnd, opts.compare),
    period: 'compare',
  };
  let computed = 0;
  for (const m of spec.metrics) {
    const tile = plan.tiles.find((x) => x.key === m.key)!;
    if (missingFor(m.expr, ctx).length) {
      expectClose(tab.get(tile.valueA1), '', `${t.id} ${m.key} (not available)`);
      continue;
    }
    const value = tileValue(m.expr, data, ctx, current);
    expectClose(tab.get(tile.valueA1), value, `${t.id} ${m.key} value`);
    if (!m.noCompare)
      expectClose(
        tab.get(tile.compareA1),
        tileValue(m.expr, data, ctx, compare),
        `${t.id} ${m.key} comparison`,
      );
    if (value !== '') computed++;
  }
  return computed;
}

const PERIOD: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };

describe.each(TEMPLATES.map((t) => [t.id, t] as const))(
  'template %s evaluated by HyperFormula',
  (_id, template) => {
    it.each([['previous' as const], ['year' as const]])(
      'tiles equal the registry on the period rows, typed inputs and log, for the period and the %s comparison',
      (compare) => {
        const opts = { ...PERIOD, compare };
        const plan = template.build(schema, opts);
        const filled = fillTab(plan, template.spec(schema));
        const tab = evaluatePlan(plan, tables, filled.edits);
        const computed = checkTiles(
          template,
          schema,
          plan,
          tab,
          { tables: syntheticTables(), inputs: filled.inputs, log: filled.log },
          opts,
        );
        // Everything but SENTIMENT (add-on only) has data to show.
        expect(computed).toBe(plan.tiles.filter((x) => x.key !== 'SENTIMENT').length);
      },
    );

    it('follows the period cells when a stakeholder types new dates', () => {
      const plan = template.build(schema, PERIOD);
      const filled = fillTab(plan, template.spec(schema));
      const tab = evaluatePlan(plan, tables, filled.edits);
      tab.set('B5', 45780); // 2025-05-03
      tab.set('B6', 45790); // 2025-05-13
      expect(tab.get('B8')).toBe(45769);
      expect(tab.get('B9')).toBe(45779);
      tab.set('B7', 'year');
      expect(tab.get('B8')).toBe(45780 - 365);
      const moved: TemplateOptions = { periodStart: '2025-05-03', periodEnd: '2025-05-13', compare: 'year' };
      checkTiles(
        template,
        schema,
        plan,
        tab,
        { tables: syntheticTables(), inputs: filled.inputs, log: filled.log },
        moved,
      );
    });

    it('shows blanks, never errors, when the data tabs are empty and nothing is typed (Δ says why)', () => {
      const empty = emptyTables();
      const plan = template.build(schemaFromTables(empty), PERIOD);
      const tab = evaluatePlan(plan, empty);
      for (const c of plan.cells) {
        const v = tab.get(c.a1);
        expect({ cell: c.a1, error: typeof v === 'object' && v !== null }).toEqual({
          cell: c.a1,
          error: false,
        });
      }
      for (const tile of plan.tiles)
        for (const a1 of [tile.valueA1, tile.compareA1]) expect(tab.get(a1)).toBe('');
      for (const tile of plan.tiles)
        expect(String(tab.get(tile.deltaA1))).toMatch(/^(|period has 0 of 28 days)$/);
    });

    it('draws the whole 28-day period by day in each chart, with the comparison period as a second line', () => {
      const plan = template.build(schema, PERIOD);
      const filled = fillTab(plan, template.spec(schema));
      const tab = evaluatePlan(plan, tables, filled.edits);
      expect(plan.charts.length).toBeGreaterThan(0);
      const column = (range: string) => {
        const [from, to] = range.split(':');
        const col = from.replace(/\d+/g, '');
        const values = [];
        for (let r = Number(from.slice(col.length)); r <= Number(to.slice(col.length)); r++)
          values.push(tab.get(`${col}${r}`));
        return values;
      };
      for (const chart of plan.charts) {
        expect(chart.series.map((s) => s.name)).toEqual(['This period', 'Comparison period']);
        const days = column(chart.domain);
        expect(days).toHaveLength(28);
        expect([days[0], days[27]]).toEqual([isoToSerial(PERIOD.periodStart), isoToSerial(PERIOD.periodEnd)]);
        for (const s of chart.series) {
          const values = column(s.range);
          expect(values).toHaveLength(28);
          expect(values.filter((v) => typeof v === 'number').length).toBeGreaterThan(0);
        }
      }
    });
  },
);
