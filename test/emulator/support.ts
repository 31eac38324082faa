/** Shared setup for emulator tests: a fresh emulated spreadsheet installed as the Apps Script globals. */
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
