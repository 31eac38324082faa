/** Emulated Sheet: grid size (10 M cell limit), frozen panes, widths, conditional rules (set = replace), charts, protections. */
import type { Calls, Enum } from './gas-types';
import { a1ToRect, type GridRect } from './a1';
import { CHART_TYPES, EmuEmbeddedChart, EmuEmbeddedChartBuilder } from './charts';
import type { EmuContext } from './context';
import { assertCellLimit, assertColumnLimit, DEFAULT_COL_WIDTH, type SheetData } from './model';
import { EmuProtection, PROTECTION_TYPES } from './protection';
import { checkRect, EmuRange, EmuRangeList } from './range';
import { EmuConditionalFormatRule } from './rules';
import { EmuSpreadsheet } from './spreadsheet';

export class EmuSheet implements Calls<
  GoogleAppsScript.Spreadsheet.Sheet,
  | 'activate'
  | 'clear'
  | 'deleteColumns'
  | 'deleteRows'
  | 'getCharts'
  | 'getConditionalFormatRules'
  | 'getDataRange'
  | 'getFrozenColumns'
  | 'getFrozenRows'
  | 'getLastColumn'
  | 'getLastRow'
  | 'getMaxColumns'
  | 'getMaxRows'
  | 'getName'
  | 'getProtections'
  | 'getRange'
  | 'getRangeList'
  | 'getSheetId'
  | 'hideSheet'
  | 'insertChart'
  | 'insertColumnsAfter'
  | 'insertRowsAfter'
  | 'newChart'
  | 'protect'
  | 'removeChart'
  | 'setColumnWidths'
  | 'setConditionalFormatRules'
  | 'setFrozenColumns'
  | 'setFrozenRows'
> {
  constructor(
    private readonly ctx: EmuContext,
    readonly data: SheetData,
  ) {}

  private c(method: string): void {
    this.ctx.counter.count(`Sheet.${method}`);
  }

  private assertAlive(): void {
    if (!this.ctx.book.sheets.includes(this.data))
      throw new Error(`The sheet "${this.data.name}" has been deleted.`);
  }

  getName(): string {
    this.c('getName');
    return this.data.name;
  }

  setName(name: string): this {
    this.c('setName');
    const clash = this.ctx.book.sheets.find(
      (s) => s !== this.data && s.name.toLowerCase() === name.toLowerCase(),
    );
    if (clash) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.data.name = name;
    this.ctx.evaluator.structureChanged();
    return this;
  }

  getSheetId(): number {
    return this.data.id;
  }

  getIndex(): number {
    return this.ctx.book.sheets.indexOf(this.data) + 1;
  }

  getParent(): EmuSpreadsheet {
    return new EmuSpreadsheet(this.ctx);
  }

  getRange(a1OrRow: string | number, col?: number, numRows?: number, numCols?: number): EmuRange {
    this.c('getRange');
    this.assertAlive();
    if (typeof a1OrRow === 'string')
      return new EmuRange(this.ctx, this.data, a1ToRect(a1OrRow, this.data.maxRows, this.data.maxCols));
    return new EmuRange(this.ctx, this.data, {
      row: a1OrRow,
      col: col ?? 1,
      numRows: numRows ?? 1,
      numCols: numCols ?? 1,
    });
  }

  getRangeList(a1s: string[]): EmuRangeList {
    this.c('getRangeList');
    return new EmuRangeList(
      this.ctx,
      a1s.map((a) => new EmuRange(this.ctx, this.data, a1ToRect(a, this.data.maxRows, this.data.maxCols))),
    );
  }

  private used(): { rows: number; cols: number } {
    const a = this.data.values.extent();
    const b = this.data.formulas.extent();
    return { rows: Math.max(a.rows, b.rows), cols: Math.max(a.cols, b.cols) };
  }

  getLastRow(): number {
    this.c('getLastRow');
    return this.used().rows;
  }

  getLastColumn(): number {
    this.c('getLastColumn');
    return this.used().cols;
  }

  getDataRange(): EmuRange {
    this.c('getDataRange');
    const u = this.used();
    return new EmuRange(this.ctx, this.data, {
      row: 1,
      col: 1,
      numRows: Math.max(u.rows, 1),
      numCols: Math.max(u.cols, 1),
    });
  }

  getMaxRows(): number {
    this.c('getMaxRows');
    return this.data.maxRows;
  }

  getMaxColumns(): number {
    this.c('getMaxColumns');
    return this.data.maxCols;
  }

  // ----- structure -----
  private grow(rows: number, cols: number): void {
    const d = this.data;
    assertColumnLimit(d.maxCols + cols);
    assertCellLimit(this.ctx.book, (d.maxRows + rows) * (d.maxCols + cols) - d.maxRows * d.maxCols);
    d.maxRows += rows;
    d.maxCols += cols;
    this.ctx.evaluator.structureChanged();
  }

  insertRowsAfter(afterPosition: number, howMany: number): this {
    this.c('insertRowsAfter');
    this.grow(howMany, 0);
    for (const l of this.layers()) l.insertRows(afterPosition + 1, howMany);
    return this;
  }

  insertRowsBefore(beforePosition: number, howMany: number): this {
    this.c('insertRowsBefore');
    this.grow(howMany, 0);
    for (const l of this.layers()) l.insertRows(beforePosition, howMany);
    return this;
  }

  insertColumnsAfter(afterPosition: number, howMany: number): this {
    this.c('insertColumnsAfter');
    this.grow(0, howMany);
    for (const l of this.layers()) l.insertCols(afterPosition + 1, howMany);
    return this;
  }

  deleteRows(rowPosition: number, howMany: number): void {
    this.c('deleteRows');
    const d = this.data;
    checkRect(d, { row: rowPosition, col: 1, numRows: howMany, numCols: 1 });
    if (d.maxRows - howMany <= d.frozenRows) {
      throw new Error('Sorry, it is not possible to delete all non-frozen rows.');
    }
    for (const l of this.layers()) l.deleteRows(rowPosition, howMany);
    d.maxRows -= howMany;
    this.ctx.evaluator.structureChanged();
  }

  deleteColumns(columnPosition: number, howMany: number): void {
    this.c('deleteColumns');
    const d = this.data;
    checkRect(d, { row: 1, col: columnPosition, numRows: 1, numCols: howMany });
    if (howMany >= d.maxCols - d.frozenCols)
      throw new Error('Sorry, it is not possible to delete all non-frozen columns.');
    for (const l of this.layers()) l.deleteCols(columnPosition, howMany);
    d.maxCols -= howMany;
    this.ctx.evaluator.structureChanged();
  }

  private layers() {
    const d = this.data;
    return [d.values, d.formulas, d.formats, d.notes, ...Object.values(d.styles)];
  }

  clear(): this {
    this.c('clear');
    this.clearLayers(true);
    return this;
  }

  clearContents(): this {
    this.c('clearContents');
    this.clearLayers(false);
    return this;
  }

  clearFormats(): this {
    this.c('clearFormats');
    const d = this.data;
    const all: GridRect = { row: 1, col: 1, numRows: d.maxRows, numCols: d.maxCols };
    for (const l of [d.formats, ...Object.values(d.styles)]) l.clear(all);
    return this;
  }

  private clearLayers(formats: boolean): void {
    const d = this.data;
    const all: GridRect = { row: 1, col: 1, numRows: d.maxRows, numCols: d.maxCols };
    d.values.clear(all);
    d.formulas.clear(all);
    if (formats) for (const l of [d.formats, d.notes, ...Object.values(d.styles)]) l.clear(all);
    this.ctx.evaluator.cellsChanged(d.id, {
      ...all,
      numRows: Math.max(1, d.maxRows),
      numCols: Math.max(1, d.maxCols),
    });
  }

  // ----- view -----
  setFrozenRows(rows: number): void {
    this.c('setFrozenRows');
    if (rows >= this.data.maxRows) throw new Error('You can not freeze all rows of a sheet.');
    this.data.frozenRows = rows;
  }
  getFrozenRows(): number {
    this.c('getFrozenRows');
    return this.data.frozenRows;
  }
  setFrozenColumns(cols: number): void {
    this.c('setFrozenColumns');
    if (cols >= this.data.maxCols) throw new Error('You can not freeze all columns of a sheet.');
    this.data.frozenCols = cols;
  }
  getFrozenColumns(): number {
    this.c('getFrozenColumns');
    return this.data.frozenCols;
  }
  setColumnWidth(col: number, width: number): this {
    this.c('setColumnWidth');
    this.data.colWidths[col] = width;
    return this;
  }
  setColumnWidths(start: number, n: number, width: number): this {
    this.c('setColumnWidths');
    for (let i = 0; i < n; i++) this.data.colWidths[start + i] = width;
    return this;
  }
  getColumnWidth(col: number): number {
    this.c('getColumnWidth');
    return this.data.colWidths[col] ?? DEFAULT_COL_WIDTH;
  }
  hideSheet(): this {
    this.c('hideSheet');
    const visible = this.ctx.book.sheets.filter((s) => !s.hidden);
    if (visible.length === 1 && visible[0] === this.data)
      throw new Error("You can't hide all the sheets in a document.");
    this.data.hidden = true;
    return this;
  }
  showSheet(): this {
    this.c('showSheet');
    this.data.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    this.c('isSheetHidden');
    return this.data.hidden;
  }
  activate(): this {
    this.c('activate');
    this.ctx.book.activeSheetId = this.data.id;
    return this;
  }

  // ----- conditional formatting: setConditionalFormatRules REPLACES all rules -----
  getConditionalFormatRules(): EmuConditionalFormatRule[] {
    this.c('getConditionalFormatRules');
    return this.data.rules.map(
      (r) => new EmuConditionalFormatRule(this.ctx, structuredClone(r), this.data.id),
    );
  }
  setConditionalFormatRules(rules: EmuConditionalFormatRule[]): void {
    this.c('setConditionalFormatRules');
    this.data.rules = rules.map((r) => structuredClone(r.data));
  }
  clearConditionalFormatRules(): void {
    this.c('clearConditionalFormatRules');
    this.data.rules = [];
  }

  // ----- charts -----
  newChart(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this.ctx, this.data);
  }
  insertChart(chart: EmuEmbeddedChart): void {
    this.c('insertChart');
    this.data.charts.push(structuredClone(chart.data));
  }
  updateChart(chart: EmuEmbeddedChart): void {
    this.c('updateChart');
    const i = this.data.charts.findIndex((c) => c.id === chart.data.id);
    if (i < 0) throw new Error('The chart to update is not on this sheet.');
    this.data.charts[i] = structuredClone(chart.data);
  }
  getCharts(): EmuEmbeddedChart[] {
    this.c('getCharts');
    return this.data.charts.map((c) => new EmuEmbeddedChart(this.ctx, c, this.data));
  }
  removeChart(chart: EmuEmbeddedChart): void {
    this.c('removeChart');
    this.data.charts = this.data.charts.filter((c) => c.id !== chart.data.id);
  }

  // ----- protections -----
  /** Documented: "If the sheet is already protected, this method returns an object representing the existing protection". */
  protect(): EmuProtection {
    this.c('protect');
    const existing = this.data.protections.find((p) => p.rect === undefined);
    if (existing) return new EmuProtection(this.ctx, this.data, existing);
    const data = { id: this.ctx.book.nextObjectId++, description: '', warningOnly: false };
    this.data.protections.push(data);
    return new EmuProtection(this.ctx, this.data, data);
  }
  getProtections(type: Enum<GoogleAppsScript.Spreadsheet.ProtectionType>): EmuProtection[] {
    this.c('getProtections');
    const wantRange = String(type) === PROTECTION_TYPES.RANGE;
    return this.data.protections
      .filter((p) => (p.rect !== undefined) === wantRange)
      .map((p) => new EmuProtection(this.ctx, this.data, p));
  }
}

export { CHART_TYPES };
