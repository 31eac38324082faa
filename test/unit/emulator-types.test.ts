/**
 * `Calls<…>` (src/local/emulator/gas-types.ts) turns an emulator method whose signature differs from
 * @types/google-apps-script into a compile error (`npm run typecheck` checks the @ts-expect-error lines).
 */
import type { Calls } from '../../src/local/emulator/gas-types';
import { createSpreadsheet } from '../../src/local/emulator';

type SheetCalls = Calls<GoogleAppsScript.Spreadsheet.Sheet, 'getName' | 'setFrozenRows'>;

export class Matching implements SheetCalls {
  getName(): string {
    return 'Sheet1';
  }
  setFrozenRows(_rows: number): this {
    return this;
  }
}

export class WrongResult implements SheetCalls {
  // @ts-expect-error getName returns a string in Apps Script
  getName(): number {
    return 1;
  }
  setFrozenRows(_rows: number): this {
    return this;
  }
}

export class WrongParameter implements SheetCalls {
  getName(): string {
    return '';
  }
  // @ts-expect-error setFrozenRows takes a number of rows
  setFrozenRows(_rows: string): this {
    return this;
  }
}

describe('emulator classes against @types/google-apps-script', () => {
  it('the emulated sheet answers the calls it is typed for', () => {
    const sheet = createSpreadsheet().getActiveSheet();
    expect(sheet.getName()).toBe('Sheet1');
    sheet.setFrozenRows(2);
    expect(sheet.getFrozenRows()).toBe(2);
  });
});
