/**
 * Text → raw tables for CSV/TSV: `sep=` line, delimiter sniffing (`,` `;` TAB), `#` comment
 * preambles, several tables separated by blank lines, unterminated quotes flagged as truncation.
 * PapaParse runs once over the whole text; everything else is a walk over its rows.
 */
import Papa from 'papaparse';
import type { RawCell, RawSheet } from './types';

const DELIMITERS = [',', '\t', ';', '|'] as const;

export interface PreparedCsv {
  /** Text after a `sep=` line. */
  body: string;
  delimiter: string;
  /** The `sep=` line, when there was one. */
  filePreamble: string[];
}

/** `sep=` line and delimiter, decided before parsing. */
export function prepareCsv(text: string): PreparedCsv {
  const sep = /^sep=(.)\r?\n/i.exec(text);
  if (sep) return { body: text.slice(sep[0].length), delimiter: sep[1], filePreamble: [sep[0].trimEnd()] };
  return { body: text, delimiter: sniffDelimiter(text), filePreamble: [] };
}

export function readCsvText(text: string): RawSheet[] {
  return readPreparedCsv(prepareCsv(text));
}

export function readPreparedCsv({ body, delimiter, filePreamble }: PreparedCsv): RawSheet[] {
  const parsed = Papa.parse<string[]>(body, { delimiter, skipEmptyLines: false });
  const truncated = parsed.errors.some((e) => e.code === 'MissingQuotes');
  const sheets = splitBlocks(parsed.data, delimiter);
  if (sheets.length > 0) sheets[0].preamble.unshift(...filePreamble);
  if (truncated && sheets.length > 0) sheets[sheets.length - 1].truncated = true;
  return sheets;
}

/** Pick the delimiter that gives the most lines with the same (>1) field count in the first lines. */
export function sniffDelimiter(text: string): string {
  const lines = text
    .slice(0, 65536)
    .split(/\r?\n/)
    .slice(0, 60)
    .filter((l) => l.trim() !== '' && !l.startsWith('#'));
  let best: string = ',';
  let bestScore = -1;
  for (const d of DELIMITERS) {
    const counts = new Map<number, number>();
    for (const line of lines) {
      const n = countFields(line, d);
      if (n > 1) counts.set(n, (counts.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [fields, lineCount] of counts) score = Math.max(score, lineCount * 1000 + fields);
    if (score > bestScore) {
      bestScore = score;
      best = d;
    }
  }
  return best;
}

function countFields(line: string, d: string): number {
  let n = 1;
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (ch === '"') quoted = !quoted;
    else if (ch === d && !quoted) n++;
  }
  return n;
}

export function isBlankLine(row: string[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    // Most cells start with a visible character: decide without trimming.
    if (c.length > 0 && (c.charCodeAt(0) > 32 || c.trim() !== '')) return false;
  }
  return true;
}

/** A header row is all text; a continuation of data after a stray blank line has numbers. */
export function looksLikeHeader(row: string[]): boolean {
  let text = 0;
  for (const c of row) {
    const t = c.trim();
    if (t === '') continue;
    if (/^[-+]?[\d.,]+%?$/.test(t)) return false;
    text++;
  }
  return text > 0;
}

function splitBlocks(data: string[][], delimiter: string): RawSheet[] {
  const sheets: RawSheet[] = [];
  let current: RawSheet | null = null;
  let pendingPreamble: string[] = [];
  let afterBlank = true;
  for (const row of data) {
    if (isBlankLine(row)) {
      afterBlank = true;
      continue;
    }
    if (afterBlank && row[0].startsWith('#')) {
      pendingPreamble.push(row.join(delimiter));
      continue;
    }
    if (afterBlank) {
      const continues =
        current !== null &&
        pendingPreamble.length === 0 &&
        row.length === (current.rows[0]?.length ?? -1) &&
        !looksLikeHeader(row);
      if (!continues) {
        current = {
          name: sheets.length === 0 ? 'table 1' : `table ${sheets.length + 1}`,
          rows: [],
          preamble: pendingPreamble,
          fromText: true,
        };
        sheets.push(current);
        pendingPreamble = [];
      }
      afterBlank = false;
    }
    (current as RawSheet).rows.push(row as RawCell[]);
  }
  return sheets;
}
