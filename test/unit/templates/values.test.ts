/**
 * Tile values computed by the tab's native formulas (HyperFormula) equal the KPI registry run
 * directly on the canonical rows of the period — and of the comparison period.
 */
import { TEMPLATES } from '../../../src/templates';
import { missingFor, type FormulaCtx } from '../../../src/templates/formulas';
import { comparePeriod } from '../../../src/templates/period';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan, type HfTab } from './helpers/hf-tab';
import { tileValue, type RefData, type RefWindow } from './helpers/reference';
import { emptyTables, syntheticTables } from './helpers/synthetic';

const tables = Object.values(syntheticTables());
const schema = schemaFromTables(tables);
const data: RefData = { tables: syntheticTables() };

function expectClose(actual: unknown, expected: number | string, where: string): void {
  if (expected === '') {
    expect({ where, actual }).toEqual({ where, actual: '' });
  } else {
    expect({ where, type: typeof actual }).toEqual({ where, type: 'number' });
    expect({ where, diff: Math.abs((actual as number) - (expected as number)) <= 1e-9 }).toEqual({
      where,
      diff: true,
    });
  }
}

function checkTiles(plan: SheetPlan, tab: HfTab, id: string, opts: TemplateOptions): void {
  const t = TEMPLATES.find((x) => x.id === id)!;
  const ctx: FormulaCtx = { schema, addon: false, inputs: {} };
  const current: RefWindow = { start: opts.periodStart, end: opts.periodEnd, period: 'current' };
  const cmp = comparePeriod(opts.periodStart, opts.periodEnd, opts.compare);
  const compare: RefWindow = { ...cmp, period: 'compare' };
  for (const m of t.spec(schema).metrics) {
    const tile = plan.tiles.find((x) => x.key === m.key)!;
    const inputsCtx = {
      ...ctx,
      inputs: Object.fromEntries(t.spec(schema).inputs.map((i) => [i.id, { current: '', compare: '' }])),
    };
    if (missingFor(m.expr, inputsCtx).length) {
      expectClose(tab.get(tile.valueA1), '', `${id} ${m.key} (not available)`);
      continue;
    }
    expectClose(tab.get(tile.valueA1), tileValue(m.expr, data, inputsCtx, current), `${id} ${m.key} value`);
    if (!m.noCompare)
      expectClose(
        tab.get(tile.compareA1),
        tileValue(m.expr, data, inputsCtx, compare),
        `${id} ${m.key} comparison`,
      );
  }
}

describe.each(TEMPLATES.map((t) => [t.id]))('template %s evaluated by HyperFormula', (id) => {
  const template = TEMPLATES.find((t) => t.id === id)!;

  it.each([['previous' as const], ['year' as const]])(
    'tiles equal the registry on the rows of the period and the %s comparison',
    (compare) => {
      const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare };
      const plan = template.build(schema, opts);
      const tab = evaluatePlan(plan, tables);
      checkTiles(plan, tab, id, opts);
    },
  );

  it('follows the period cells when a stakeholder types new dates', () => {
    const plan = template.build(schema, {
      periodStart: '2025-06-15',
      periodEnd: '2025-07-12',
      compare: 'previous',
    });
    const tab = evaluatePlan(plan, tables);
    tab.set('B5', 45780); // 2025-05-03
    tab.set('B6', 45790); // 2025-05-13
    expect(tab.get('B8')).toBe(45769);
    expect(tab.get('B9')).toBe(45779);
    checkTiles(plan, tab, id, { periodStart: '2025-05-03', periodEnd: '2025-05-13', compare: 'previous' });
  });

  it('shows blanks, never errors, when the data tabs are empty', () => {
    const plan = template.build(schemaFromTables(emptyTables()), {
      periodStart: '2025-06-15',
      periodEnd: '2025-07-12',
      compare: 'previous',
    });
    const tab = evaluatePlan(plan, emptyTables());
    for (const c of plan.cells) {
      const v = tab.get(c.a1);
      expect({ cell: c.a1, error: typeof v === 'object' && v !== null }).toEqual({
        cell: c.a1,
        error: false,
      });
    }
    for (const tile of plan.tiles)
      for (const a1 of [tile.valueA1, tile.compareA1, tile.deltaA1]) expect(tab.get(a1)).toBe('');
  });
});
