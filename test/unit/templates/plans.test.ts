/**
 * Structural rules every generated KPI tab obeys, for every template, with full and with empty
 * data tabs: serializable, named tiles, references only to tabs that exist, portable formulas
 * (Google-only functions only in cells marked googleOnly, with a portable substitute), and
 * targets/period cells listed as user inputs.
 */
import { HyperFormula } from 'hyperformula';
import { TABLES } from '../../../src/model/schema';
import { TEMPLATES, getTemplate } from '../../../src/templates';
import { namePrefix } from '../../../src/templates/names';
import type { DataTabSchema, SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { cellsWithFills } from '../../../src/templates/plan-fills';

const fullSchema: DataTabSchema = {
  tabs: Object.fromEntries(
    Object.values(TABLES).map((t) => [
      t.tab,
      { columns: t.columns.map((c) => c.name), rows: 40, platforms: ['instagram', 'linkedin'] },
    ]),
  ),
};
const noData: DataTabSchema = { tabs: {} };
const options: TemplateOptions = {
  periodStart: '2025-07-01',
  periodEnd: '2025-07-28',
  compare: 'previous',
  targets: { CTR: 0.02 },
};

/** Functions that Google Sheets, Excel, LibreOffice 7.4 and HyperFormula all evaluate. */
const PORTABLE = new Set(
  'SUMIFS COUNTIFS MAXIFS MINIFS INDEX MATCH LARGE SMALL IFERROR N EOMONTH EDATE ISOWEEKNUM IF OR AND NOT ISNUMBER ISBLANK ABS MAX MIN SUM INT ROW DATE AVERAGE COUNT COUNTA ROUND SUMPRODUCT SEARCH WEEKDAY SUBSTITUTE TEXT'.split(
    ' ',
  ),
);
const GOOGLE_ONLY = [
  'SPARKLINE',
  'SORTN',
  'QUERY',
  'FILTER',
  'SORT',
  'XLOOKUP',
  'LET',
  'ARRAYFORMULA',
  'UNIQUE',
];

function functionsIn(formula: string): string[] {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, 'S!');
  return [...noStrings.matchAll(/([A-Z][A-Z0-9_.]*)\(/g)].map((m) => m[1]);
}

function sheetsIn(formula: string): string[] {
  const noStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return [...noStrings.matchAll(/'((?:[^']|'')*)'!/g)].map((m) => m[1].replace(/''/g, "'"));
}

const cases: [string, DataTabSchema][] = [
  ['all data tabs', fullSchema],
  ['no data tabs', noData],
];

describe.each(TEMPLATES.map((t) => [t.id]))('template %s', (id) => {
  describe.each(cases)('with %s', (_label, schema) => {
    let plan: SheetPlan;
    beforeAll(() => {
      // A target only for a KPI the template has (unknown names are refused).
      const hasCtr = getTemplate(id)
        .spec(schema)
        .metrics.some((m) => m.key === 'CTR');
      plan = getTemplate(id).build(schema, hasCtr ? options : { ...options, targets: {} });
    });

    it('is plain JSON (survives a round trip unchanged)', () => {
      expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
    });

    it('names every tile value cell <PREFIX>_KPI_<key> and the period cells, with the tab prefix', () => {
      const names = new Map(plan.namedRanges.map((n) => [n.name, n.a1]));
      const prefix = namePrefix(id);
      expect(prefix).toMatch(/^[A-Z][A-Z0-9_]*[A-Z0-9]$/);
      expect(plan.tiles.length).toBeGreaterThan(0);
      for (const tile of plan.tiles) expect(names.get(`${prefix}_KPI_${tile.key}`)).toBe(tile.valueA1);
      for (const n of ['PERIOD_START', 'PERIOD_END', 'COMPARE_START', 'COMPARE_END'])
        expect(names.has(`${prefix}_${n}`)).toBe(true);
      expect(new Set(plan.namedRanges.map((n) => n.name)).size).toBe(plan.namedRanges.length);
    });

    it('references only data tabs that exist', () => {
      const tabs = new Set(Object.keys(schema.tabs));
      for (const c of cellsWithFills(plan)) {
        for (const f of [c.formula, c.portable?.formula])
          if (f) for (const s of sheetsIn(f)) expect(tabs.has(s)).toBe(true);
      }
      for (const ch of plan.charts)
        for (const r of [ch.domain, ...ch.series.map((s) => s.range)])
          for (const s of sheetsIn(r)) expect(tabs.has(s)).toBe(true);
    });

    it('uses only portable functions outside googleOnly cells, and gives those a portable substitute', () => {
      const hfFunctions = new Set(HyperFormula.getRegisteredFunctionNames('enGB'));
      for (const c of cellsWithFills(plan)) {
        if (!c.formula) continue;
        const fns = functionsIn(c.formula);
        if (c.googleOnly) {
          expect(fns.some((f) => GOOGLE_ONLY.includes(f))).toBe(true);
          expect(c.portable).toBeDefined();
          continue;
        }
        for (const f of fns) {
          expect({ cell: c.a1, fn: f, portable: PORTABLE.has(f) && hfFunctions.has(f) }).toEqual({
            cell: c.a1,
            fn: f,
            portable: true,
          });
        }
      }
    });

    it('lists period cells and every numeric tile target as user inputs, with the given target value', () => {
      for (const a1 of ['B5', 'B6', 'B7']) expect(plan.inputs).toContain(a1);
      for (const t of plan.tiles) if (t.unit !== 'text') expect(plan.inputs).toContain(t.targetA1);
      const ctr = plan.tiles.find((t) => t.key === 'CTR');
      if (ctr) expect(plan.cells.find((c) => c.a1 === ctr.targetA1)?.value).toBe(0.02);
    });

    it('writes each cell once (fill-downs included) and keeps every cell, rule and chart inside the declared size', () => {
      const a1s = cellsWithFills(plan).map((c) => c.a1);
      expect(new Set(a1s).size).toBe(a1s.length);
      const colIdx = (l: string) => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
      for (const a1 of a1s) {
        const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
        expect(Number(m[2])).toBeLessThanOrEqual(plan.rowCount);
        expect(colIdx(m[1])).toBeLessThanOrEqual(plan.columnCount);
      }
    });

    it('colours deltas by direction and marks targets met/missed with conditional rules', () => {
      const numeric = plan.tiles.filter((t) => t.unit !== 'text');
      for (const t of numeric) {
        expect(
          plan.conditionalRules.some((r) => r.range === t.valueA1 && r.formula.includes(t.targetA1)),
        ).toBe(true);
      }
    });

    it('protects formula cells with warnings only', () => {
      expect(plan.protections.length).toBeGreaterThan(0);
      for (const p of plan.protections) expect(p.warningOnly).toBe(true);
    });
  });
});

describe.each(TEMPLATES.map((t) => [t.id]))('template %s plan size', (id) => {
  const withRows = (rows: number): DataTabSchema => ({
    tabs: Object.fromEntries(Object.entries(fullSchema.tabs).map(([tab, t]) => [tab, { ...t, rows }])),
  });
  const build = (rows: number) => getTemplate(id).build(withRows(rows), { ...options, targets: {} });

  it('does not grow with the data: per-row helpers are fill-downs, not one cell per row', () => {
    const small = build(1000);
    const large = build(100_000);
    const entries = (p: SheetPlan) => p.cells.length + (p.fills?.length ?? 0);
    expect(entries(large)).toBeLessThanOrEqual(entries(small) * 1.5);
    expect(JSON.stringify(large).length).toBeLessThanOrEqual(JSON.stringify(small).length * 1.5);
    // The fills still reach every data row.
    for (const f of large.fills ?? []) expect(f.range).toMatch(/\d:[A-Z]+100001$/);
  });
});

describe('getTemplate', () => {
  it('lists the valid ids when asked for an unknown one', () => {
    expect(() => getTemplate('nope')).toThrow(/Unknown template "nope". Choose one of: linkedin-page/);
  });
});
