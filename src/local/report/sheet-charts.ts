/**
 * What a sheet draws, as .xlsx chart parts: its charts (as the applier inserted them, so user charts
 * too) and a cell-sized line chart for each Google-only `=SPARKLINE(range)` cell, the trend
 * substitute that Excel and LibreOffice both draw.
 */
import { columnToLetters, parseA1, quoteSheet } from '../emulator/a1';
import type { ChartData, SheetData } from '../emulator/model';
import { sparklineRange, sparklineType } from './excel-formulas';
import type { ChartPart, ChartSeriesPart } from './xlsx-charts';

/** A range as an absolute, sheet-qualified chart reference (`'KPI tab'!$C$40:$C$52`). */
export function chartRef(range: string, ownSheet: string): string {
  const p = parseA1(range);
  if (p.endRow === undefined && p.endCol !== undefined && range.includes(':'))
    throw new Error(`xlsx chart: open-ended range ${range} cannot be charted.`);
  const a = `$${columnToLetters(p.col)}$${p.row}`;
  const end =
    p.endRow !== undefined && p.endCol !== undefined && (p.endRow !== p.row || p.endCol !== p.col)
      ? `:$${columnToLetters(p.endCol)}$${p.endRow}`
      : '';
  return `${quoteSheet(p.sheet ?? ownSheet)}!${a}${end}`;
}

type SeriesOption = { type?: string; labelInLegend?: string; targetAxisIndex?: number };

/** The number format of a range's first cell when it is on sheet `s`. */
function formatOf(range: string | undefined, s: SheetData): string | undefined {
  if (!range) return undefined;
  const p = parseA1(range);
  return p.sheet === undefined || p.sheet === s.name ? s.formats.get(p.row, p.col) : undefined;
}

/** One Sheets chart (domain first, then one range per series; options as EmbeddedChartBuilder sets them). */
export function chartPartOf(c: ChartData, s: SheetData): ChartPart {
  const sheet = s.name;
  const [domain, ...values] = c.ranges;
  const opts = c.options;
  const perSeries = (opts.series ?? {}) as Record<number, SeriesOption | undefined>;
  const type = c.type.toLowerCase() === 'line' ? 'line' : 'column';
  const series = values.map((range, i): ChartSeriesPart => {
    const o = perSeries[i] ?? {};
    const own = o.type === 'line' ? 'line' : o.type === 'bars' || o.type === 'columns' ? 'column' : undefined;
    return {
      values: chartRef(range, sheet),
      ...(o.labelInLegend ? { name: o.labelInLegend } : {}),
      ...(own ? { type: own } : {}),
      ...(o.targetAxisIndex === 1 ? { axis: 'right' as const } : {}),
    };
  });
  const num = (v: unknown, d: number) => (typeof v === 'number' && v > 0 ? v : d);
  const categoryFormat = formatOf(domain, s);
  const valueFormat = formatOf(values[0], s);
  return {
    type,
    title: typeof opts.title === 'string' ? opts.title : '',
    ...(domain ? { categories: chartRef(domain, sheet) } : {}),
    ...(categoryFormat ? { categoryFormat } : {}),
    ...(valueFormat ? { valueFormat } : {}),
    series,
    from: { col: c.anchorCol, row: c.anchorRow, dx: c.offsetX, dy: c.offsetY },
    // A chart without width/height options (the user's own) gets the plan charts' usual size.
    width: num(opts.width, 480),
    height: num(opts.height, 300),
  };
}

/** Every chart a sheet needs in the .xlsx; `size(row, col)` gives a cell's size in pixels. */
export function sheetCharts(
  s: SheetData,
  size: (row: number, col: number) => { width: number; height: number },
): ChartPart[] {
  const out = s.charts.map((c) => chartPartOf(c, s));
  s.formulas.rows.forEach((cells, i) =>
    cells?.forEach((formula, j) => {
      const range = formula ? sparklineRange(formula) : undefined;
      if (formula && range) out.push(sparkline(range, sparklineType(formula), i + 1, j + 1));
    }),
  );
  return out;

  function sparkline(range: string, type: 'line' | 'column', row: number, col: number): ChartPart {
    const cell = size(row, col);
    return {
      type,
      title: `Trend ${columnToLetters(col)}${row}`,
      series: [{ values: chartRef(range, s.name) }],
      from: { col, row, dx: 2, dy: 2 },
      width: Math.max(8, cell.width - 4),
      height: Math.max(8, cell.height - 4),
      mini: true,
    };
  }
}
