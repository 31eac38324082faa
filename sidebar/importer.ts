/**
 * The importer core, running in the browser: bytes → ParsedFile for the review step.
 * Errors become plain-words messages (ImportError messages already say where and what to do).
 */
import { FORMATS, importFile, isImportError } from '../src/importers';
export { checkFileSize } from '../src/importers';
import type { FormatChoice, ParsedFile } from './types';

export const formatChoices: FormatChoice[] = FORMATS.map((f) => ({
  id: f.id,
  name: f.name,
  platform: f.platform,
}));

export function formatName(id: string): FormatChoice {
  return formatChoices.find((f) => f.id === id) ?? { id, name: id, platform: '' };
}

export function parseFile(name: string, bytes: Uint8Array, formatId?: string): ParsedFile {
  const r = importFile(name, bytes, formatId ? { format: formatId } : {});
  return {
    name,
    size: bytes.length,
    format: formatName(r.format),
    confidence: r.confidence,
    evidence: r.evidence,
    tables: r.tables.filter((t) => t.rows.length > 0),
    skipped: r.skipped,
    issues: r.issues.map((i) => i.message),
  };
}

/** A message for the user when a file cannot be read, never a stack trace. */
export function describeReadError(name: string, e: unknown): string {
  if (isImportError(e)) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `"${name}" could not be read (${detail}). Check that it is an unmodified CSV, TSV, XLS, XLSX or ZIP export, or choose its format below.`;
}
