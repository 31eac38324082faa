/** Range/sheet protections. The emulator has one user, so protections only record intent (warning-only or not). */
import type { Calls } from './gas-types';
import type { EmuContext } from './context';
import type { ProtectionData, SheetData } from './model';
import { EmuRange } from './range';

export const PROTECTION_TYPES = { RANGE: 'RANGE', SHEET: 'SHEET' } as const;

export class EmuProtection implements Calls<
  GoogleAppsScript.Spreadsheet.Protection,
  | 'getRange'
  | 'isWarningOnly'
  | 'remove'
  | 'setUnprotectedRanges'
  | 'setWarningOnly'
  | 'setDescription'
  | 'getDescription'
> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly sheet: SheetData,
    readonly data: ProtectionData,
  ) {}
  private c(m: string): void {
    this.ctx.counter.count(`Protection.${m}`);
  }
  setDescription(d: string): this {
    this.c('setDescription');
    this.data.description = d;
    return this;
  }
  getDescription(): string {
    this.c('getDescription');
    return this.data.description;
  }
  setWarningOnly(w: boolean): this {
    this.c('setWarningOnly');
    this.data.warningOnly = w;
    return this;
  }
  isWarningOnly(): boolean {
    this.c('isWarningOnly');
    return this.data.warningOnly;
  }
  getProtectionType(): string {
    return this.data.rect ? PROTECTION_TYPES.RANGE : PROTECTION_TYPES.SHEET;
  }
  getRange(): EmuRange {
    this.c('getRange');
    const s = this.sheet;
    return new EmuRange(
      this.ctx,
      s,
      this.data.rect ?? { row: 1, col: 1, numRows: s.maxRows, numCols: s.maxCols },
    );
  }
  setUnprotectedRanges(ranges: EmuRange[]): this {
    this.c('setUnprotectedRanges');
    if (this.data.rect) throw new Error('Unprotected ranges only apply to sheet protections.');
    this.data.unprotected = ranges.map((r) => ({ ...r.rect }));
    return this;
  }
  getUnprotectedRanges(): EmuRange[] {
    this.c('getUnprotectedRanges');
    return (this.data.unprotected ?? []).map((r) => new EmuRange(this.ctx, this.sheet, r));
  }
  canEdit(): boolean {
    return true;
  }
  remove(): void {
    this.c('remove');
    this.sheet.protections = this.sheet.protections.filter((p) => p !== this.data);
  }
}
