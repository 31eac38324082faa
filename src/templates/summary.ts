/**
 * "In short": one live sentence per headline KPI beside the period cells, on the first screen —
 * "Impressions 22,489, up 6.6% on the previous 28 days" — built by formulas from the tile row, so it
 * follows the period cells; a short comparison says so instead of a change.
 */
import { FORMATS } from './style';
import type { TileRow } from './tiles';
import type { PlanWriter } from './writer';

export function writeSummary(out: PlanWriter, rows: TileRow[]): void {
  const head = rows.filter((r) => r.metric.headline && !r.missing.length).slice(0, 5);
  out.set('D4', { value: 'In short', style: { bold: true } });
  // A tab made from data that does not fit it says so, and what to import.
  const why = rows.find((r) => r.metric.headline && r.missing.length)?.missing[0];
  if (!head.length && why) out.set('D5', { value: `No headline KPI has data yet: ${why}.` });
  head.forEach(({ metric: m, row }, i) => {
    const [A, B, D] = ['A', 'B', 'D'].map((l) => `$${l}$${row}`);
    const change = `IF(${D}>0,", up "&TEXT(${D},"0.0%"),IF(${D}<0,", down "&TEXT(-${D},"0.0%"),", unchanged"))&" on "&$C$7`;
    out.set(`D${5 + i}`, {
      formula: `=IF(${B}="",${A}&": no data in the period",${A}&" "&TEXT(${B},"${FORMATS[m.unit] ?? '0'}")&IF(ISNUMBER(${D}),${change},IF(${D}="","",", but the "&${D})))`,
    });
  });
}
