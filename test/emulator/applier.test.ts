/** The SheetPlan applier: batched calls, clean regeneration that keeps the user's inputs, rules and charts. */
import { applyPlan } from '../../src/gas/applier';
import { writeTable } from '../../src/gas/writer';
import { TABLES, type CanonicalValue } from '../../src/model/schema';
import { getTemplate, TEMPLATES } from '../../src/templates';
import type { DataTabSchema, SheetPlan } from '../../src/templates/plan';
import { freshSpreadsheet, sheetOf } from './support';

const DAILY = TABLES.daily.columns.map((c) => c.name);
const POSTS = TABLES.posts.columns.map((c) => c.name);

function dailyRows(n: number): CanonicalValue[][] {
  return Array.from({ length: n }, (_, i) => {
    const day = new Date(Date.UTC(2025, 0, 1) + i * 86400000).toISOString().slice(0, 10);
    const rec: Record<string, CanonicalValue> = {
      platform: 'linkedin',
      account: 'acme',
      date: day,
      impressions: 100 + i,
      clicks: i % 7,
    };
    return DAILY.map((c) => rec[c] ?? null);
  });
}

function schema(rows: number): DataTabSchema {
  return {
    tabs: {
      [TABLES.daily.tab]: { columns: DAILY, rows },
      [TABLES.posts.tab]: { columns: POSTS, rows },
    },
  };
}

const plan = (rows = 10, start = '2025-03-01', end = '2025-03-28'): SheetPlan =>
  getTemplate('linkedin-page').build(schema(rows), {
    periodStart: start,
    periodEnd: end,
    compare: 'previous',
  });

describe('applyPlan', () => {
  it('applies a plan in the same number of calls whatever the size of the data behind it', () => {
    const callsWith = (rows: number) => {
      const ss = freshSpreadsheet();
      writeTable(ss.asGas(), { table: 'daily', columns: DAILY, rows: dailyRows(rows) });
      ss.resetCalls();
      applyPlan(ss.asGas(), plan(rows));
      return ss.calls();
    };
    const small = callsWith(3000);
    expect(callsWith(6000)).toEqual(small);
    // Batched: one write per attribute, never one per cell.
    expect(small['Range.setValues']).toBe(1);
    expect(small['Range.setNumberFormats']).toBe(1);
    expect(small['Range.setValue'] ?? 0).toBe(0);
  });

  it('applies every template, named ranges included, in at most 41 Spreadsheet-service calls at any data size', () => {
    for (const t of TEMPLATES) {
      const counts = [1000, 100_000].map((rows) => {
        const ss = freshSpreadsheet();
        const p = t.build(schema(rows), {
          periodStart: '2025-03-01',
          periodEnd: '2025-03-28',
          compare: 'previous',
        });
        ss.resetCalls();
        applyPlan(ss.asGas(), p);
        expect(ss.calls()['Spreadsheet.setNamedRange']).toBe(p.namedRanges.length);
        return ss.spreadsheetCalls();
      });
      expect(counts[1]).toBe(counts[0]);
      // 40 until the period cells' data validation (issue 12) added one setDataValidations call.
      expect(counts[0]).toBeLessThanOrEqual(41);
    }
  });

  it('writes bold, italic, size and colour with one setTextStyles and no per-attribute font calls', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    ss.resetCalls();
    applyPlan(ss.asGas(), p);
    const calls = ss.calls();
    expect(calls['Range.setTextStyles']).toBe(1);
    for (const m of ['setFontWeights', 'setFontSizes', 'setFontColors', 'setFontStyles'])
      expect(calls[`Range.${m}`]).toBeUndefined();
    const sheet = sheetOf(ss, p.title);
    for (const c of p.cells.filter((x) => x.style?.bold || x.style?.italic || x.style?.fontSize)) {
      const t = sheet.getRange(c.a1).getTextStyle();
      expect(t.isBold()).toBe(c.style?.bold === true);
      expect(t.isItalic()).toBe(c.style?.italic === true);
      expect(t.getFontSize()).toBe(c.style?.fontSize ?? 10);
      expect(t.getForegroundColor()).toBe(c.style?.fontColor ?? '#000000');
    }
  });

  it('recognises its own sheet protection from the applied record: regenerating leaves exactly one', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    ss.resetCalls();
    applyPlan(ss.asGas(), p);
    expect(ss.calls()['Protection.getDescription']).toBeUndefined();
    expect(ss.calls()['Protection.setDescription']).toBeUndefined();
    const prots = sheetOf(ss, p.title).getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(prots).toHaveLength(1);
    expect(prots[0].isWarningOnly()).toBe(true);
  });

  it('writes formulas as formulas, literal text as text, named ranges, charts and a warning-only protection', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    const sheet = sheetOf(ss, p.title);
    const grid = ss.toGrid(p.title);
    for (const c of p.cells) {
      const { row, col } = {
        row: Number(/\d+/.exec(c.a1)![0]),
        col: grid.columnLetters.indexOf(/[A-Z]+/.exec(c.a1)![0]) + 1,
      };
      if (c.formula) expect(grid.formulas[row - 1][col - 1]).toBe(c.formula);
      else expect(grid.formulas[row - 1][col - 1]).toBe('');
      if (typeof c.value === 'string' && c.value !== '') expect(grid.values[row - 1][col - 1]).toBe(c.value);
    }
    for (const n of p.namedRanges)
      expect(ss.asGas().getRangeByName(n.name)?.getA1Notation()).toBe(n.a1.replace(/^([A-Z]+\d+):\1$/, '$1'));
    expect(sheet.getCharts()).toHaveLength(p.charts.length);
    expect(sheet.getFrozenRows()).toBe(p.frozenRows);
    const [prot] = sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
    expect(prot.isWarningOnly()).toBe(true);
    expect(prot.getUnprotectedRanges().map((r) => r.getA1Notation())).toEqual(p.inputs);
    expect(sheet.getConditionalFormatRules()).toHaveLength(p.conditionalRules.length);
  });

  it('regenerating keeps the inputs the user edited and refreshes the ones they did not', () => {
    const ss = freshSpreadsheet();
    const first = plan();
    applyPlan(ss.asGas(), first);
    const sheet = sheetOf(ss, first.title);
    const target = first.tiles[0].targetA1;
    sheet.getRange(target).setValue(5000);
    // The period cells were not touched: a regenerate with a new period moves them.
    const second = plan(10, '2025-04-01', '2025-04-28');
    const res = applyPlan(ss.asGas(), second);
    expect(res.keptInputs).toEqual([target]);
    expect(sheet.getRange(target).getValue()).toBe(5000);
    const start = ss.asGas().getRangeByName('LINKEDIN_PAGE_PERIOD_START')!.getValue() as Date;
    expect(start.toISOString().slice(0, 10)).toBe('2025-04-01');
  });

  it("regenerating drops only the rules and charts it created and keeps the user's own", () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    const sheet = sheetOf(ss, p.title);
    const mine = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied('=$B$12>1000000')
      .setBackground('#00ff00')
      .setRanges([sheet.getRange('B12')])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), mine]);
    sheet.insertChart(
      sheet
        .newChart()
        .asColumnChart()
        .addRange(sheet.getRange('A12:B20'))
        .setPosition(60, 1, 0, 0)
        .setOption('title', 'My own chart')
        .build(),
    );
    applyPlan(ss.asGas(), p);
    applyPlan(ss.asGas(), p);
    const rules = sheet.getConditionalFormatRules();
    expect(rules).toHaveLength(p.conditionalRules.length + 1);
    expect(
      rules.filter((r) => r.getBooleanCondition()?.getCriteriaValues()[0] === '=$B$12>1000000'),
    ).toHaveLength(1);
    const titles = sheet.getCharts().map((c) => c.getOptions().get('title'));
    expect(titles.filter((t) => t === 'My own chart')).toHaveLength(1);
    expect(titles).toHaveLength(p.charts.length + 1);
  });

  it('leaves no stale cells behind when the new plan is smaller', () => {
    const ss = freshSpreadsheet();
    const p = plan();
    applyPlan(ss.asGas(), p);
    const sheet = sheetOf(ss, p.title);
    sheet.getRange('Z200').setValue('stale');
    applyPlan(ss.asGas(), { ...p, cells: p.cells.slice(0, 5) });
    expect(sheet.getRange('Z200').getValue()).toBe('');
    expect(ss.toGrid(p.title).lastRow).toBeLessThanOrEqual(
      Math.max(
        ...p.cells.slice(0, 5).map((c) => Number(/\d+/.exec(c.a1)![0])),
        ...p.inputs.map((a) => Number(/\d+/.exec(a)![0])),
      ),
    );
  });
});
