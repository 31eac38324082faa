/**
 * The importer core, running in the browser: bytes → ParsedFile for the review step.
 * Errors become plain-words messages (ImportError messages already say where and what to do).
 */
import { dateOrderOfLocale, FORMATS, importFile, isImportError, type ImportIssue } from '../src/importers';
export { checkFileSize } from '../src/importers';
import type { FormatChoice, ParsedFile } from './types';

export const formatChoices: FormatChoice[] = FORMATS.map((f) => ({
  id: f.id,
  name: f.name,
  platform: f.platform,
  ...(f.privacy ? { privacy: f.privacy } : {}),
}));

export function formatName(id: string): FormatChoice {
  return formatChoices.find((f) => f.id === id) ?? { id, name: id, platform: '' };
}

/** `locale`: the spreadsheet's, so dates that fit both day/month orders are read its way. */
export function parseFile(name: string, bytes: Uint8Array, formatId?: string, locale?: string): ParsedFile {
  const r = importFile(name, bytes, { format: formatId, dateOrder: dateOrderOfLocale(locale) });
  return {
    name,
    size: bytes.length,
    format: formatName(r.format),
    confidence: r.confidence,
    evidence: r.evidence,
    tables: r.tables.filter((t) => t.rows.length > 0),
    skipped: r.skipped,
    issues: noteLines(r.issues),
  };
}

/**
 * The notes shown before Import: what needs a look first (rows combined, ids recovered, parts not
 * imported, dates guessed), marked as such, then the plain information.
 */
export function noteLines(issues: ImportIssue[]): string[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues]
    .sort((a, b) => rank[a.level] - rank[b.level])
    .map((i) =>
      i.level === 'info' ? i.message : `${i.level === 'error' ? 'Problem' : 'Check'}: ${i.message}`,
    );
}

/** A message for the user when a file cannot be read, never a stack trace. */
export function describeReadError(name: string, e: unknown): string {
  if (isImportError(e)) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return `"${name}" could not be read (${detail}). Check that it is an unmodified CSV, TSV, XLS, XLSX or ZIP export, or choose its format below.`;
}
