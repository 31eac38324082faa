/**
 * Loads dist/Code.js the way Apps Script does: one script in a bare V8 context whose only
 * globals are the Apps Script services a test chooses to stub (no require, process, timers,
 * TextDecoder, fetch).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import vm from 'node:vm';
import type { KpiDef } from '../../src/kpi/types';
import { createSpreadsheet, installGlobals, type EmulatedSpreadsheet } from '../../src/local/emulator';

export const DIST = join(__dirname, '..', '..', 'dist');
export const GLOBAL_NAME = 'KpiSheets_';
export const ENTRY_POINTS = ['onOpen', 'onInstall', 'showSidebar', 'showFunctionHelp'];

export function readCode(): string {
  return readFileSync(join(DIST, 'Code.js'), 'utf8');
}

export type Sandbox = vm.Context & Record<string, unknown>;

export function loadBundle(globals: Record<string, unknown> = {}, code = readCode()): Sandbox {
  const context = vm.createContext({ ...globals }) as Sandbox;
  vm.runInContext(code, context, { filename: 'Code.js' });
  return context;
}

/** What the bundle exposes under its one global. */
export interface BundleLib {
  registry: KpiDef[];
  api: Record<string, unknown>;
  runKpi(name: string, args: unknown[]): unknown;
}

export function lib(context: Sandbox): BundleLib {
  return context[GLOBAL_NAME] as BundleLib;
}

/** Evaluates an expression inside the context, so values (Date, arrays) belong to its realm like Sheets' do. */
export function inRealm<T>(context: Sandbox, expression: string): T {
  return vm.runInContext(expression, context) as T;
}

/**
 * dist/Code.js in a bare context whose services are an emulated spreadsheet (in `timeZone`) —
 * what a custom function may read in Sheets (the spreadsheet's zone, Utilities.formatDate).
 */
export function loadWithSpreadsheet(timeZone = 'Etc/UTC'): { context: Sandbox; ss: EmulatedSpreadsheet } {
  const ss = createSpreadsheet({ name: 'bundle', timeZone });
  const context = vm.createContext({}) as Sandbox;
  installGlobals(context, ss);
  vm.runInContext(readCode(), context, { filename: 'Code.js' });
  return { context, ss };
}
