/** Shared setup for emulator tests: a fresh emulated spreadsheet installed as the Apps Script globals. */
import { createClient, type Client, type ScriptRunner } from '../../sidebar/client';
import type { SidebarApi } from '../../sidebar/endpoints';
import { api } from '../../src/gas/api';
import { createSpreadsheet, installGlobals, type EmulatedSpreadsheet } from '../../src/local/emulator';

export function freshSpreadsheet(): EmulatedSpreadsheet {
  const ss = createSpreadsheet({ name: 'test' });
  installGlobals(globalThis, ss);
  return ss;
}

/** The emulated sheet typed as Apps Script's Sheet (what src/gas code receives). */
export function sheetOf(ss: EmulatedSpreadsheet, name: string): GoogleAppsScript.Spreadsheet.Sheet {
  const s = ss.asGas().getSheetByName(name);
  if (!s) throw new Error(`test: no sheet ${name}`);
  return s;
}

/**
 * The sidebar's typed client over the server endpoints in this process, crossing JSON both ways as
 * google.script.run does (the same client the sidebar and the workbench shim use).
 */
export function apiClient(): Client<SidebarApi> {
  const runner = (): ScriptRunner => {
    let ok: (v: unknown) => void = () => {};
    let fail: (e: unknown) => void = () => {};
    const endpoints = api as unknown as Record<string, (p?: unknown) => unknown>;
    const r: Record<string, unknown> = {
      withSuccessHandler: (cb: (v: unknown) => void) => ((ok = cb), r),
      withFailureHandler: (cb: (e: unknown) => void) => ((fail = cb), r),
    };
    for (const name of Object.keys(endpoints)) {
      r[name] = (payload?: unknown) => {
        try {
          const arg = payload === undefined ? undefined : JSON.parse(JSON.stringify(payload));
          ok(JSON.parse(JSON.stringify(endpoints[name](arg)) ?? 'null'));
        } catch (e) {
          fail(e);
        }
      };
    }
    return r as unknown as ScriptRunner;
  };
  return createClient<SidebarApi>(runner);
}
