/**
 * Text → raw tables for CSV/TSV: `sep=` line, delimiter sniffing (`,` `;` TAB), `#` comment
 * preambles, several tables separated by blank lines, unterminated quotes flagged as truncation.
 * Files are decoded and parsed a piece at a time under the reading budgets (columns, cells, line
 * length), so the whole text never exists as one string and a hostile file stops early.
 */
import Papa from 'papaparse';
import { binaryShare, NotUtf8Error, textPieces, type DecodedText, type TextPieces } from './decode';
import { lineTooLong, tooManyCells, tooManyColumns, type Limits } from './limits';
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
  const prepared = prepareCsv(text);
  return readPreparedCsv(prepared, guessNewline(prepared.body));
}

/** A small text (a preview) parsed at once. */
export function readPreparedCsv(
  { body, delimiter, filePreamble }: PreparedCsv,
  newline: Newline,
): RawSheet[] {
  const parsed = Papa.parse<string[]>(body, { delimiter, newline, skipEmptyLines: false });
  const truncated = parsed.errors.some((e) => e.code === 'MissingQuotes');
  return blocks(parsed.data, delimiter, filePreamble, truncated);
}

function blocks(rows: string[][], delimiter: string, filePreamble: string[], truncated: boolean): RawSheet[] {
  const sheets = splitBlocks(rows, delimiter);
  if (sheets.length > 0) sheets[0].preamble.unshift(...filePreamble);
  if (truncated && sheets.length > 0) sheets[sheets.length - 1].truncated = true;
  return sheets;
}

/** Text bytes decoded per piece: larger pieces cost memory, smaller ones only add parse calls. */
export const PIECE_BYTES = 512 * 1024;
/** Decoded before parsing starts: enough for a `sep=` line, the delimiter sniff and the newline guess. */
export const HEAD_CHARS = 256 * 1024 + 1024;

export interface TextTables {
  sheets: RawSheet[];
  encoding: DecodedText['encoding'];
}

/**
 * CSV/TSV bytes → raw tables, decoded and parsed a piece at a time. Strict UTF-8 unless a BOM
 * says otherwise; a file that turns out not to be UTF-8 is read again as Windows-1252.
 * Null when the text looks binary (the caller says what the file is instead).
 */
export function readCsvBytes(file: string, bytes: Uint8Array, limits: Limits): TextTables | null {
  try {
    return readCsvPieces(file, textPieces(bytes, PIECE_BYTES), limits);
  } catch (e) {
    if (!(e instanceof NotUtf8Error)) throw e;
    return readCsvPieces(file, textPieces(bytes, PIECE_BYTES, true), limits);
  }
}

/** The first pieces of a text, joined: what the delimiter, `sep=` line and newline are decided from. */
export function readHead(source: TextPieces): { pieces: string[]; head: string; ended: boolean } {
  const pieces: string[] = [];
  let length = 0;
  let ended = false;
  while (length < HEAD_CHARS) {
    const piece = source.next();
    if (piece === null) {
      ended = true;
      break;
    }
    pieces.push(piece);
    length += piece.length;
  }
  return { pieces, head: pieces.join(''), ended };
}

function readCsvPieces(file: string, source: TextPieces, limits: Limits): TextTables | null {
  const { head, ended } = readHead(source);
  if (binaryShare(head) > 0.02) return null;
  const prepared = prepareCsv(head);
  const rows: string[][] = [];
  let cells = 0;
  let first = true;
  const next = () => {
    if (first) {
      first = false;
      return prepared.body;
    }
    return ended ? null : source.next();
  };
  const truncated = parsePieces(
    next,
    prepared.delimiter,
    guessNewline(prepared.body),
    limits,
    { file },
    (piece) => {
      for (let i = 0; i < piece.length; i++) {
        const row = piece[i];
        if (row.length > limits.columns)
          throw tooManyColumns({ file, row: rows.length + 1 }, row.length, limits);
        cells += row.length;
        if (cells > limits.cells) throw tooManyCells({ file }, limits.cells, limits);
        rows.push(row);
      }
      return true;
    },
  );
  return {
    sheets: blocks(rows, prepared.delimiter, prepared.filePreamble, truncated),
    encoding: source.encoding,
  };
}

export type Newline = '\n' | '\r\n' | '\r';

/**
 * PapaParse's own parser fed piece by piece, as its chunked streamer does: each call parses the
 * unfinished line carried over plus the next piece and leaves a row cut by the piece end for later.
 * `take` gets each piece's complete rows and returns false to stop. A carried line longer than the
 * budget stops the read (a file of one endless line). Returns whether the text ended inside quotes.
 */
export function parsePieces(
  next: () => string | null,
  delimiter: string,
  newline: Newline,
  limits: Limits,
  where: { file: string },
  take: (rows: string[][]) => boolean,
): boolean {
  const parser = new Papa.Parser({ delimiter, newline });
  let carried = '';
  let rows = 0;
  let truncated = false;
  const feed = (piece: string, last: boolean): boolean => {
    const input = carried === '' ? piece : carried + piece;
    const res = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    if (last && res.errors.some((e) => e.code === 'MissingQuotes')) truncated = true;
    carried = last ? '' : input.substring(res.meta.cursor);
    if (carried.length > limits.lineChars) throw lineTooLong({ ...where, row: rows + 1 }, limits);
    rows += res.data.length;
    return take(res.data);
  };
  for (let piece = next(); piece !== null; piece = next()) if (!feed(piece, false)) return false;
  feed('', true);
  return truncated;
}

/** PapaParse's line-ending guess (what Papa.parse does on its first 1 MB), outside quoted text: decided once per file. */
export function guessNewline(text: string): Newline {
  const t = text.slice(0, 1024 * 1024).replace(/"[^]*?"/gm, '');
  const r = t.split('\r');
  const n = t.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  let withN = 0;
  for (let i = 0; i < r.length; i++) if (r[i][0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
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
