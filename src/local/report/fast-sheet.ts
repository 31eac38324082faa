/**
 * Fast path for big data tabs in the .xlsx: exceljs needs ~20 s for a 100,000-row tab, so it only
 * writes the header plus a few "template" cells (one per column and number format, to register the
 * styles), and this module then writes the real rows straight into that sheet's XML.
 * Only plain sheets qualify: no formulas, notes, merges or styles below the header.
 */
import { strFromU8, strToU8 } from 'fflate';
import { cellA1, columnToLetters } from '../emulator/a1';
import { STYLE_KEYS, type SheetData } from '../emulator/model';
import { xlsxText } from './xml-text';
import { xmlText } from './xlsx-charts';

/** Rows from which a plain sheet takes the fast path. */
export const FAST_ROWS = 2000;

export interface FastSheet {
  name: string;
  data: SheetData;
  lastRow: number;
  lastCol: number;
  /** Per column: the number formats used below the header ('' = none), in template-row order. */
  formats: string[][];
}

/** Whether a sheet can take the fast path, and the formats its template rows must carry. */
export function fastSheetPlan(
  s: SheetData,
  lastRow: number,
  lastCol: number,
  minRows = FAST_ROWS,
): FastSheet | undefined {
  if (lastRow < minRows || s.formulas.extent().rows > 0 || s.merges.length || s.rules.length)
    return undefined;
  if (s.notes.extent().rows > 1) return undefined;
  for (const k of STYLE_KEYS) if (s.styles[k].extent().rows > 1) return undefined;
  const formats: string[][] = [];
  for (let c = 1; c <= lastCol; c++) {
    const seen = new Set<string>();
    for (let r = 2; r <= lastRow; r++) seen.add(s.formats.get(r, c) ?? '');
    formats.push([...seen]);
  }
  return { name: s.name, data: s, lastRow, lastCol, formats };
}

/** Template rows exceljs writes for a fast sheet: row 2+i holds the i-th format of each column. */
export function templateRows(f: FastSheet): { row: number; col: number; format: string }[] {
  const out: { row: number; col: number; format: string }[] = [];
  f.formats.forEach((list, i) => list.forEach((format, k) => out.push({ row: 2 + k, col: i + 1, format })));
  return out;
}

function rowsXml(f: FastSheet, styleOf: (col: number, format: string) => string | undefined): string {
  const s = f.data;
  const letters = Array.from({ length: f.lastCol }, (_, i) => columnToLetters(i + 1));
  const parts: string[] = [];
  for (let r = 2; r <= f.lastRow; r++) {
    let cells = '';
    for (let c = 1; c <= f.lastCol; c++) {
      const v = s.values.get(r, c);
      if (v === undefined || v === null) continue;
      const st = styleOf(c, s.formats.get(r, c) ?? '');
      const attrs = `r="${letters[c - 1]}${r}"${st === undefined ? '' : ` s="${st}"`}`;
      if (typeof v === 'number') cells += `<c ${attrs}><v>${v}</v></c>`;
      else if (typeof v === 'boolean') cells += `<c ${attrs} t="b"><v>${v ? 1 : 0}</v></c>`;
      else
        cells += `<c ${attrs} t="inlineStr"><is><t xml:space="preserve">${xmlText(xlsxText(v))}</t></is></c>`;
    }
    parts.push(`<row r="${r}">${cells}</row>`);
  }
  return parts.join('');
}

/** Replaces the template rows of one worksheet XML by the sheet's real rows. */
export function rewriteSheetXml(xml: string, f: FastSheet): string {
  const styles = new Map<string, string | undefined>();
  for (const t of templateRows(f)) {
    const m = new RegExp(`<c r="${cellA1(t.row, t.col)}"([^>]*?)(/>|>)`).exec(xml);
    styles.set(`${t.col}|${t.format}`, m ? /\ss="(\d+)"/.exec(m[1])?.[1] : undefined);
  }
  const open = xml.indexOf('<sheetData>');
  const close = xml.indexOf('</sheetData>');
  if (open < 0 || close < 0) throw new Error(`xlsx: sheet "${f.name}" has no sheetData to fill.`);
  const body = xml.slice(open + '<sheetData>'.length, close);
  const header = /<row r="1"[\s\S]*?<\/row>/.exec(body)?.[0] ?? '';
  const rows = rowsXml(f, (col, format) => styles.get(`${col}|${format}`));
  return (
    xml.slice(0, open) +
    `<sheetData>${header}${rows}</sheetData>` +
    xml.slice(close + '</sheetData>'.length)
  ).replace(/<dimension ref="[^"]*"\/>/, `<dimension ref="A1:${cellA1(f.lastRow, f.lastCol)}"/>`);
}

/** Sheet name → worksheet part path, from workbook.xml and its relationships. */
export function sheetPaths(files: Record<string, Uint8Array>): Map<string, string> {
  const wb = strFromU8(files['xl/workbook.xml']);
  const rels = strFromU8(files['xl/_rels/workbook.xml.rels']);
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /Id="([^"]+)"/.exec(m[0])?.[1];
    const t = /Target="([^"]+)"/.exec(m[0])?.[1];
    if (id && t) target.set(id, t.startsWith('/') ? t.slice(1) : `xl/${t}`);
  }
  const out = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /name="([^"]*)"/.exec(m[0])?.[1];
    const id = /r:id="([^"]+)"/.exec(m[0])?.[1];
    const unescape = (s: string) =>
      s
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&');
    if (name !== undefined && id && target.has(id)) out.set(unescape(name), target.get(id)!);
  }
  return out;
}

/** Fills the fast sheets of an unzipped exceljs-written workbook with their real rows, in place. */
export function fillFastSheets(
  files: Record<string, Uint8Array>,
  paths: Map<string, string>,
  sheets: FastSheet[],
): void {
  for (const f of sheets) {
    const path = paths.get(f.name);
    if (!path || !files[path]) throw new Error(`xlsx: could not find the part of sheet "${f.name}".`);
    files[path] = strToU8(rewriteSheetXml(strFromU8(files[path]), f));
  }
}
