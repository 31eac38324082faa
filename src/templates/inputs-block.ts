/** Cells the user types: the inputs block (this period / comparison) and the optional log table. */
import { columnLetter } from './a1';
import type { FormulaCtx } from './formulas';
import { DATE_FORMAT, FORMATS, HEADER, writeHeader } from './style';
import type { TabSpec } from './types';
import type { PlanWriter } from './writer';

export function writeInputs(out: PlanWriter, spec: TabSpec, top: number): FormulaCtx['inputs'] {
  const refs: FormulaCtx['inputs'] = {};
  if (!spec.inputs.length) return refs;
  writeHeader(out, top, ['Inputs — type your numbers', 'This period', 'Comparison period']);
  spec.inputs.forEach((input, i) => {
    const row = top + 1 + i;
    const fmt = FORMATS[input.unit];
    out.set(`A${row}`, { value: input.label, ...(input.note ? { note: input.note } : {}) });
    for (const col of ['B', 'C']) {
      out.set(`${col}${row}`, {
        value: '',
        ...(fmt ? { format: fmt } : {}),
        style: { background: '#fef7e0' },
      });
      out.input(`${col}${row}`);
    }
    refs[input.id] = { current: `$B$${row}`, compare: `$C$${row}` };
  });
  return refs;
}

export function writeLog(out: PlanWriter, spec: TabSpec, top: number, addon: boolean): FormulaCtx['log'] {
  const log = spec.log;
  if (!log) return undefined;
  out.set(`A${top}`, { value: log.title, style: { bold: true }, ...(log.note ? { note: log.note } : {}) });
  writeHeader(
    out,
    top + 1,
    log.columns.map((c) => c.label),
  );
  const firstRow = top + 2;
  const lastRow = firstRow + log.rows - 1;
  const columns: Record<string, number> = {};
  log.columns.forEach((c, i) => (columns[c.name] = i + 1));
  log.columns.forEach((c, i) => {
    const l = columnLetter(i + 1);
    if (c.sentimentOf) {
      // One scalar call per row: evaluates everywhere the add-on runs (no reliance on array spill).
      const src = columnLetter(columns[c.sentimentOf]);
      if (!addon)
        out.set(`${l}${top + 1}`, { value: c.label, style: HEADER, note: 'Needs the add-on functions.' });
      else
        for (let r = firstRow; r <= lastRow; r++)
          out.set(`${l}${r}`, { formula: `=IF(${src}${r}="","",SENTIMENT(${src}${r}))`, format: '0.00' });
      return;
    }
    const fmt = c.name === log.dateColumn ? DATE_FORMAT : FORMATS[c.unit];
    // Formats only: the cells are the user's (listed as inputs), so no value is written.
    if (fmt) for (let r = firstRow; r <= lastRow; r++) out.set(`${l}${r}`, { format: fmt });
  });
  const typed = log.columns.filter((c) => !c.sentimentOf).length;
  out.input(`A${firstRow}:${columnLetter(typed)}${lastRow}`);
  return { firstRow, lastRow, columns, ...(log.dateColumn ? { dateColumn: log.dateColumn } : {}) };
}
