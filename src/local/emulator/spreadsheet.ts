/** Emulated Spreadsheet: sheets (insert/delete/hide), named ranges, active sheet, toasts. */
import type { Calls } from './gas-types';
import { a1ToRect, parseA1, quoteSheet, rectA1 } from './a1';
import type { EmuContext } from './context';
import {
  assertCellLimit,
  DEFAULT_COLS,
  DEFAULT_ROWS,
  newSheetData,
  timeZoneOf,
  type NamedRangeData,
} from './model';
import { EmuRange } from './range';
import { EmuSheet } from './sheet';
import { checkTimeZone } from './time-zone';

// Sheets help "Name a range": letters, numbers and underscores, 1–250 characters, not a cell address.
const NAME_RULE = /^[A-Za-z_][A-Za-z0-9_]{0,249}$/;
const LOOKS_LIKE_CELL = /^([A-Za-z]{1,3}\d+|R\d+C\d+)$/i;

export class EmuNamedRange implements Calls<
  GoogleAppsScript.Spreadsheet.NamedRange,
  'getName' | 'getRange' | 'remove'
> {
  constructor(
    private readonly ctx: EmuContext,
    readonly data: NamedRangeData,
  ) {}
  getName(): string {
    this.ctx.counter.count('NamedRange.getName');
    return this.data.name;
  }
  getRange(): EmuRange {
    this.ctx.counter.count('NamedRange.getRange');
    const sheet = this.ctx.book.sheets.find((s) => s.id === this.data.sheetId);
    if (!sheet) throw new Error(`Named range ${this.data.name} points at a deleted sheet.`);
    return new EmuRange(this.ctx, sheet, this.data.rect);
  }
  setRange(range: EmuRange): this {
    this.ctx.counter.count('NamedRange.setRange');
    this.data.sheetId = range.sheetData.id;
    this.data.rect = { ...range.rect };
    this.ctx.evaluator.namesChanged();
    return this;
  }
  remove(): void {
    this.ctx.counter.count('NamedRange.remove');
    this.ctx.book.named = this.ctx.book.named.filter((n) => n !== this.data);
    this.ctx.evaluator.namesChanged();
  }
}

export class EmuSpreadsheet implements Calls<
  GoogleAppsScript.Spreadsheet.Spreadsheet,
  | 'deleteSheet'
  | 'getActiveSheet'
  | 'getName'
  | 'getRange'
  | 'getSheetById'
  | 'getSheetByName'
  | 'getSheets'
  | 'getSpreadsheetTimeZone'
  | 'insertSheet'
  | 'removeNamedRange'
  | 'setNamedRange'
  | 'getNamedRanges'
  | 'getRangeByName'
  | 'setActiveSheet'
  | 'setSpreadsheetTimeZone'
  | 'toast'
> {
  constructor(readonly ctx: EmuContext) {}

  private c(method: string): void {
    this.ctx.counter.count(`Spreadsheet.${method}`);
  }

  getId(): string {
    return this.ctx.book.id;
  }
  getName(): string {
    this.c('getName');
    return this.ctx.book.name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.ctx.book.id}/edit`;
  }
  getSpreadsheetTimeZone(): string {
    this.c('getSpreadsheetTimeZone');
    return timeZoneOf(this.ctx.book);
  }
  /** Cells keep their serials (wall clock); the Dates getValues hands out move with the zone, as in Sheets. */
  setSpreadsheetTimeZone(timeZone: string): void {
    this.c('setSpreadsheetTimeZone');
    checkTimeZone(timeZone);
    this.ctx.book.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    this.c('getSpreadsheetLocale');
    return this.ctx.book.locale ?? 'en_US';
  }
  setSpreadsheetLocale(locale: string): void {
    this.c('setSpreadsheetLocale');
    this.ctx.book.locale = locale;
  }

  getSheets(): EmuSheet[] {
    this.c('getSheets');
    return this.ctx.book.sheets.map((s) => new EmuSheet(this.ctx, s));
  }
  getNumSheets(): number {
    this.c('getNumSheets');
    return this.ctx.book.sheets.length;
  }
  getSheetByName(name: string): EmuSheet | null {
    this.c('getSheetByName');
    const s = this.ctx.book.sheets.find((x) => x.name.toLowerCase() === name.toLowerCase());
    return s ? new EmuSheet(this.ctx, s) : null;
  }
  getSheetById(id: number): EmuSheet | null {
    this.c('getSheetById');
    const s = this.ctx.book.sheets.find((x) => x.id === id);
    return s ? new EmuSheet(this.ctx, s) : null;
  }

  insertSheet(name?: string | number, index?: number): EmuSheet {
    this.c('insertSheet');
    const book = this.ctx.book;
    const title = typeof name === 'string' ? name : `Sheet${book.nextSheetId + 1}`;
    if (title.length > 100)
      throw new Error(`Sheet names can be at most 100 characters ("${title.slice(0, 20)}…").`);
    if (book.sheets.some((s) => s.name.toLowerCase() === title.toLowerCase())) {
      throw new Error(`A sheet with the name "${title}" already exists. Please enter another name.`);
    }
    assertCellLimit(book, DEFAULT_ROWS * DEFAULT_COLS);
    const data = newSheetData(book.nextSheetId++, title);
    const at = typeof name === 'number' ? name : index;
    book.sheets.splice(
      at === undefined ? book.sheets.length : Math.max(0, Math.min(at, book.sheets.length)),
      0,
      data,
    );
    book.activeSheetId = data.id;
    this.ctx.evaluator.structureChanged();
    return new EmuSheet(this.ctx, data);
  }

  deleteSheet(sheet: EmuSheet): void {
    this.c('deleteSheet');
    const book = this.ctx.book;
    if (!book.sheets.includes(sheet.data))
      throw new Error(`The sheet "${sheet.data.name}" does not exist (already deleted?).`);
    if (book.sheets.filter((s) => !s.hidden && s !== sheet.data).length === 0) {
      throw new Error("You can't remove all the visible sheets in a document.");
    }
    book.sheets = book.sheets.filter((s) => s !== sheet.data);
    // Its named ranges linger as #REF! names (see getNamedRanges / setNamedRange).
    if (book.activeSheetId === sheet.data.id) book.activeSheetId = book.sheets[0].id;
    this.ctx.evaluator.structureChanged();
  }

  getActiveSheet(): EmuSheet {
    this.c('getActiveSheet');
    const book = this.ctx.book;
    return new EmuSheet(this.ctx, book.sheets.find((s) => s.id === book.activeSheetId) ?? book.sheets[0]);
  }
  setActiveSheet(sheet: EmuSheet): EmuSheet {
    this.c('setActiveSheet');
    this.ctx.book.activeSheetId = sheet.data.id;
    return sheet;
  }

  /** "'Data · Posts'!A1:B2" or "A1" (active sheet). */
  getRange(a1: string): EmuRange {
    this.c('getRange');
    const p = parseA1(a1);
    const book = this.ctx.book;
    const sheet = p.sheet
      ? book.sheets.find((s) => s.name === p.sheet)
      : book.sheets.find((s) => s.id === book.activeSheetId);
    if (!sheet) throw new Error(`Range not found: no sheet named "${p.sheet}".`);
    return new EmuRange(this.ctx, sheet, a1ToRect(a1, sheet.maxRows, sheet.maxCols));
  }

  // ----- named ranges -----
  setNamedRange(name: string, range: EmuRange): void {
    this.c('setNamedRange');
    if (!NAME_RULE.test(name) || LOOKS_LIKE_CELL.test(name) || /^(true|false)$/i.test(name)) {
      throw new Error(
        `Named range "${name}" is not valid: use letters, numbers and underscores, start with a letter, and don't use a cell address.`,
      );
    }
    const book = this.ctx.book;
    // A name is taken whether it is live or left over (#REF!) from a deleted sheet; whether Sheets
    // re-points a live name here is not documented, so the emulator takes the strict reading.
    if (book.named.some((n) => n.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`A named range called "${name}" already exists in this spreadsheet.`);
    book.named.push({ name, sheetId: range.sheetData.id, rect: { ...range.rect } });
    this.ctx.evaluator.namesChanged();
  }
  getNamedRanges(): EmuNamedRange[] {
    this.c('getNamedRanges');
    // Names left by a deleted sheet (#REF!) are not listed.
    return this.liveNames().map((n) => new EmuNamedRange(this.ctx, n));
  }
  getRangeByName(name: string): EmuRange | null {
    this.c('getRangeByName');
    const n = this.ctx.book.named.find((x) => x.name.toLowerCase() === name.toLowerCase());
    const sheet = n && this.ctx.book.sheets.find((s) => s.id === n.sheetId);
    return n && sheet ? new EmuRange(this.ctx, sheet, n.rect) : null;
  }
  removeNamedRange(name: string): void {
    this.c('removeNamedRange');
    const book = this.ctx.book;
    const live = this.liveNames().find((n) => n.name.toLowerCase() === name.toLowerCase());
    // A deleted sheet's leftover cannot be removed here either (docs silent: strict reading).
    if (!live) throw new Error(`Named range "${name}" does not exist.`);
    book.named = book.named.filter((n) => n !== live);
    this.ctx.evaluator.namesChanged();
  }

  private liveNames(): NamedRangeData[] {
    const ids = new Set(this.ctx.book.sheets.map((s) => s.id));
    return this.ctx.book.named.filter((n) => ids.has(n.sheetId));
  }

  toast(message: string, title?: string): void {
    this.c('toast');
    this.ctx.ui.push({ kind: 'toast', message: title ? `${title}: ${message}` : message });
  }

  /** Named range A1 with its sheet, e.g. 'KPI · LinkedIn'!B5 (not a Sheets method; used by exporters). */
  namedRangeA1(n: NamedRangeData): string {
    const sheet = this.ctx.book.sheets.find((s) => s.id === n.sheetId);
    return `${quoteSheet(sheet?.name ?? '#REF')}!${rectA1(n.rect)}`;
  }
}
