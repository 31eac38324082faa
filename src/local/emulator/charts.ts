/** Embedded charts: the builder records a spec (type, ranges, position, options); nothing is drawn. */
import type { Calls, Enum } from './gas-types';
import { quoteSheet, rectA1 } from './a1';
import type { EmuContext } from './context';
import type { ChartData, SheetData } from './model';
import type { EmuRange } from './range';

export const CHART_TYPES = {
  AREA: 'AREA',
  BAR: 'BAR',
  COLUMN: 'COLUMN',
  COMBO: 'COMBO',
  LINE: 'LINE',
  PIE: 'PIE',
  SCATTER: 'SCATTER',
  TABLE: 'TABLE',
} as const;

export class EmuEmbeddedChart implements Calls<GoogleAppsScript.Spreadsheet.EmbeddedChart, 'getOptions'> {
  constructor(
    private readonly ctx: EmuContext,
    readonly data: ChartData,
    readonly sheet: SheetData,
  ) {}
  getChartId(): number {
    return Number(this.data.id);
  }
  getType(): string {
    return this.data.type;
  }
  getOptions(): { get(key: string): unknown } {
    const o = this.data.options;
    return { get: (k: string) => o[k] };
  }
  getContainerInfo(): {
    getAnchorRow(): number;
    getAnchorColumn(): number;
    getOffsetX(): number;
    getOffsetY(): number;
  } {
    const d = this.data;
    return {
      getAnchorRow: () => d.anchorRow,
      getAnchorColumn: () => d.anchorCol,
      getOffsetX: () => d.offsetX,
      getOffsetY: () => d.offsetY,
    };
  }
  modify(): EmuEmbeddedChartBuilder {
    return new EmuEmbeddedChartBuilder(this.ctx, this.sheet, structuredClone(this.data));
  }
}

export class EmuEmbeddedChartBuilder implements Calls<
  GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  'addRange' | 'build' | 'setChartType' | 'setOption' | 'setPosition'
> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly sheet: SheetData,
    private readonly d: ChartData = {
      id: '',
      type: CHART_TYPES.LINE,
      ranges: [],
      anchorRow: 1,
      anchorCol: 1,
      offsetX: 0,
      offsetY: 0,
      options: {},
    },
  ) {}
  addRange(range: EmuRange): this {
    this.d.ranges.push(`${quoteSheet(range.sheetData.name)}!${rectA1(range.rect)}`);
    return this;
  }
  clearRanges(): this {
    this.d.ranges = [];
    return this;
  }
  setChartType(type: Enum<GoogleAppsScript.Charts.ChartType>): this {
    this.d.type = String(type);
    return this;
  }
  asLineChart(): this {
    return this.setChartType(CHART_TYPES.LINE);
  }
  asColumnChart(): this {
    return this.setChartType(CHART_TYPES.COLUMN);
  }
  asComboChart(): this {
    return this.setChartType(CHART_TYPES.COMBO);
  }
  setPosition(anchorRow: number, anchorCol: number, offsetX: number, offsetY: number): this {
    Object.assign(this.d, { anchorRow, anchorCol, offsetX, offsetY });
    return this;
  }
  setOption(key: string, value: unknown): this {
    this.d.options[key] = value;
    return this;
  }
  setNumHeaders(n: number): this {
    return this.setOption('numHeaders', n);
  }
  setMergeStrategy(s: unknown): this {
    return this.setOption('mergeStrategy', String(s));
  }
  setTransposeRowsAndColumns(t: boolean): this {
    return this.setOption('transpose', t);
  }
  getChartType(): string {
    return this.d.type;
  }
  build(): EmuEmbeddedChart {
    const data = structuredClone(this.d);
    if (!data.id) data.id = String(this.ctx.book.nextObjectId++);
    return new EmuEmbeddedChart(this.ctx, data, this.sheet);
  }
}
