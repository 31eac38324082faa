/**
 * Large CSV files: decode the bytes a piece at a time, detect on a preview (the first few hundred
 * lines), then run PapaParse's parser over each piece and map its rows at once, so neither the
 * whole decoded text nor the raw rows ever exist in full (peak ≈ result + one piece). Parsed once.
 * Files this path cannot take on (several tables, unknown layout) return null and go through the
 * ordinary path, which gives the same result.
 */
import Papa from 'papaparse';
import { isBlankLine, looksLikeHeader, prepareCsv, readPreparedCsv } from './csv';
import { binaryShare, NotUtf8Error, textPieces, type TextPieces } from './decode';
import { matchSection } from './detect';
import { ImportError } from './errors';
import { chooseFormat, collect, finalize, mapContext, newCollected } from './import';
import { createMapper } from './map';
import { MAX_CELLS } from './read';
import type { ImportOptions, ImportResult, RawWorkbook } from './types';

const PREVIEW_LINES = 400;
const PREVIEW_CHARS = 256 * 1024;
/** Decoded before the preview is cut: enough for a `sep=` line, the delimiter sniff and the preview. */
const HEAD_CHARS = PREVIEW_CHARS + 1024;
/** Larger pieces cost memory (each is parsed at once); smaller ones only add parse calls. */
const CHUNK_BYTES = 512 * 1024;

const MAGIC = [
  [0x50, 0x4b],
  [0xd0, 0xcf],
  [0x25, 0x50, 0x44, 0x46],
];

export function importLargeCsv(name: string, bytes: Uint8Array, options: ImportOptions): ImportResult | null {
  if (MAGIC.some((sig) => sig.every((x, i) => bytes[i] === x))) return null;
  const pieceBytes = options.streamChunkChars ?? CHUNK_BYTES;
  try {
    return importPieces(name, textPieces(bytes, pieceBytes), options);
  } catch (e) {
    // Not UTF-8 after all (found while parsing): what decodeText would do, Windows-1252, from the start.
    if (!(e instanceof NotUtf8Error)) throw e;
    return importPieces(name, textPieces(bytes, pieceBytes, true), options);
  }
}

function importPieces(name: string, source: TextPieces, options: ImportOptions): ImportResult | null {
  // The head, kept as the pieces it came in so the parser below sees the same piece boundaries.
  const headPieces: string[] = [];
  let headLength = 0;
  let ended = false;
  while (headLength < HEAD_CHARS) {
    const piece = source.next();
    if (piece === null) {
      ended = true;
      break;
    }
    headPieces.push(piece);
    headLength += piece.length;
  }
  const head = headPieces.join('');
  if (binaryShare(head) > 0.02) return null;
  const prepared = prepareCsv(head);
  const { body, delimiter } = prepared;

  const previewEnd = nthNewline(body, PREVIEW_LINES, PREVIEW_CHARS);
  if (previewEnd < 0 || (ended && previewEnd >= body.length - 1)) return null; // one line, or small: the ordinary path is as good
  const previewSheets = readPreparedCsv({ ...prepared, body: body.slice(0, previewEnd) });
  if (previewSheets.length !== 1) return null;
  const preview = previewSheets[0];
  preview.rows.pop(); // may be cut at the preview boundary
  preview.truncated = false;
  const wb: RawWorkbook = { file: name, kind: 'csv', encoding: source.encoding, sheets: [preview] };

  let chosen;
  try {
    chosen = chooseFormat(wb, options);
  } catch {
    return null; // let the ordinary path raise its error from the whole file
  }
  const m = matchSection(chosen.format, preview, name);
  if (!m || m.section.refuse) return null;
  const ctx = mapContext(wb, chosen.format, options);
  const mapper = createMapper(preview, m.section, m.header, ctx);
  const width = preview.rows[0]?.length ?? 0;

  let r = -1;
  let started = false;
  let afterBlank = false;
  let anotherTable = false;
  let truncated = false;
  let cells = 0;
  /** Maps one piece's rows; false stops the parse (another table, or too many cells). */
  const take = (rows: string[][]): boolean => {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      if (!started) {
        if (isBlankLine(row) || row[0].startsWith('#')) continue;
        started = true;
      }
      if (isBlankLine(row)) {
        afterBlank = true;
        continue;
      }
      if (afterBlank) {
        // Same rule as the ordinary reader: after a blank line, only more data of the same width continues this table.
        if (row[0].startsWith('#') || looksLikeHeader(row) || row.length !== width) {
          anotherTable = true;
          return false;
        }
        afterBlank = false;
      }
      r++;
      cells += width;
      if (cells > MAX_CELLS) return false;
      mapper.push(row, r);
    }
    return true;
  };

  // PapaParse's own parser, fed piece by piece as its chunked streamer does: each call parses the
  // unfinished line carried over plus the next piece and leaves a row cut by the piece end for later.
  const parser = new Papa.Parser({ delimiter, newline: guessNewline(body) });
  const skip = head.length - body.length; // the `sep=` line
  let carried = '';
  let skipped = 0;
  let more = true;
  const feed = (piece: string, last: boolean) => {
    const input = carried === '' ? piece : carried + piece;
    const res = parser.parse(input, 0, !last) as Papa.ParseResult<string[]>;
    if (last && res.errors.some((e) => e.code === 'MissingQuotes')) truncated = true;
    carried = last ? '' : input.substring(res.meta.cursor);
    more = take(res.data);
  };
  for (let i = 0; i < headPieces.length && more; i++) {
    let piece = headPieces[i];
    headPieces[i] = '';
    if (skipped < skip) {
      const cut = Math.min(skip - skipped, piece.length);
      skipped += cut;
      piece = piece.slice(cut);
    }
    feed(piece, false);
  }
  for (let piece = source.next(); piece !== null && more; piece = source.next()) feed(piece, false);
  if (more) feed('', true);

  if (anotherTable) return null;
  if (cells > MAX_CELLS) {
    throw new ImportError('the file is larger than a spreadsheet can hold', {
      file: name,
      value: `more than ${MAX_CELLS} cells`,
      expected: `at most ${MAX_CELLS.toLocaleString('en-US')} cells (the Google Sheets limit)`,
      action: 'export a shorter date range, or split the file, and import the parts one after another',
    });
  }
  const acc = newCollected();
  collect(acc, name, preview.name, m.section.table, mapper.finish(truncated));
  return finalize(acc, name, chosen);
}

/** Index just past the n-th newline (or past the last newline before `maxChars`); -1 without one. */
function nthNewline(text: string, n: number, maxChars: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at + 1);
    if (next < 0 || next > maxChars) break;
    at = next;
  }
  return at < 0 ? -1 : at + 1;
}

/** PapaParse's line-ending guess (what Papa.parse does on its first 1 MB), outside quoted text. */
function guessNewline(text: string): '\n' | '\r\n' | '\r' {
  const t = text.slice(0, 1024 * 1024).replace(/"[^]*?"/gm, '');
  const r = t.split('\r');
  const n = t.split('\n');
  if (r.length === 1 || (n.length > 1 && n[0].length < r[0].length)) return '\n';
  let withN = 0;
  for (let i = 0; i < r.length; i++) if (r[i][0] === '\n') withN++;
  return withN >= r.length / 2 ? '\r\n' : '\r';
}
