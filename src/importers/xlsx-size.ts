/**
 * How large an XLSX's sheets say they are, read before the workbook is parsed: each worksheet's
 * `<dimension ref="A1:T5000"/>` (ECMA-376 Part 1 §18.3.1.35, written by Excel, LibreOffice,
 * exceljs and SheetJS near the top of the part), named as the user sees the sheet via
 * xl/workbook.xml and its relationships. A sheet without the element is bounded by the inflate budget.
 */
import { strFromU8 } from 'fflate';
import { columnIndex } from '../cells/a1';

export interface SheetSize {
  sheet: string;
  rows: number;
  columns: number;
}

/** `parts`: ZIP member name → its bytes (worksheets: only their first KB; workbook and rels: whole). */
export function xlsxSheetSizes(parts: Map<string, Uint8Array>): SheetSize[] {
  const names = sheetNames(parts);
  const out: SheetSize[] = [];
  for (const [path, bytes] of parts) {
    if (!/^xl\/worksheets\/[^/]+\.xml$/.test(path)) continue;
    const m = /<(?:\w+:)?dimension\s+ref="([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?"/.exec(strFromU8(bytes, true));
    if (!m) continue;
    const c1 = columnIndex(m[1]);
    const r1 = Number(m[2]);
    const c2 = m[3] ? columnIndex(m[3]) : c1;
    const r2 = m[4] ? Number(m[4]) : r1;
    out.push({
      sheet: names.get(path) ?? path,
      rows: Math.abs(r2 - r1) + 1,
      columns: Math.abs(c2 - c1) + 1,
    });
  }
  return out;
}

/** `xl/worksheets/sheet1.xml` → `Posts`, from the workbook's `<sheet name r:id>` and its relationships. */
function sheetNames(parts: Map<string, Uint8Array>): Map<string, string> {
  const out = new Map<string, string>();
  const wb = parts.get('xl/workbook.xml');
  const rels = parts.get('xl/_rels/workbook.xml.rels');
  if (!wb || !rels) return out;
  const targets = new Map<string, string>();
  for (const m of strFromU8(rels).matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.replace(/^\/?(xl\/)?/, 'xl/'));
  }
  for (const m of strFromU8(wb).matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1];
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const target = id ? targets.get(id) : undefined;
    if (name !== undefined && target) out.set(target, unescapeXml(name));
  }
  return out;
}

const unescapeXml = (s: string) =>
  s.replace(
    /&(lt|gt|quot|apos|amp);/g,
    (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e] ?? _,
  );
