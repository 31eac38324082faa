/**
 * Large CSV files: detect on a preview (the first few hundred lines), then let PapaParse parse
 * the whole text in chunks and map each chunk's rows as they come, so raw rows never pile up in
 * memory (peak ≈ text + result). Parsed once. Files this path cannot take on (several tables,
 * unknown layout) return null and go through the ordinary path, which gives the same result.
 */
import Papa from 'papaparse';
import { isBlankLine, looksLikeHeader, prepareCsv, readPreparedCsv } from './csv';
import { binaryShare, decodeText } from './decode';
import { matchSection } from './detect';
import { ImportError } from './errors';
import { chooseFormat, collect, finalize, mapContext, newCollected } from './import';
import { createMapper } from './map';
import { MAX_CELLS } from './read';
import type { ImportOptions, ImportResult, RawWorkbook } from './types';

interface ChunkedConfig extends Papa.ParseConfig<string[]> {
  chunkSize: number;
  chunk(results: Papa.ParseResult<string[]>, parser: Papa.Parser): void;
}

const PREVIEW_LINES = 400;
const PREVIEW_CHARS = 256 * 1024;
const CHUNK_CHARS = 1024 * 1024;

const MAGIC = [
  [0x50, 0x4b],
  [0xd0, 0xcf],
  [0x25, 0x50, 0x44, 0x46],
];

export function importLargeCsv(name: string, bytes: Uint8Array, options: ImportOptions): ImportResult | null {
  if (MAGIC.some((sig) => sig.every((x, i) => bytes[i] === x))) return null;
  const decoded = decodeText(bytes);
  if (binaryShare(decoded.text) > 0.02) return null;
  const prepared = prepareCsv(decoded.text);
  const { body, delimiter } = prepared;

  const previewEnd = nthNewline(body, PREVIEW_LINES, PREVIEW_CHARS);
  if (previewEnd >= body.length - 1) return null; // small enough: the ordinary path is as good
  const previewSheets = readPreparedCsv({ ...prepared, body: body.slice(0, previewEnd) });
  if (previewSheets.length !== 1) return null;
  const preview = previewSheets[0];
  preview.rows.pop(); // may be cut at the preview boundary
  preview.truncated = false;
  const wb: RawWorkbook = { file: name, kind: 'csv', encoding: decoded.encoding, sheets: [preview] };

  let chosen;
  try {
    chosen = chooseFormat(wb, options);
  } catch {
    return null; // let the ordinary path raise its error from the whole file
  }
  const m = matchSection(chosen.format, preview, name);
  if (!m) return null;
  const ctx = mapContext(wb, chosen.format, options);
  const mapper = createMapper(preview, m.section, m.header, ctx);
  const width = preview.rows[0]?.length ?? 0;

  let r = -1;
  let started = false;
  let afterBlank = false;
  let anotherTable = false;
  let truncated = false;
  let cells = 0;
  const config: ChunkedConfig = {
    delimiter,
    skipEmptyLines: false,
    chunkSize: options.streamChunkChars ?? CHUNK_CHARS,
    chunk(results, parser) {
      if (results.errors.some((e) => e.code === 'MissingQuotes')) truncated = true;
      for (const row of results.data) {
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
            parser.abort();
            return;
          }
          afterBlank = false;
        }
        r++;
        cells += width;
        if (cells > MAX_CELLS) {
          parser.abort();
          return;
        }
        mapper.push(row, r);
      }
    },
  };
  // A string with a `chunk` callback is parsed synchronously, chunk by chunk; @types/papaparse only
  // types `chunk` for files and workers, hence the widened signature.
  (Papa.parse as (input: string, config: ChunkedConfig) => void)(body, config);
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

/** Index just past the n-th newline (or past the last newline before `maxChars`). */
function nthNewline(text: string, n: number, maxChars: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    const next = text.indexOf('\n', at + 1);
    if (next < 0 || next > maxChars) break;
    at = next;
  }
  return at < 0 ? text.length : at + 1;
}
