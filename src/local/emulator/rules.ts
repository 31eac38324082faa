/** Conditional format rules and their builder (SpreadsheetApp.newConditionalFormatRule()). */
import type { Calls } from './gas-types';
import type { EmuContext } from './context';
import type { RuleData } from './model';
import { EmuRange } from './range';

export class EmuBooleanCondition implements Calls<
  GoogleAppsScript.Spreadsheet.BooleanCondition,
  'getBackground' | 'getCriteriaType' | 'getCriteriaValues' | 'getFontColor'
> {
  constructor(private readonly d: RuleData) {}
  /** The criteria's name ("CUSTOM_FORMULA"), as an Apps Script enum member stringifies. */
  getCriteriaType(): GoogleAppsScript.Spreadsheet.BooleanCriteria {
    return this.d.type as unknown as GoogleAppsScript.Spreadsheet.BooleanCriteria;
  }
  getCriteriaValues(): (string | number)[] {
    return [...this.d.values];
  }
  getBackground(): string | null {
    return this.d.background ?? null;
  }
  getFontColor(): string | null {
    return this.d.fontColor ?? null;
  }
  getBold(): boolean | null {
    return this.d.bold ?? null;
  }
  getItalic(): boolean | null {
    return this.d.italic ?? null;
  }
}

export class EmuConditionalFormatRule implements Calls<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRule,
  'getBooleanCondition' | 'getRanges'
> {
  constructor(
    private readonly ctx: EmuContext,
    readonly data: RuleData,
    private readonly sheetId: number,
  ) {}
  getRanges(): EmuRange[] {
    const sheet = this.ctx.book.sheets.find((s) => s.id === this.sheetId);
    return sheet ? this.data.ranges.map((r) => new EmuRange(this.ctx, sheet, r)) : [];
  }
  getBooleanCondition(): EmuBooleanCondition {
    return new EmuBooleanCondition(this.data);
  }
  getGradientCondition(): null {
    return null;
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.ctx, structuredClone(this.data), this.sheetId);
  }
}

export class EmuConditionalFormatRuleBuilder implements Calls<
  GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder,
  'build' | 'setBackground' | 'setBold' | 'setFontColor' | 'setRanges' | 'whenFormulaSatisfied'
> {
  constructor(
    private readonly ctx: EmuContext,
    private d: RuleData = { ranges: [], type: 'CUSTOM_FORMULA', values: [] },
    private sheetId = -1,
  ) {}
  private when(type: string, values: (string | number)[]): this {
    this.d.type = type;
    this.d.values = values;
    return this;
  }
  whenFormulaSatisfied(formula: string): this {
    return this.when('CUSTOM_FORMULA', [formula]);
  }
  whenNumberGreaterThan(n: number): this {
    return this.when('NUMBER_GREATER_THAN', [n]);
  }
  whenNumberLessThan(n: number): this {
    return this.when('NUMBER_LESS_THAN', [n]);
  }
  whenTextContains(t: string): this {
    return this.when('TEXT_CONTAINS', [t]);
  }
  whenCellEmpty(): this {
    return this.when('CELL_EMPTY', []);
  }
  setBackground(color: string | null): this {
    this.d.background = color ?? undefined;
    return this;
  }
  setFontColor(color: string | null): this {
    this.d.fontColor = color ?? undefined;
    return this;
  }
  setBold(bold: boolean | null): this {
    this.d.bold = bold ?? undefined;
    return this;
  }
  setItalic(italic: boolean | null): this {
    this.d.italic = italic ?? undefined;
    return this;
  }
  setRanges(ranges: EmuRange[]): this {
    this.d.ranges = ranges.map((r) => r.rect);
    this.sheetId = ranges[0]?.sheetData.id ?? -1;
    return this;
  }
  getRanges(): EmuRange[] {
    return this.build().getRanges();
  }
  getBooleanCondition(): EmuBooleanCondition {
    return new EmuBooleanCondition(this.d);
  }
  copy(): EmuConditionalFormatRuleBuilder {
    return new EmuConditionalFormatRuleBuilder(this.ctx, structuredClone(this.d), this.sheetId);
  }
  build(): EmuConditionalFormatRule {
    if (this.d.ranges.length === 0)
      throw new Error('Conditional format rule must have at least one range (setRanges).');
    return new EmuConditionalFormatRule(this.ctx, structuredClone(this.d), this.sheetId);
  }
}
