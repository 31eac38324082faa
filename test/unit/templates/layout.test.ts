/**
 * What a stakeholder sees of a tab's layout: charts in their own area, never over a cell that holds
 * something, and trend buckets that follow the period's length (days, ISO weeks, months).
 */
import { TEMPLATES, getTemplate } from '../../../src/templates';
import { columnIndex } from '../../../src/templates/a1';
import type { SheetPlan, TemplateOptions } from '../../../src/templates/plan';
import { isoToSerial } from '../../../src/templates/period';
import { schemaFromTables } from '../../../src/templates/schema';
import { evaluatePlan } from './helpers/hf-tab';
import { syntheticTables } from './helpers/synthetic';

const tables = Object.values(syntheticTables());
const schema = schemaFromTables(tables);
const opts: TemplateOptions = { periodStart: '2025-06-15', periodEnd: '2025-07-12', compare: 'previous' };

/** Sheets' defaults for columns and rows the plan leaves at their default size. */
const COLUMN_PX = 100;
const ROW_PX = 21;

/** The cells a chart covers, from its anchor, its size and the tab's column widths. */
function covered(plan: SheetPlan, chart: SheetPlan['charts'][number]) {
  const m = /^([A-Z]+)(\d+)$/.exec(chart.anchor)!;
  const col0 = columnIndex(m[1]);
  const row0 = Number(m[2]);
  let col = col0;
  for (let px = 0; px < chart.width; col++)
    px += plan.columnWidths[String.fromCharCode(64 + col)] ?? COLUMN_PX;
  return { col0, col1: col - 1, row0, row1: row0 + Math.ceil(chart.height / ROW_PX) - 1 };
}

describe.each(TEMPLATES.map((t) => [t.id]))('%s', (id) => {
  const plan = getTemplate(id).build(schema, opts);

  it('puts no chart over a cell that holds a value, a formula or a format, nor over another chart', () => {
    const boxes = plan.charts.map((c) => ({ id: c.id, ...covered(plan, c) }));
    for (const c of plan.cells) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.a1)!;
      const [col, row] = [columnIndex(m[1]), Number(m[2])];
      const under = boxes.filter((b) => col >= b.col0 && col <= b.col1 && row >= b.row0 && row <= b.row1);
      expect({ cell: c.a1, under: under.map((b) => b.id) }).toEqual({ cell: c.a1, under: [] });
    }
    for (const a of boxes)
      for (const b of boxes)
        if (a !== b)
          expect({
            pair: [a.id, b.id],
            overlap: a.col0 <= b.col1 && b.col0 <= a.col1 && a.row0 <= b.row1 && b.row0 <= a.row1,
          }).toEqual({ pair: [a.id, b.id], overlap: false });
  });
});

describe('trend buckets follow the period length', () => {
  const domainOf = (plan: SheetPlan) => {
    const tab = evaluatePlan(plan, tables);
    const [from, to] = plan.charts[0].domain.split(':').map((a) => Number(a.slice(1)));
    return Array.from({ length: to - from + 1 }, (_, i) => tab.get(`A${from + i}`));
  };

  it('uses ISO weeks (Monday first) for a quarter, the first one starting on the period start', () => {
    // 2025-04-02 is a Wednesday: weeks start 04-02, then Mondays 04-07, 04-14 … up to 06-30.
    const plan = getTemplate('linkedin-page').build(schema, {
      ...opts,
      periodStart: '2025-04-02',
      periodEnd: '2025-06-30',
    });
    expect(plan.charts[0].title).toBe('Impressions by week');
    const starts = domainOf(plan).filter((v) => v !== '');
    expect(starts[0]).toBe(isoToSerial('2025-04-02'));
    expect(starts[1]).toBe(isoToSerial('2025-04-07'));
    expect(starts.at(-1)).toBe(isoToSerial('2025-06-30'));
    expect(starts).toHaveLength(14);
  });

  it('uses calendar months for a year', () => {
    const plan = getTemplate('linkedin-ads').build(schema, {
      ...opts,
      periodStart: '2025-01-01',
      periodEnd: '2025-12-31',
    });
    expect(plan.charts[0].title).toBe('Spend by month');
    const starts = domainOf(plan);
    expect(starts).toHaveLength(12);
    expect([starts[0], starts[3], starts[11]]).toEqual(
      ['2025-01-01', '2025-04-01', '2025-12-01'].map(isoToSerial),
    );
  });
});
