/**
 * TextStyle and its builder (SpreadsheetApp.newTextStyle()). Builders and styles are local objects in
 * Apps Script (no round trip), so, like the conditional-rule and chart builders, they count no calls;
 * only Range.setTextStyles/getTextStyles do. The emulator keeps bold, italic, size and colour (the
 * attributes the model stores); a style's unset attributes leave the cell's current value alone.
 */
import type { Calls } from './gas-types';

export interface TextStyleData {
  bold?: boolean;
  italic?: boolean;
  fontSize?: number;
  foregroundColor?: string;
}

export class EmuTextStyle {
  constructor(readonly data: TextStyleData) {}
  copy(): EmuTextStyleBuilder {
    return new EmuTextStyleBuilder({ ...this.data });
  }
  isBold(): boolean | null {
    return this.data.bold ?? null;
  }
  isItalic(): boolean | null {
    return this.data.italic ?? null;
  }
  getFontSize(): number | null {
    return this.data.fontSize ?? null;
  }
  getForegroundColor(): string | null {
    return this.data.foregroundColor ?? null;
  }
  isUnderline(): boolean | null {
    return null;
  }
  isStrikethrough(): boolean | null {
    return null;
  }
  getFontFamily(): string | null {
    return null;
  }
}

export class EmuTextStyleBuilder implements Calls<
  GoogleAppsScript.Spreadsheet.TextStyleBuilder,
  'build' | 'setBold' | 'setFontSize' | 'setForegroundColor' | 'setItalic'
> {
  constructor(private readonly d: TextStyleData = {}) {}
  setBold(bold: boolean): this {
    this.d.bold = bold;
    return this;
  }
  setItalic(italic: boolean): this {
    this.d.italic = italic;
    return this;
  }
  setFontSize(size: number): this {
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`Invalid font size ${size}: use a whole number of points, e.g. 10.`);
    this.d.fontSize = size;
    return this;
  }
  setForegroundColor(cssString: string): this {
    this.d.foregroundColor = cssString;
    return this;
  }
  build(): EmuTextStyle {
    return new EmuTextStyle({ ...this.d });
  }
}
