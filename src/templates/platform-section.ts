/** Social overview: the imported platforms side by side, one column each, for the reporting period. */
import { columnLetter } from './a1';
import { metricFormula, missingFor } from './formulas';
import type { Section } from './layout';
import { platformName } from './platforms';
import { FORMATS } from './style';
import { CURRENT } from './windows';
import type { DataTabSchema, TileSpec } from './plan';
import type { Agg, Filter } from './types';

export interface PlatformRow {
  label: string;
  unit: TileSpec['unit'];
  /** The metric for one platform. */
  agg: (platform: Filter) => Agg;
}

const HEADER = { bold: true, background: '#f1f3f4' };

/** Distinct platforms across the data tabs, in alphabetical order, first spelling kept. */
export function platformsOf(schema: DataTabSchema): string[] {
  const seen = new Map<string, string>();
  for (const t of Object.values(schema.tabs)) {
    for (const p of t.platforms ?? []) if (!seen.has(p.toLowerCase())) seen.set(p.toLowerCase(), p);
  }
  return [...seen.values()].sort((a, b) => a.localeCompare(b));
}

export function platformSection(platforms: string[], rows: PlatformRow[]): Section {
  return {
    height: () => rows.length + 2,
    write(out, ctx, top) {
      out.set(`A${top}`, { value: 'By platform (reporting period)', style: { bold: true } });
      out.set(`A${top + 1}`, { value: 'Metric', style: HEADER });
      if (!platforms.length) {
        out.set(`B${top + 1}`, {
          value: 'Import platform data to compare platforms',
          style: { italic: true },
        });
      }
      platforms.forEach((p, j) =>
        out.set(`${columnLetter(j + 2)}${top + 1}`, { value: platformName(p), style: HEADER }),
      );
      rows.forEach((r, i) => {
        const row = top + 2 + i;
        out.set(`A${row}`, { value: r.label });
        platforms.forEach((p, j) => {
          const agg = r.agg({ column: 'platform', equals: p });
          const a1 = `${columnLetter(j + 2)}${row}`;
          const missing = missingFor(agg, ctx);
          const fmt = FORMATS[r.unit];
          if (missing.length) out.set(a1, { value: '', note: `No data: ${missing.join('; ')}.` });
          else out.set(a1, { formula: metricFormula(agg, ctx, CURRENT), ...(fmt ? { format: fmt } : {}) });
        });
      });
      if (platforms.length) {
        out.protect(
          `B${top + 2}:${columnLetter(platforms.length + 1)}${top + 1 + rows.length}`,
          'Computed from the data tabs',
        );
      }
    },
  };
}
