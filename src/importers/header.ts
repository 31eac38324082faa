/**
 * Finding a table's header by content (not by offset) and comparing header text: trimmed,
 * case-folded, whitespace collapsed, BOM and stray quotes removed.
 */
import type { RawCell, RawSheet, SectionRule } from './types';

export function normalizeHeader(h: RawCell): string {
  if (h === null) return '';
  return String(h)
    .replace(/^\ufeff/, '')
    .replace(/^"+|"+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** `Watch time (hours)` → `watch_time_hours`; `Impressions (organic)` → `impressions_organic`. */
export function snakeCase(h: string): string {
  const s = h
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/%/g, ' pct ')
    .replace(/#/g, ' number ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
  if (s === '') return 'column';
  return /^\d/.test(s) ? `c_${s}` : s;
}

/** alias (normalized) → rule `to`, built once per section. */
export function aliasIndex(section: SectionRule): Map<string, string> {
  const m = new Map<string, string>();
  for (const rule of section.columns) {
    for (const a of rule.aliases) {
      const k = normalizeHeader(a);
      if (!m.has(k)) m.set(k, rule.to);
    }
  }
  return m;
}

export interface HeaderMatch {
  row: number;
  /** Column index → `to` for every matched header (first occurrence wins). */
  matched: Map<number, string>;
  /** Signature entries that matched. */
  signatureHits: number;
}

const SCAN_ROWS = 40;

/** Does the signature entry (`a|b` = either) appear among the matched targets? */
function signatureHit(entry: string, targets: Set<string>): boolean {
  return entry.split('|').some((t) => targets.has(t));
}

/** The first row (of the first 40) that carries the whole signature, with the most matched columns. */
export function findHeader(
  sheet: RawSheet,
  section: SectionRule,
  index = aliasIndex(section),
): HeaderMatch | null {
  let best: HeaderMatch | null = null;
  const limit = Math.min(sheet.rows.length, SCAN_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r];
    const matched = new Map<number, string>();
    const targets = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      const to = index.get(normalizeHeader(row[c]));
      if (to !== undefined && (section.sideBySide || !targets.has(to))) {
        matched.set(c, to);
        targets.add(to);
      }
    }
    const hits = section.signature.filter((e) => signatureHit(e, targets)).length;
    if (hits < section.signature.length) continue;
    if (!best || matched.size > best.matched.size) best = { row: r, matched, signatureHits: hits };
  }
  return best;
}
