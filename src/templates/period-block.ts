/** The period block (start, end, compare mode, comparison dates) and the "data as of" line. */
import { TABLES } from '../model/schema';
import { columnLetter, quoteSheet } from './a1';
import { tablesOf } from './describe';
import { DATE_COLUMN, type FormulaCtx } from './formulas';
import { isoToSerial } from './period';
import type { TemplateOptions } from './plan';
import { DATE_FORMAT } from './style';
import type { TabSpec } from './types';
import type { PlanWriter } from './writer';

export function writePeriod(out: PlanWriter, options: TemplateOptions): void {
  out.set('A4', { value: 'Reporting period', style: { bold: true } });
  out.set('A5', { value: 'Period start' });
  out.set('B5', {
    value: isoToSerial(options.periodStart),
    format: DATE_FORMAT,
    note: 'Type a date; every KPI follows.',
  });
  out.set('A6', { value: 'Period end' });
  out.set('B6', { value: isoToSerial(options.periodEnd), format: DATE_FORMAT, note: 'Last day included.' });
  out.set('A7', { value: 'Compare with' });
  out.set('B7', {
    value: options.compare,
    note: 'Type "previous" (the same number of days just before) or "year" (same dates last year).',
  });
  // The comparison in words (the summary sentences end with it); flags a mode B8:B9 would misread.
  out.set('C7', {
    formula:
      '=IF($B$7="year","the same days last year",IF($B$7="previous","the previous "&($B$6-$B$5+1)&" days","⚠ type previous or year"))',
  });
  out.set('A8', { value: 'Comparison start' });
  out.set('B8', { formula: '=IF($B$7="year",EDATE($B$5,-12),$B$5-($B$6-$B$5+1))', format: DATE_FORMAT });
  out.set('A9', { value: 'Comparison end' });
  out.set('B9', { formula: '=IF($B$7="year",EDATE($B$6,-12),$B$5-1)', format: DATE_FORMAT });
  out.set('A10', { value: 'Show changes when data covers' });
  out.set('B10', {
    value: 0.9,
    format: '0%',
    note: 'Else Δ says how many days the data has.',
  });
  out.set('C10', { value: 'of the days of both periods', style: { italic: true } });
  for (const a1 of ['B5', 'B6', 'B7', 'B10']) out.input(a1);
  out.name('PERIOD_START', 'B5');
  out.name('PERIOD_END', 'B6');
  // B7 (compare mode) is an input but not a named range: the names people reference are the dates.
  out.name('COMPARE_START', 'B8');
  out.name('COMPARE_END', 'B9');
  out.protect('B8:B9', 'Computed from the period and "Compare with"');
}

export function writeDataAsOf(
  out: PlanWriter,
  spec: TabSpec,
  ctx: FormulaCtx,
  options: TemplateOptions,
): void {
  out.set('A2', { value: 'Data as of', style: { italic: true } });
  const tables = [...new Set(spec.metrics.flatMap((m) => tablesOf(m.expr)))].filter((t) =>
    ctx.schema.tabs[TABLES[t].tab]?.columns.includes(DATE_COLUMN[t]),
  );
  const ranges = tables.map((t) => {
    const l = columnLetter(ctx.schema.tabs[TABLES[t].tab].columns.indexOf(DATE_COLUMN[t]) + 1);
    return `${quoteSheet(TABLES[t].tab)}!$${l}:$${l}`;
  });
  if (ranges.length) {
    const max = `MAX(${ranges.join(',')})`;
    out.set('B2', {
      // IFERROR: an engine that refuses MAX over a header-only column still shows a blank.
      formula: `=IFERROR(IF(${max}=0,"",INT(${max})),"")`,
      format: DATE_FORMAT,
      note: 'Latest date in the data tabs.',
    });
  } else if (options.dataAsOf) {
    out.set('B2', { value: isoToSerial(options.dataAsOf), format: DATE_FORMAT });
  } else {
    out.set('B2', { value: '' });
  }
}
