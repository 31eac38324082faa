/**
 * In-memory Google Sheets for Node: the subset of SpreadsheetApp, LockService, PropertiesService,
 * HtmlService, Utilities … that src/gas uses, with Sheets' semantics where they matter, formulas
 * evaluated by HyperFormula, a per-method call counter, JSON snapshots and a grid view.
 *
 *   const ss = createSpreadsheet();
 *   installGlobals(globalThis, ss);      // or a node:vm context running dist/Code.js
 *   ss.calls();                          // { 'Range.setValues': 2, … }
 */
import vm from 'node:vm';
import { Evaluator } from '../hyperformula-evaluator';
import type { EmuContext, UiEvent } from './context';
import { CallCounter } from './counter';
import { toGrid, type GridView } from './grid';
import { newSheetData, type BookData } from './model';
import { makeServices } from './services';
import { fromSnapshot, toSnapshot, type BookSnapshot } from './snapshot';
import { EmuSpreadsheet } from './spreadsheet';
import { checkTimeZone } from './time-zone';

export interface EmulatorOptions {
  name?: string;
  /** Start from a snapshot (snapshot() output). */
  snapshot?: BookSnapshot;
  /** Reads HtmlService.createHtmlOutputFromFile(name) files (the workbench serves dist/). */
  readHtmlFile?: (name: string) => string;
  /** Spreadsheet locale for typed-input parsing (default en_US). */
  locale?: string;
  /** Spreadsheet time zone (IANA), default Etc/UTC; the script's zone stays Etc/UTC (appsscript.json). */
  timeZone?: string;
}

/** The emulated spreadsheet plus emulator-only controls (not Apps Script methods). */
export class EmulatedSpreadsheet extends EmuSpreadsheet {
  /** Calls per method since creation or the last resetCalls(), e.g. { 'Range.setValues': 3 }. */
  calls(): Record<string, number> {
    return this.ctx.counter.calls();
  }
  totalCalls(): number {
    return this.ctx.counter.total();
  }
  /** Calls to the Spreadsheet service only (LockService and PropertiesService are other services). */
  spreadsheetCalls(): number {
    return Object.entries(this.calls())
      .filter(([k]) => !/^(Lock|LockService|Properties)\./.test(k))
      .reduce((n, [, c]) => n + c, 0);
  }
  resetCalls(): void {
    this.ctx.counter.reset();
  }
  /** Cells whose contents were written since creation or resetCalls(), per sheet name (benchmarks). */
  cellsWritten(): Record<string, number> {
    return this.ctx.counter.cellsBySheet();
  }
  /** Makes the next call of `method` (e.g. "Range.setValues") after `after` more calls throw — for failure tests. */
  failOn(method: string, after = 0, message?: string): void {
    this.ctx.counter.failOn(method, after, message);
  }
  /** Injected failures that have fired so far ("Range.setValues: …"), so a test can tell one happened. */
  faultsFired(): string[] {
    return [...this.ctx.counter.fired];
  }
  snapshot(): BookSnapshot {
    return toSnapshot(this.ctx.book);
  }
  restore(snap: BookSnapshot): void {
    this.ctx.book = fromSnapshot(snap);
    this.ctx.evaluator = new Evaluator(this.ctx.book);
  }
  toGrid(sheetName: string, opts?: { rowStart?: number; rowCount?: number }): GridView {
    return toGrid(this.ctx, sheetName, opts);
  }
  /** Tab names in order, with ids and visibility. */
  listSheets(): { name: string; sheetId: number; hidden: boolean }[] {
    return this.ctx.book.sheets.map((s) => ({ name: s.name, sheetId: s.id, hidden: s.hidden }));
  }
  /** Menus, sidebars, dialogs, alerts and toasts shown so far. */
  uiEvents(): UiEvent[] {
    return [...this.ctx.ui];
  }
  /** Apps Script's type for code under test (the one cast between emulator and @types/google-apps-script). */
  asGas(): GoogleAppsScript.Spreadsheet.Spreadsheet {
    return this as unknown as GoogleAppsScript.Spreadsheet.Spreadsheet;
  }
}

function emptyBook(name: string): BookData {
  return {
    id: `emu-${Math.random().toString(36).slice(2, 10)}`,
    name,
    sheets: [newSheetData(0, 'Sheet1')],
    named: [],
    properties: { document: {}, script: {}, user: {} },
    activeSheetId: 0,
    nextSheetId: 1,
    nextObjectId: 1,
  };
}

export function createSpreadsheet(opts: EmulatorOptions = {}): EmulatedSpreadsheet {
  const book = opts.snapshot ? fromSnapshot(opts.snapshot) : emptyBook(opts.name ?? 'Untitled spreadsheet');
  if (opts.locale) book.locale = opts.locale;
  if (opts.timeZone) {
    checkTimeZone(opts.timeZone);
    book.timeZone = opts.timeZone;
  }
  const ctx: EmuContext = {
    book,
    counter: new CallCounter(),
    evaluator: new Evaluator(book),
    DateCtor: Date,
    ui: [],
    readHtmlFile: opts.readHtmlFile,
  };
  return new EmulatedSpreadsheet(ctx);
}

/**
 * Puts SpreadsheetApp, LockService, PropertiesService, HtmlService, Utilities, Session, Charts,
 * ScriptApp and Logger onto `target` (globalThis or a node:vm context). In a vm context, getValues
 * hands out that context's Date objects so `instanceof Date` holds inside it.
 */
export function installGlobals(target: object, ss: EmulatedSpreadsheet): Record<string, unknown> {
  if (vm.isContext(target)) ss.ctx.DateCtor = vm.runInContext('Date', target) as DateConstructor;
  const services = makeServices(ss.ctx);
  Object.assign(target, services);
  return services;
}

export type { BookSnapshot, GridView, UiEvent };
export { EmuSpreadsheet };
