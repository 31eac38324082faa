/**
 * Emulated Range / RangeList. Each public method counts one call ("Range.setValues"), like one Apps
 * Script round trip. Values follow Sheets: strings are parsed as typed input unless the cell's number
 * format is "@"; getValues returns computed values, Date objects for date-formatted numbers, "" for blanks.
 */
import type { Calls } from './gas-types';
import { rectA1, type GridRect } from './a1';
import type { EmuContext } from './context';
import {
  assertCellLimit,
  assertColumnLimit,
  timeZoneOf,
  type SheetData,
  type StyleKey,
  type StyleValue,
} from './model';
import { formatDisplay } from './number-format';
import { EmuProtection } from './protection';
import { EmuSheet } from './sheet';
import { EmuTextStyle } from './text-style';
import { EmuDataValidation, satisfies, validationAt, type CellValidation } from './validation';
import { instantToWall, wallToInstant } from './time-zone';
import { assertCellText, isDateFormat, isDateObject, serialToDate, toStored, type Stored } from './values';
import { r1c1ToA1 } from '../../cells/r1c1';

type Cell = unknown;

function overlaps(a: GridRect, b: GridRect): boolean {
  return (
    a.row < b.row + b.numRows &&
    b.row < a.row + a.numRows &&
    a.col < b.col + b.numCols &&
    b.col < a.col + a.numCols
  );
}

export function checkRect(sheet: SheetData, r: GridRect): void {
  if (r.numRows < 1 || r.numCols < 1)
    throw new Error('The number of rows and columns in the range must be at least 1.');
  if (
    r.row < 1 ||
    r.col < 1 ||
    r.row + r.numRows - 1 > sheet.maxRows ||
    r.col + r.numCols - 1 > sheet.maxCols
  ) {
    throw new Error(
      `The coordinates of the range are outside the dimensions of the sheet "${sheet.name}" (${rectA1(r)} on a ${sheet.maxRows}×${sheet.maxCols} grid).`,
    );
  }
}

export class EmuRange implements Calls<
  GoogleAppsScript.Spreadsheet.Range,
  | 'activate'
  | 'breakApart'
  | 'clear'
  | 'getA1Notation'
  | 'getFormulas'
  | 'getValues'
  | 'merge'
  | 'offset'
  | 'setBackground'
  | 'setBackgrounds'
  | 'setFontColor'
  | 'setFontWeight'
  | 'setHorizontalAlignments'
  | 'setNotes'
  | 'setFormulaR1C1'
  | 'setNumberFormat'
  | 'setNumberFormats'
  | 'setTextStyles'
  | 'setValues'
  | 'setVerticalAlignments'
  | 'setWraps'
  | 'getSheet'
  | 'getValue'
  | 'setValue'
  | 'getDisplayValues'
  | 'setDataValidations'
> {
  constructor(
    protected readonly ctx: EmuContext,
    readonly sheetData: SheetData,
    readonly rect: GridRect,
  ) {
    checkRect(sheetData, rect);
  }

  private c(method: string): void {
    this.ctx.counter.count(`Range.${method}`);
  }

  private checkShape(data: unknown[][], what: string): void {
    if (!Array.isArray(data) || data.length !== this.rect.numRows) {
      throw new Error(
        `The number of rows in the ${what} does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.rect.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.rect.numCols) {
        throw new Error(
          `The number of columns in the ${what} does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.rect.numCols}.`,
        );
      }
    }
  }

  private changed(): void {
    this.ctx.evaluator.cellsChanged(this.sheetData.id, this.rect);
  }

  /** Stored (computed for formulas) value of one cell. */
  private computed(row: number, col: number): Stored {
    const s = this.sheetData;
    return s.formulas.get(row, col) !== undefined
      ? this.ctx.evaluator.read(s.id, row, col)
      : (s.values.get(row, col) ?? null);
  }

  /** Sheets refuses the whole call when one cell's text is too long: nothing is written. */
  private assertCellTexts(data: unknown[][]): void {
    for (const line of data) for (const v of line) assertCellText(v);
  }

  private writeValues(data: Cell[][]): void {
    this.assertCellTexts(data);
    const s = this.sheetData;
    const { row, col } = this.rect;
    const locale = this.ctx.book.locale;
    this.ctx.counter.cellsWritten(s.name, data.length * (data[0]?.length ?? 0));
    const zone = timeZoneOf(this.ctx.book);
    data.forEach((line, i) =>
      line.forEach((v, j) => {
        const r = row + i;
        const k = col + j;
        const fmt = s.formats.get(r, k);
        // A Date is a moment: the cell stores the wall clock it shows in the spreadsheet's zone.
        const input = isDateObject(v) ? new Date(instantToWall(zone, v.getTime())) : v;
        const parsed = toStored(input, fmt === '@', locale);
        s.formulas.set(r, k, parsed.formula);
        s.values.set(r, k, parsed.formula ? undefined : (parsed.value ?? undefined));
        if (parsed.autoFormat && !fmt) s.formats.set(r, k, parsed.autoFormat);
      }),
    );
    this.changed();
  }

  // ----- data validation -----
  setDataValidations(rules: (EmuDataValidation | null)[][]): this {
    this.c('setDataValidations');
    this.checkShape(rules, 'rules');
    const s = this.sheetData;
    const { row, col, numRows, numCols } = this.rect;
    const inside = (v: CellValidation) =>
      v.row >= row && v.row < row + numRows && v.col >= col && v.col < col + numCols;
    const kept = (s.validations ?? []).filter((v) => !inside(v));
    rules.forEach((line, i) =>
      line.forEach((r, j) => {
        if (r) kept.push({ row: row + i, col: col + j, rule: structuredClone(r.data) });
      }),
    );
    s.validations = kept;
    return this;
  }

  getDataValidations(): (EmuDataValidation | null)[][] {
    this.c('getDataValidations');
    const { row, col, numRows, numCols } = this.rect;
    return Array.from({ length: numRows }, (_, i) =>
      Array.from({ length: numCols }, (_, j) => {
        const d = validationAt(this.sheetData, row + i, col + j);
        return d ? new EmuDataValidation(structuredClone(d)) : null;
      }),
    );
  }

  /**
   * A value typed into one cell in the Sheets UI (the workbench's edits): like setValue, but a
   * rejecting data-validation rule refuses a failing value and the cell keeps its content.
   */
  typeAsUser(input: unknown): void {
    const s = this.sheetData;
    const { row, col } = this.rect;
    const before = { v: s.values.get(row, col), f: s.formulas.get(row, col), fmt: s.formats.get(row, col) };
    this.setValue(input);
    const rule = validationAt(s, row, col);
    if (!rule || rule.allowInvalid || satisfies(this.ctx, s, row, col)) return;
    s.values.set(row, col, before.v);
    s.formulas.set(row, col, before.f);
    s.formats.set(row, col, before.fmt);
    this.changed();
    throw new Error(
      `There was a problem: input ${JSON.stringify(String(input))} in ${s.name}!${this.getA1Notation()} violates the data validation rules set on this cell. ${rule.help ?? ''}`.trim(),
    );
  }

  // ----- values and formulas -----
  setValues(values: Cell[][]): this {
    this.c('setValues');
    this.checkShape(values, 'data');
    this.writeValues(values);
    return this;
  }

  setValue(value: Cell): this {
    this.c('setValue');
    this.writeValues(
      Array.from({ length: this.rect.numRows }, () => new Array(this.rect.numCols).fill(value)),
    );
    return this;
  }

  getValues(): Cell[][] {
    this.c('getValues');
    return this.sheetData.values.read(this.rect, (_v, r, k) => this.presented(r, k));
  }

  getValue(): Cell {
    this.c('getValue');
    return this.presented(this.rect.row, this.rect.col);
  }

  /** What getValues shows for one cell: computed, Date for date formats, "" for blank. */
  private presented(r: number, k: number): Cell {
    const v = this.computed(r, k);
    if (v === null) return '';
    if (typeof v === 'number' && isDateFormat(this.sheetData.formats.get(r, k))) {
      // The moment the cell's wall clock denotes in the spreadsheet's zone (not the script's).
      return new this.ctx.DateCtor(wallToInstant(timeZoneOf(this.ctx.book), serialToDate(v).getTime()));
    }
    return v;
  }

  getDisplayValues(): string[][] {
    this.c('getDisplayValues');
    const s = this.sheetData;
    return s.values.read(this.rect, (_v, r, k) => formatDisplay(this.computed(r, k), s.formats.get(r, k)));
  }

  getDisplayValue(): string {
    this.c('getDisplayValue');
    const s = this.sheetData;
    const { row, col } = this.rect;
    return formatDisplay(this.computed(row, col), s.formats.get(row, col));
  }

  setFormulas(formulas: string[][]): this {
    this.c('setFormulas');
    this.checkShape(formulas, 'formulas');
    this.writeFormulas(formulas);
    return this;
  }

  setFormula(formula: string): this {
    this.c('setFormula');
    this.writeFormulas(this.fill(formula));
    return this;
  }

  /**
   * The same R1C1 formula in every cell, each cell reading it from where it sits (`R5C2` = $B$5,
   * `RC[-1]` = the cell to its left), as Sheets does (docs/SHEETS-BEHAVIOUR.md).
   */
  setFormulaR1C1(formula: string): this {
    this.c('setFormulaR1C1');
    if (!formula.startsWith('='))
      throw new Error(`setFormulaR1C1: "${formula}" is not a formula (no leading "=").`);
    const { row, col, numRows, numCols } = this.rect;
    this.writeFormulas(
      Array.from({ length: numRows }, (_, i) =>
        Array.from({ length: numCols }, (_, j) => r1c1ToA1(formula, row + i, col + j)),
      ),
    );
    return this;
  }

  /** Formula strings become formulas; anything else is typed input, like Sheets. */
  private writeFormulas(formulas: string[][]): void {
    this.assertCellTexts(formulas);
    const s = this.sheetData;
    const locale = this.ctx.book.locale;
    this.ctx.counter.cellsWritten(s.name, formulas.length * (formulas[0]?.length ?? 0));
    formulas.forEach((line, i) =>
      line.forEach((f, j) => {
        const r = this.rect.row + i;
        const k = this.rect.col + j;
        const isFormula = typeof f === 'string' && f.startsWith('=') && f.length > 1;
        s.formulas.set(r, k, isFormula ? f : undefined);
        const typed =
          isFormula || f === '' || f == null
            ? undefined
            : toStored(f, s.formats.get(r, k) === '@', locale).value;
        s.values.set(r, k, typed ?? undefined);
      }),
    );
    this.changed();
  }

  getFormulas(): string[][] {
    this.c('getFormulas');
    return this.sheetData.formulas.read(this.rect, (f) => f ?? '');
  }

  getFormula(): string {
    this.c('getFormula');
    return this.sheetData.formulas.get(this.rect.row, this.rect.col) ?? '';
  }

  isBlank(): boolean {
    this.c('isBlank');
    const s = this.sheetData;
    return s.values
      .read(this.rect, (v, r, k) => v === undefined && s.formulas.get(r, k) === undefined)
      .every((l) => l.every(Boolean));
  }

  // ----- formats and styles -----
  setNumberFormats(formats: string[][]): this {
    this.c('setNumberFormats');
    this.checkShape(formats, 'number formats');
    this.sheetData.formats.write(this.rect, formats, (f) => (f ? String(f) : undefined));
    return this;
  }

  setNumberFormat(format: string): this {
    this.c('setNumberFormat');
    this.sheetData.formats.write(this.rect, this.fill(format), (f) => f || undefined);
    return this;
  }

  getNumberFormats(): string[][] {
    this.c('getNumberFormats');
    return this.sheetData.formats.read(this.rect, (f) => f ?? '0.###############');
  }

  getNumberFormat(): string {
    this.c('getNumberFormat');
    return this.sheetData.formats.get(this.rect.row, this.rect.col) ?? '0.###############';
  }

  private fill<T>(v: T): T[][] {
    return Array.from({ length: this.rect.numRows }, () => new Array(this.rect.numCols).fill(v));
  }

  private setStyle(method: string, key: StyleKey, data: (StyleValue | null)[][]): this {
    this.c(method);
    this.checkShape(data, 'data');
    this.sheetData.styles[key].write(this.rect, data, (v) => (v === null || v === '' ? undefined : v));
    return this;
  }

  private getStyle(method: string, key: StyleKey, dflt: StyleValue): StyleValue[][] {
    this.c(method);
    return this.sheetData.styles[key].read(this.rect, (v) => v ?? dflt);
  }

  setBackgrounds(c: (string | null)[][]): this {
    return this.setStyle('setBackgrounds', 'background', c);
  }
  setBackground(c: string | null): this {
    return this.setStyle('setBackground', 'background', this.fill(c));
  }
  getBackgrounds(): string[][] {
    return this.getStyle('getBackgrounds', 'background', '#ffffff') as string[][];
  }
  setFontWeights(w: (string | null)[][]): this {
    return this.setStyle('setFontWeights', 'fontWeight', w);
  }
  setFontWeight(w: string | null): this {
    return this.setStyle('setFontWeight', 'fontWeight', this.fill(w));
  }
  getFontWeights(): string[][] {
    return this.getStyle('getFontWeights', 'fontWeight', 'normal') as string[][];
  }
  setFontColors(c: (string | null)[][]): this {
    return this.setStyle('setFontColors', 'fontColor', c);
  }
  setFontColor(c: string | null): this {
    return this.setStyle('setFontColor', 'fontColor', this.fill(c));
  }
  getFontColors(): string[][] {
    return this.getStyle('getFontColors', 'fontColor', '#000000') as string[][];
  }
  setFontStyles(s: (string | null)[][]): this {
    return this.setStyle('setFontStyles', 'fontStyle', s);
  }
  getFontStyles(): string[][] {
    return this.getStyle('getFontStyles', 'fontStyle', 'normal') as string[][];
  }
  setFontSizes(s: (number | null)[][]): this {
    return this.setStyle('setFontSizes', 'fontSize', s);
  }
  getFontSizes(): number[][] {
    return this.getStyle('getFontSizes', 'fontSize', 10) as number[][];
  }
  /** One call for bold, italic, size and colour together; each style's unset attributes are left alone. */
  setTextStyles(styles: (EmuTextStyle | null)[][]): this {
    this.c('setTextStyles');
    this.checkShape(styles, 'text styles');
    const s = this.sheetData.styles;
    const { row, col } = this.rect;
    styles.forEach((line, i) =>
      line.forEach((t, j) => {
        if (!t) return;
        const d = t.data;
        // Defaults (normal weight/style) are stored as blanks, as clear() leaves them.
        if (d.bold !== undefined) s.fontWeight.set(row + i, col + j, d.bold ? 'bold' : undefined);
        if (d.italic !== undefined) s.fontStyle.set(row + i, col + j, d.italic ? 'italic' : undefined);
        if (d.fontSize !== undefined) s.fontSize.set(row + i, col + j, d.fontSize);
        if (d.foregroundColor !== undefined) s.fontColor.set(row + i, col + j, d.foregroundColor);
      }),
    );
    return this;
  }
  setTextStyle(style: EmuTextStyle): this {
    this.setTextStyles(this.fill(style));
    this.ctx.counter.uncount('Range.setTextStyles');
    this.c('setTextStyle');
    return this;
  }
  getTextStyles(): EmuTextStyle[][] {
    this.c('getTextStyles');
    const s = this.sheetData.styles;
    const read = (key: StyleKey) => s[key].read(this.rect, (v) => v);
    const [w, st, size, color] = [read('fontWeight'), read('fontStyle'), read('fontSize'), read('fontColor')];
    return w.map((row, i) =>
      row.map(
        (_v, j) =>
          new EmuTextStyle({
            bold: w[i][j] === 'bold',
            italic: st[i][j] === 'italic',
            fontSize: (size[i][j] as number | undefined) ?? 10,
            foregroundColor: (color[i][j] as string | undefined) ?? '#000000',
          }),
      ),
    );
  }
  getTextStyle(): EmuTextStyle {
    const t = this.getTextStyles()[0][0];
    this.ctx.counter.uncount('Range.getTextStyles');
    this.c('getTextStyle');
    return t;
  }
  setHorizontalAlignments(a: (string | null)[][]): this {
    return this.setStyle('setHorizontalAlignments', 'hAlign', a);
  }
  getHorizontalAlignments(): string[][] {
    return this.getStyle('getHorizontalAlignments', 'hAlign', 'general') as string[][];
  }
  setVerticalAlignments(a: (string | null)[][]): this {
    return this.setStyle('setVerticalAlignments', 'vAlign', a);
  }
  getVerticalAlignments(): string[][] {
    return this.getStyle('getVerticalAlignments', 'vAlign', 'bottom') as string[][];
  }
  setWraps(w: (boolean | null)[][]): this {
    return this.setStyle('setWraps', 'wrap', w);
  }
  getWraps(): boolean[][] {
    return this.getStyle('getWraps', 'wrap', false) as boolean[][];
  }
  setNotes(notes: (string | null)[][]): this {
    this.c('setNotes');
    this.checkShape(notes, 'notes');
    this.sheetData.notes.write(this.rect, notes, (n) => (n ? String(n) : undefined));
    return this;
  }
  setNote(note: string | null): this {
    this.c('setNote');
    this.sheetData.notes.write(this.rect, this.fill(note), (n) => n || undefined);
    return this;
  }
  getNotes(): string[][] {
    this.c('getNotes');
    return this.sheetData.notes.read(this.rect, (n) => n ?? '');
  }

  // ----- clearing, copying, merging, protection -----
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    this.c('clear');
    this.clearRect(!options?.formatOnly, !options?.contentsOnly);
    return this;
  }

  clearContent(): this {
    this.c('clearContent');
    this.clearRect(true, false);
    return this;
  }

  clearFormat(): this {
    this.c('clearFormat');
    this.clearRect(false, true);
    return this;
  }

  private clearRect(contents: boolean, formats: boolean): void {
    const s = this.sheetData;
    if (contents) {
      s.values.clear(this.rect);
      s.formulas.clear(this.rect);
      this.changed();
    }
    if (formats) {
      s.formats.clear(this.rect);
      for (const l of Object.values(s.styles)) l.clear(this.rect);
    }
  }

  /** Copies contents and formats to `dest` (its top-left), growing the destination sheet if needed, like a paste. */
  copyTo(dest: EmuRange, options?: { contentsOnly?: boolean; formatOnly?: boolean }): void {
    this.c('copyTo');
    const src = this.sheetData;
    const to = dest.sheetData;
    const target: GridRect = {
      row: dest.rect.row,
      col: dest.rect.col,
      numRows: this.rect.numRows,
      numCols: this.rect.numCols,
    };
    const needRows = Math.max(0, target.row + target.numRows - 1 - to.maxRows);
    const needCols = Math.max(0, target.col + target.numCols - 1 - to.maxCols);
    if (needRows || needCols) {
      assertColumnLimit(to.maxCols + needCols);
      assertCellLimit(
        this.ctx.book,
        (to.maxRows + needRows) * (to.maxCols + needCols) - to.maxRows * to.maxCols,
      );
      to.maxRows += needRows;
      to.maxCols += needCols;
      this.ctx.evaluator.structureChanged();
    }
    const layers: (keyof Pick<SheetData, 'values' | 'formulas' | 'formats' | 'notes'>)[] = [];
    if (!options?.formatOnly) {
      layers.push('values', 'formulas', 'notes');
      this.ctx.counter.cellsWritten(to.name, target.numRows * target.numCols);
    }
    if (!options?.contentsOnly) layers.push('formats');
    for (const name of layers) {
      const data = src[name].read(this.rect, (v) => v);
      (to[name] as typeof src.values).write(target, data as Stored[][], (v) => v);
    }
    if (!options?.contentsOnly) {
      for (const [k, l] of Object.entries(src.styles))
        to.styles[k as StyleKey].write(
          target,
          l.read(this.rect, (v) => v),
          (v) => v,
        );
    }
    this.ctx.evaluator.cellsChanged(to.id, target);
  }

  merge(): this {
    this.c('merge');
    const s = this.sheetData;
    s.merges = s.merges.filter((m) => !overlaps(m, this.rect));
    s.merges.push({ ...this.rect });
    // Sheets keeps only the top-left value of a merge.
    const { row, col, numRows, numCols } = this.rect;
    for (let i = 0; i < numRows; i++)
      for (let j = 0; j < numCols; j++)
        if (i || j) {
          s.values.set(row + i, col + j, undefined);
          s.formulas.set(row + i, col + j, undefined);
        }
    this.changed();
    return this;
  }

  breakApart(): this {
    this.c('breakApart');
    this.sheetData.merges = this.sheetData.merges.filter((m) => !overlaps(m, this.rect));
    return this;
  }

  getMergedRanges(): EmuRange[] {
    this.c('getMergedRanges');
    return this.sheetData.merges
      .filter((m) => overlaps(m, this.rect))
      .map((m) => new EmuRange(this.ctx, this.sheetData, m));
  }

  protect(): EmuProtection {
    this.c('protect');
    const data = {
      id: this.ctx.book.nextObjectId++,
      rect: { ...this.rect },
      description: '',
      warningOnly: false,
    };
    this.sheetData.protections.push(data);
    return new EmuProtection(this.ctx, this.sheetData, data);
  }

  // ----- geometry -----
  getRow(): number {
    return this.rect.row;
  }
  getColumn(): number {
    return this.rect.col;
  }
  getNumRows(): number {
    return this.rect.numRows;
  }
  getNumColumns(): number {
    return this.rect.numCols;
  }
  getLastRow(): number {
    return this.rect.row + this.rect.numRows - 1;
  }
  getLastColumn(): number {
    return this.rect.col + this.rect.numCols - 1;
  }
  getA1Notation(): string {
    return rectA1(this.rect);
  }
  getGridId(): number {
    return this.sheetData.id;
  }
  getSheet(): EmuSheet {
    return new EmuSheet(this.ctx, this.sheetData);
  }
  offset(rowOffset: number, colOffset: number, numRows?: number, numCols?: number): EmuRange {
    this.c('offset');
    const r = this.rect;
    return new EmuRange(this.ctx, this.sheetData, {
      row: r.row + rowOffset,
      col: r.col + colOffset,
      numRows: numRows ?? r.numRows,
      numCols: numCols ?? r.numCols,
    });
  }
  activate(): this {
    this.c('activate');
    this.ctx.book.activeSheetId = this.sheetData.id;
    return this;
  }
}

export class EmuRangeList implements Calls<
  GoogleAppsScript.Spreadsheet.RangeList,
  'breakApart' | 'clear' | 'getRanges' | 'setBackground' | 'setFontWeight' | 'setNumberFormat'
> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly ranges: EmuRange[],
  ) {}
  getRanges(): EmuRange[] {
    this.ctx.counter.count('RangeList.getRanges');
    return [...this.ranges];
  }
  private each(method: string, f: (r: EmuRange) => void): this {
    this.ctx.counter.count(`RangeList.${method}`);
    const before = this.ctx.counter.calls();
    this.ranges.forEach(f);
    // The list is one round trip: undo the per-range counts.
    restoreCounts(this.ctx, before);
    return this;
  }
  setValue(v: unknown): this {
    return this.each('setValue', (r) => r.setValue(v));
  }
  setNumberFormat(f: string): this {
    return this.each('setNumberFormat', (r) => r.setNumberFormat(f));
  }
  setBackground(c: string | null): this {
    return this.each('setBackground', (r) => r.setBackground(c));
  }
  setFontWeight(w: string | null): this {
    return this.each('setFontWeight', (r) => r.setFontWeight(w));
  }
  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): this {
    return this.each('clear', (r) => r.clear(options));
  }
  clearContent(): this {
    return this.each('clearContent', (r) => r.clearContent());
  }
  breakApart(): this {
    return this.each('breakApart', (r) => r.breakApart());
  }
}

function restoreCounts(ctx: EmuContext, before: Record<string, number>): void {
  const now = ctx.counter.calls();
  for (const [k, n] of Object.entries(now)) {
    const diff = n - (before[k] ?? 0);
    for (let i = 0; i < diff; i++) ctx.counter.uncount(k);
  }
}
