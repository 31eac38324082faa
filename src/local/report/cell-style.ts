/** Emulator cell styles → exceljs styles (colours as ARGB). */
import type { Style } from 'exceljs';
import type { SheetData } from '../emulator/model';

const argb = (hex: string) => `FF${hex.replace('#', '').toUpperCase().padStart(6, '0').slice(-6)}`;

const H_ALIGN: Record<string, 'left' | 'center' | 'right'> = {
  left: 'left',
  center: 'center',
  right: 'right',
};
const V_ALIGN: Record<string, 'top' | 'middle' | 'bottom'> = {
  top: 'top',
  middle: 'middle',
  bottom: 'bottom',
};

/** The exceljs style of one cell, or undefined when it has none beyond a number format. */
export function excelStyle(s: SheetData, row: number, col: number): Partial<Style> | undefined {
  const st = s.styles;
  const bold = st.fontWeight.get(row, col) === 'bold';
  const italic = st.fontStyle.get(row, col) === 'italic';
  const size = st.fontSize.get(row, col);
  const color = st.fontColor.get(row, col);
  const bg = st.background.get(row, col);
  const h = st.hAlign.get(row, col);
  const v = st.vAlign.get(row, col);
  const wrap = st.wrap.get(row, col) === true;
  const out: Partial<Style> = {};
  if (bold || italic || typeof size === 'number' || typeof color === 'string') {
    out.font = {
      ...(bold ? { bold } : {}),
      ...(italic ? { italic } : {}),
      ...(typeof size === 'number' ? { size } : {}),
      ...(typeof color === 'string' ? { color: { argb: argb(color) } } : {}),
    };
  }
  if (typeof bg === 'string' && bg.toLowerCase() !== '#ffffff') {
    out.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(bg) } };
  }
  if (typeof h === 'string' || typeof v === 'string' || wrap) {
    out.alignment = {
      ...(typeof h === 'string' && H_ALIGN[h.toLowerCase()] ? { horizontal: H_ALIGN[h.toLowerCase()] } : {}),
      ...(typeof v === 'string' && V_ALIGN[v.toLowerCase()] ? { vertical: V_ALIGN[v.toLowerCase()] } : {}),
      ...(wrap ? { wrapText: true } : {}),
    };
  }
  return Object.keys(out).length ? out : undefined;
}

export function ruleStyle(r: {
  background?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
}): Partial<Style> {
  return {
    ...(r.background
      ? { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(r.background) } } }
      : {}),
    ...(r.fontColor || r.bold || r.italic
      ? {
          font: {
            ...(r.fontColor ? { color: { argb: argb(r.fontColor) } } : {}),
            ...(r.bold ? { bold: true } : {}),
            ...(r.italic ? { italic: true } : {}),
          },
        }
      : {}),
  } as Partial<Style>;
}
