/**
 * Finding a table's header by content (not by offset) and comparing header text. A header is
 * normalized ONCE (cached per row) before it is matched against every format's aliases.
 */
import type { RawCell, RawSheet, SectionRule } from './types';

/**
 * Characters that are in the bytes but not in what the user reads: soft hyphens (U+00AD, inside
 * every word of German YouTube Studio headers, e.g. `Auf­ru­fe`), zero-width spaces/joiners,
 * word joiner and BOM.
 */
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
/** No-break and narrow spaces (French exports put U+202F before `%`). */
const ODD_SPACE = /[\u00a0\u2007\u202f]/g;
/**
 * Unit suffixes that do not change what a column is: `(%)`, `(USD)` (YouTube's
 * `Estimated revenue (USD)` follows the channel's currency, `Receita estimada (BRL)`).
 */
const UNIT_SUFFIX =
  /\s*\((?:%|usd|eur|gbp|brl|mxn|ars|cop|clp|pen|inr|jpy|cad|aud|chf|sek|nok|dkk|pln|try|[$€£¥])\)$/;

/** Text as the user reads it: invisible characters removed, odd spaces made plain, trimmed. */
export function visibleText(h: RawCell): string {
  if (h === null) return '';
  return String(h).replace(INVISIBLE, '').replace(ODD_SPACE, ' ').trim();
}

/**
 * Comparable header text: invisible characters removed, case-folded, accents dropped
 * (`Título` = `Titulo`), whitespace collapsed, stray quotes and unit suffixes removed.
 */
export function normalizeHeader(h: RawCell): string {
  if (h === null) return '';
  const s = String(h);
  // Fast path: plain ASCII headers (most English exports) need no Unicode work.
  const ascii = /^[\x20-\x7e]*$/.test(s);
  let t = ascii ? s : s.replace(INVISIBLE, '').replace(ODD_SPACE, ' ');
  t = t
    .replace(/^"+|"+$/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
  if (!ascii) t = t.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return t.replace(UNIT_SUFFIX, '');
}

const rowCache = new WeakMap<RawCell[], string[]>();

/** The normalized cells of a header candidate row, computed once however many formats look at it. */
export function normalizedRow(row: RawCell[]): string[] {
  let n = rowCache.get(row);
  if (!n) {
    n = row.map(normalizeHeader);
    rowCache.set(row, n);
  }
  return n;
}

/** `Watch time (hours)` → `watch_time_hours`; `Impressions (organic)` → `impressions_organic`. */
export function snakeCase(h: string): string {
  const s = h
    .replace(INVISIBLE, '')
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

const indexCache = new WeakMap<SectionRule, Map<string, string>>();

/** alias (normalized) → rule `to`, built once per section. */
export function aliasIndex(section: SectionRule): Map<string, string> {
  const cached = indexCache.get(section);
  if (cached) return cached;
  const m = new Map<string, string>();
  for (const rule of section.columns) {
    for (const a of rule.aliases) {
      const k = normalizeHeader(a);
      if (!m.has(k)) m.set(k, rule.to);
    }
  }
  indexCache.set(section, m);
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
    const row = normalizedRow(sheet.rows[r]);
    const matched = new Map<number, string>();
    const targets = new Set<string>();
    for (let c = 0; c < row.length; c++) {
      const to = index.get(row[c]);
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
