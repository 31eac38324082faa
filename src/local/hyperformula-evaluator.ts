/**
 * Evaluates the emulated spreadsheet's formulas with HyperFormula (GPL-3.0 licence key: local and
 * development use only). One HyperFormula sheet per tab, named ranges as named expressions, the KPI
 * functions registered as a plugin when available. Sync is lazy: writes only mark cells dirty, and
 * the engine catches up when a formula's value is read — so bulk writes that nobody reads cost nothing.
 */
import { DetailedCellError, HyperFormula, type RawCellContent } from 'hyperformula';
import type { GridRect } from './emulator/a1';
import { quoteSheet, rectA1 } from './emulator/a1';
import type { BookData, SheetData } from './emulator/model';
import type { Stored } from './emulator/values';
import { boundOpenRanges, referencedSheets, shareLargeRanges } from './hyperformula-formulas';
import { registerFastCriteria } from './hyperformula-fast-criteria';
import { registerText } from './hyperformula-text';

let pluginTried = false;

/** Registers H1's KPI functions once (the plugin module may not exist in every checkout). */
function registerPluginOnce(): void {
  if (pluginTried) return;
  pluginTried = true;
  registerFastCriteria();
  registerText();
  try {
    const mod = require('./hyperformula-kpi-plugin') as { registerKpiPlugin?: () => void };
    mod.registerKpiPlugin?.();
  } catch (e) {
    // Errors may come from another realm (jest's module registry): test the message, not instanceof.
    if (!/Cannot find module/.test(String((e as { message?: unknown } | null)?.message))) throw e;
  }
}

export const HF_CONFIG = {
  licenseKey: 'gpl-v3',
  smartRounding: false,
  // SUMPRODUCT evaluates its arguments as arrays in Sheets, Excel and LibreOffice (docs/SHEETS-BEHAVIOUR.md).
  useArrayArithmetic: true,
  maxRows: 10_000_000,
  maxColumns: 18_278,
} as const;

export class Evaluator {
  private hf: HyperFormula | undefined;
  private dirty = new Map<number, GridRect[]>();
  private namesDirty = false;
  /** Large ranges shared as named expressions: absolute ref → name (see shareLargeRanges). */
  private shared = new Map<string, string>();
  private pendingShared: [string, string][] = [];

  constructor(private readonly book: BookData) {}

  /** Sheets added/removed/renamed/resized: rebuild from scratch on the next read. */
  structureChanged(): void {
    this.hf?.destroy();
    this.hf = undefined;
    this.dirty.clear();
    this.shared.clear();
    this.pendingShared = [];
  }

  cellsChanged(sheetId: number, rect: GridRect): void {
    if (!this.hf) return;
    const list = this.dirty.get(sheetId) ?? [];
    list.push(rect);
    this.dirty.set(sheetId, list);
  }

  namesChanged(): void {
    this.namesDirty = true;
  }

  /** Computed value of a formula cell: number, string, boolean, null (blank) or an error string like "#DIV/0!". */
  read(sheetId: number, row: number, col: number): Stored {
    const hf = this.sync();
    const sheet = hf.getSheetId(this.sheetName(sheetId));
    if (sheet === undefined) return '#REF!';
    return toStored(hf.getCellValue({ sheet, row: row - 1, col: col - 1 }));
  }

  private sheetName(id: number): string {
    return this.book.sheets.find((s) => s.id === id)?.name ?? '';
  }

  private lastRow = (sheet: string | undefined, own: SheetData): number =>
    (sheet === undefined ? own : this.book.sheets.find((s) => s.name === sheet))?.maxRows ?? own.maxRows;

  private content(s: SheetData, rect: GridRect): RawCellContent[][] {
    return s.values.read(rect, (v, r, c) => {
      const f = s.formulas.get(r, c);
      if (f !== undefined) {
        // Like Sheets, a reference to a tab that does not exist is #REF! (HyperFormula would fail on it).
        if (referencedSheets(f).some((n) => !this.book.sheets.some((x) => x.name === n))) return "'#REF!";
        return shareLargeRanges(
          boundOpenRanges(f, (name) => this.lastRow(name, s)),
          s.name,
          this.shareName,
        );
      }
      // The quote keeps text as text (HyperFormula would parse "=x", "12", "1/2").
      return typeof v === 'string' ? `'${v}` : (v ?? null);
    });
  }

  private shareName = (ref: string): string => {
    let name = this.shared.get(ref);
    if (!name) {
      name = `KPISHEETS_RANGE_${this.shared.size + 1}`;
      this.shared.set(ref, name);
      this.pendingShared.push([name, ref]);
    }
    return name;
  };

  /** Named expressions for ranges first seen since the last flush (before the formulas using them). */
  private addShared(hf: HyperFormula): void {
    for (const [name, ref] of this.pendingShared) hf.addNamedExpression(name, `=${ref}`);
    this.pendingShared = [];
  }

  private used(s: SheetData): GridRect {
    const a = s.values.extent();
    const b = s.formulas.extent();
    return { row: 1, col: 1, numRows: Math.max(a.rows, b.rows, 1), numCols: Math.max(a.cols, b.cols, 1) };
  }

  private sync(): HyperFormula {
    if (!this.hf) return this.build();
    const hf = this.hf;
    if (this.dirty.size === 0 && !this.namesDirty) return hf;
    hf.batch(() => {
      if (this.namesDirty) this.syncNames(hf);
      for (const [id, rects] of this.dirty) {
        const s = this.book.sheets.find((x) => x.id === id);
        const sheet = s && hf.getSheetId(s.name);
        if (!s || sheet === undefined) continue;
        for (const r of rects)
          hf.setCellContents({ sheet, row: r.row - 1, col: r.col - 1 }, this.content(s, r));
      }
    });
    this.dirty.clear();
    return hf;
  }

  private build(): HyperFormula {
    registerPluginOnce();
    const hf = HyperFormula.buildEmpty({ ...HF_CONFIG });
    for (const s of this.book.sheets) hf.addSheet(s.name);
    const contents = this.book.sheets.map(
      (s) => [hf.getSheetId(s.name), this.content(s, this.used(s))] as const,
    );
    hf.batch(() => {
      this.syncNames(hf);
      this.addShared(hf);
      for (const [sheet, content] of contents)
        if (sheet !== undefined) hf.setCellContents({ sheet, row: 0, col: 0 }, content);
    });
    this.hf = hf;
    this.dirty.clear();
    return hf;
  }

  private syncNames(hf: HyperFormula): void {
    for (const n of hf.listNamedExpressions())
      if (!n.startsWith('KPISHEETS_RANGE_')) hf.removeNamedExpression(n);
    for (const n of this.book.named) {
      const s = this.book.sheets.find((x) => x.id === n.sheetId);
      if (!s) continue;
      const abs = rectA1(n.rect).replace(/([A-Z]+)(\d+)/g, '$$$1$$$2');
      try {
        hf.addNamedExpression(n.name, `=${quoteSheet(s.name)}!${abs}`);
      } catch {
        // A name HyperFormula rejects (looks like a cell, e.g. "KPI1") just stays unresolved: #NAME?.
      }
    }
    this.namesDirty = false;
  }
}

function toStored(v: unknown): Stored {
  if (v instanceof DetailedCellError) return v.value;
  if (v === null || v === undefined) return null;
  if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
  return String(v);
}
