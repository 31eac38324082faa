/**
 * Large CSV files: decode the bytes a piece at a time, detect on a preview (the first few hundred
 * lines), then run PapaParse's parser over each piece and map its rows at once, so neither the
 * whole decoded text nor the raw rows ever exist in full (peak ≈ result + one piece). Parsed once.
 * Files this path cannot take on (several tables, unknown layout) return null and go through the
 * ordinary path, which gives the same result.
 */
import {
  guessNewline,
  isBlankLine,
  looksLikeHeader,
  parsePieces,
  prepareCsv,
  PIECE_BYTES,
  readHead,
  readPreparedCsv,
} from './csv';
import { binaryShare, NotUtf8Error, textPieces, type TextPieces } from './decode';
import { matchSection } from './detect';
import { isImportError } from './errors';
import { chooseFormat, collect, finalize, mapContext, newCollected, noteAccount } from './import';
import { limitsOf, tooManyCells, tooManyColumns, type Limits } from './limits';
import { createMapper } from './map';
import type { ImportOptions, ImportResult, RawWorkbook } from './types';

const PREVIEW_LINES = 400;
const PREVIEW_CHARS = 256 * 1024;

const MAGIC = [
  [0x50, 0x4b],
  [0xd0, 0xcf],
  [0x25, 0x50, 0x44, 0x46],
];

export function importLargeCsv(name: string, bytes: Uint8Array, options: ImportOptions): ImportResult | null {
  if (MAGIC.some((sig) => sig.every((x, i) => bytes[i] === x))) return null;
  const pieceBytes = options.streamChunkChars ?? PIECE_BYTES;
  const limits = limitsOf(options.limits);
  try {
    return importPieces(name, textPieces(bytes, pieceBytes), options, limits);
  } catch (e) {
    // Not UTF-8 after all (found while parsing): what decodeText would do, Windows-1252, from the start.
    if (!(e instanceof NotUtf8Error)) throw e;
    return importPieces(name, textPieces(bytes, pieceBytes, true), options, limits);
  }
}

function importPieces(
  name: string,
  source: TextPieces,
  options: ImportOptions,
  limits: Limits,
): ImportResult | null {
  // The head, kept as the pieces it came in so the parser below sees the same piece boundaries.
  const { pieces: headPieces, head, ended } = readHead(source);
  if (binaryShare(head) > 0.02) return null;
  const prepared = prepareCsv(head);
  const { body, delimiter } = prepared;
  const newline = guessNewline(body);

  const previewEnd = nthNewline(body, PREVIEW_LINES, PREVIEW_CHARS);
  if (previewEnd < 0 || (ended && previewEnd >= body.length - 1)) return null; // one line, or small: the ordinary path is as good
  const previewSheets = readPreparedCsv({ ...prepared, body: body.slice(0, previewEnd) }, newline);
  if (previewSheets.length !== 1) return null;
  const preview = previewSheets[0];
  preview.rows.pop(); // may be cut at the preview boundary
  preview.truncated = false;
  const wide = preview.rows.findIndex((row) => row.length > limits.columns);
  if (wide >= 0) throw tooManyColumns({ file: name, row: wide + 1 }, preview.rows[wide].length, limits);
  const wb: RawWorkbook = { file: name, kind: 'csv', encoding: source.encoding, sheets: [preview] };

  // The head pieces (less the `sep=` line), then the rest of the file.
  let skip = head.length - body.length;
  let h = 0;
  const next = (): string | null => {
    if (h < headPieces.length) {
      let piece = headPieces[h];
      headPieces[h++] = '';
      if (skip > 0) {
        const cut = Math.min(skip, piece.length);
        skip -= cut;
        piece = piece.slice(cut);
      }
      return piece;
    }
    return ended ? null : source.next();
  };
  const width = preview.rows[0]?.length ?? 0;
  const rowOf = tableRows(width);
  let anotherTable = false;

  let chosen;
  try {
    chosen = chooseFormat(wb, options);
  } catch (e) {
    // Nothing known in the first lines. Only a later table (after a blank line) could still be
    // detected, so look for one without keeping rows; without one, this is the answer for the whole
    // file, given in the memory of one piece rather than after reading every row.
    if (!isImportError(e)) throw e;
    parsePieces(next, delimiter, newline, limits, { file: name }, (rows) => {
      for (let i = 0; i < rows.length; i++) if (rowOf(rows[i]) === 'end') return !(anotherTable = true);
      return true;
    });
    if (anotherTable) return null;
    throw e;
  }
  const m = matchSection(chosen.format, preview, name);
  if (!m || m.section.refuse) return null;
  const ctx = mapContext(wb, chosen.format, options);
  const mapper = createMapper(preview, m.section, m.header, ctx);

  let r = -1;
  let cells = 0;
  /** Maps one piece's rows; false stops the parse (another table). */
  const take = (rows: string[][]): boolean => {
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i];
      const kind = rowOf(row);
      if (kind === 'skip') continue;
      if (kind === 'end') {
        anotherTable = true;
        return false;
      }
      r++;
      if (row.length > limits.columns) throw tooManyColumns({ file: name, row: r + 1 }, row.length, limits);
      cells += Math.max(width, row.length);
      if (cells > limits.cells) throw tooManyCells({ file: name }, limits.cells, limits);
      mapper.push(row, r);
    }
    return true;
  };

  const truncated = parsePieces(next, delimiter, newline, limits, { file: name }, take);

  if (anotherTable) return null;
  const acc = newCollected();
  noteAccount(acc, ctx);
  collect(acc, name, preview.name, m.section.table, mapper.finish(truncated));
  return finalize(acc, name, chosen);
}

/**
 * The ordinary reader's rule, row by row: leading blank and `#` lines are skipped; after a blank
 * line, only more data of the same width continues this table, anything else starts another.
 */
function tableRows(width: number): (row: string[]) => 'skip' | 'row' | 'end' {
  let started = false;
  let afterBlank = false;
  return (row) => {
    if (!started) {
      if (isBlankLine(row) || row[0].startsWith('#')) return 'skip';
      started = true;
    }
    if (isBlankLine(row)) {
      afterBlank = true;
      return 'skip';
    }
    if (afterBlank) {
      if (row[0].startsWith('#') || looksLikeHeader(row) || row.length !== width) return 'end';
      afterBlank = false;
    }
    return 'row';
  };
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
