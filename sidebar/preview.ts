/**
 * How a canonical value will look once it lands on the data tab (the preview shows exactly that):
 * dates as dates, percents as %, counts with separators, ids and text untouched.
 */
import { columnLabel as modelLabel } from '../src/model/column-labels';
import { TABLES, type CanonicalValue, type ColumnType, type TableName } from '../src/model/schema';

export type CellKind = 'blank' | 'number' | 'date' | 'text';

export interface PreviewCell {
  text: string;
  kind: CellKind;
}

const int = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2, minimumFractionDigits: 2 });
const num = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
const pct = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 2 });

export function previewCell(v: CanonicalValue, type: ColumnType | undefined): PreviewCell {
  if (v === null || v === '') return { text: '', kind: 'blank' };
  if (typeof v === 'number') {
    switch (type) {
      case 'percent':
        return { text: pct.format(v), kind: 'number' };
      case 'currency':
        return { text: dec.format(v), kind: 'number' };
      case 'count':
        return { text: int.format(v), kind: 'number' };
      case 'id':
      case 'text':
        return { text: String(v), kind: 'text' };
      default:
        return { text: num.format(v), kind: 'number' };
    }
  }
  if (type === 'date' || type === 'datetime') {
    const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/.exec(v);
    if (m) return { text: m[2] ? `${m[1]} ${m[2]}` : m[1], kind: 'date' };
  }
  return { text: v, kind: 'text' };
}

/** Header label for a column: the model's label when it is a model column, else the raw name. */
export function columnLabel(table: TableName, column: string): string {
  return TABLES[table].columns.some((c) => c.name === column) ? modelLabel(column) : column;
}
