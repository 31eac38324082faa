/**
 * Runs the deployed artifact: dist/Code.js in a node:vm context whose only globals are the emulated
 * Apps Script services, against one emulated spreadsheet that is persisted to a JSON file.
 */
import { existsSync } from 'node:fs';
import vm from 'node:vm';
import { createSpreadsheet, installGlobals, type BookSnapshot, type EmulatedSpreadsheet } from '../emulator';
import { readState, writeState } from './state-file';
import type { BookView } from './types';
import { MAX_VIEW_ROWS, sheetView, summaryView } from './views';

export interface Host {
  /** Calls a top-level function of Code.js the way google.script.run does (JSON in, JSON out). */
  call(fn: string, args: unknown[]): unknown;
  /** The spreadsheet for the page: every tab's name, and the cells of `sheet` (default: the active tab). */
  view(sheet?: string): BookView;
  /** Types `input` into a cell like a user (=FORMULA, numbers, text), then saves. */
  typeInto(sheet: string, a1: string, input: string): void;
  reset(): void;
  xlsx(): Promise<Uint8Array>;
  spreadsheet(): EmulatedSpreadsheet;
}

export interface HostOptions {
  codeJs: string;
  /** Where the spreadsheet persists; undefined = memory only. */
  stateFile?: string;
  readHtmlFile?: (name: string) => string;
}

/** google.script.run calls only public top-level functions (names ending in _ are private). */
const CALLABLE = /^[A-Za-z$][\w$]*$/;

export function createHost(o: HostOptions): Host {
  let ss: EmulatedSpreadsheet;
  let ctx: vm.Context;
  /** Functions Code.js itself declared at top level (not services, not built-ins, not inherited). */
  let scriptFunctions = new Set<string>();

  const load = (snapshot?: BookSnapshot) => {
    ss = createSpreadsheet({ name: 'Workbench', snapshot, readHtmlFile: o.readHtmlFile });
    ctx = vm.createContext({});
    installGlobals(ctx, ss);
    const before = new Set(Object.getOwnPropertyNames(ctx));
    vm.runInContext(o.codeJs, ctx, { filename: 'Code.js' });
    scriptFunctions = new Set(
      Object.getOwnPropertyNames(ctx).filter(
        (k) => !before.has(k) && typeof (ctx as Record<string, unknown>)[k] === 'function',
      ),
    );
  };

  const save = () => {
    if (o.stateFile) writeState(o.stateFile, JSON.stringify(ss.snapshot()));
  };

  if (o.stateFile && existsSync(o.stateFile)) load(readState(o.stateFile));
  else load();

  return {
    call(fn, args) {
      if (!CALLABLE.test(fn) || fn.endsWith('_') || !scriptFunctions.has(fn)) {
        throw new Error(`Script function not found: ${fn}`);
      }
      const target = (ctx as Record<string, unknown>)[fn];
      // Arguments and results cross as JSON, built in the vm's own realm, like google.script.run.
      const parse = vm.runInContext('JSON.parse', ctx) as (s: string) => unknown[];
      const stringify = vm.runInContext('JSON.stringify', ctx) as (v: unknown) => string | undefined;
      const result = (target as (...a: unknown[]) => unknown)(...parse(JSON.stringify(args)));
      save();
      // google.script.run cannot carry a Date back either: JSON would quietly turn it into text.
      const date = findDate(result, 'result');
      if (date)
        throw new Error(
          `${fn}() returned ${date}, which google.script.run cannot carry; return an ISO date string.`,
        );
      const text = stringify(result);
      return text === undefined ? null : (JSON.parse(text) as unknown);
    },
    view(sheet) {
      const readRange = (ref: string) => ss.getRange(ref).getValues() as unknown[][];
      const tabs = ss.listSheets();
      const activeId = ss.getActiveSheet()?.getSheetId() ?? 0;
      const shown =
        tabs.find((t) => t.name === sheet) ??
        tabs.find((t) => t.sheetId === activeId && !t.hidden) ??
        tabs[0];
      // Only the shown tab is computed: evaluating every KPI tab on each refresh would make the page crawl.
      const sheets = tabs.map((t) =>
        t === shown ? sheetView(ss.toGrid(t.name, { rowCount: MAX_VIEW_ROWS }), readRange) : summaryView(t),
      );
      return { name: ss.getName(), activeSheetId: activeId, shownSheetId: shown?.sheetId ?? 0, sheets };
    },
    typeInto(sheet, a1, input) {
      const sh = ss.getSheetByName(sheet);
      if (!sh) throw new Error(`No sheet named "${sheet}".`);
      sh.getRange(a1).setValue(input);
      save();
    },
    reset() {
      load();
      save();
    },
    async xlsx() {
      // Loaded on demand: exceljs is only needed when someone downloads.
      const { spreadsheetToXlsx } = await import('../report/xlsx');
      return spreadsheetToXlsx(ss);
    },
    spreadsheet: () => ss,
  };
}

/** Path of the first Date inside a value from any realm ("result.tiles[0].at"), or null. */
export function findDate(v: unknown, path: string): string | null {
  if (Object.prototype.toString.call(v) === '[object Date]') return `a Date at ${path}`;
  if (v === null || typeof v !== 'object') return null;
  for (const [k, x] of Object.entries(v)) {
    const found = findDate(x, Array.isArray(v) ? `${path}[${k}]` : `${path}.${k}`);
    if (found) return found;
  }
  return null;
}
