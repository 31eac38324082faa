/**
 * `kpi-sheets import FILE… [--format ID] [--date-order dmy|mdy] [--json]`: detect and map each file; print a summary
 * (or exactly one JSON object with --json). Any failing file → nothing on stdout, a clear
 * message per failure on stderr, exit code 1: a partial batch is never presented as complete.
 */
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { importFile, isImportError, type ImportOptions, type ImportResult } from '../../importers';
import type { CliCommand, CliIO } from '../cli';
import { parsedOrProblem, usageError } from './usage';

export interface ImportJsonFile {
  file: string;
  format: string;
  platform: string;
  confidence: number;
  tables: Record<string, { columns: string[]; rows: (string | number | null)[][] }>;
  skipped: ImportResult['skipped'];
  issues: ImportResult['issues'];
}

export function toJsonFile(path: string, r: ImportResult): ImportJsonFile {
  const tables: ImportJsonFile['tables'] = {};
  for (const t of r.tables) tables[t.table] = { columns: t.columns, rows: t.rows };
  return {
    file: path,
    format: r.format,
    platform: r.platform,
    confidence: r.confidence,
    tables,
    skipped: r.skipped,
    issues: r.issues,
  };
}

export const importCommand: CliCommand = {
  summary: 'detect the format of analytics exports and print their canonical tables',
  usage: 'kpi-sheets import FILE… [--format ID] [--date-order dmy|mdy] [--json]',
  run(args, io) {
    const parsed = parsedOrProblem(() =>
      parseArgs({
        args,
        options: {
          format: { type: 'string' },
          'date-order': { type: 'string' },
          json: { type: 'boolean', default: false },
        },
        allowPositionals: true,
        strict: true,
      }),
    );
    if (typeof parsed === 'string') return usageError(io, 'import', importCommand.usage, parsed);
    const order = parsed.values['date-order'];
    if (order !== undefined && order !== 'dmy' && order !== 'mdy')
      return usageError(io, 'import', importCommand.usage, `--date-order must be dmy or mdy, not "${order}"`);
    const files = parsed.positionals;
    if (files.length === 0) return usageError(io, 'import', importCommand.usage, 'no file given');
    const results: [string, ImportResult][] = [];
    let failed = 0;
    for (const path of files) {
      const r = importOne(path, { format: parsed.values.format, dateOrder: order }, io);
      if (r) results.push([path, r]);
      else failed++;
    }
    if (failed > 0) {
      io.err(
        `kpi-sheets import: ${failed} of ${files.length} file(s) could not be imported; nothing was printed.`,
      );
      return 1;
    }
    if (parsed.values.json) io.out(JSON.stringify({ files: results.map(([p, r]) => toJsonFile(p, r)) }));
    else io.out(results.map(([p, r]) => summary(p, r)).join('\n\n'));
    return 0;
  },
};

function importOne(path: string, options: ImportOptions, io: CliIO): ImportResult | null {
  let bytes: Uint8Array;
  try {
    bytes = io.readFile(path);
  } catch (e) {
    if (isImportError(e)) {
      io.err(`kpi-sheets import: ${e.message}`);
      return null;
    }
    const code = (e as { code?: string }).code;
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'is a directory, not a file'
          : (e as Error).message;
    io.err(`kpi-sheets import: cannot read "${path}": ${why}. Check the path and try again.`);
    return null;
  }
  try {
    return importFile(basename(path), bytes, options);
  } catch (e) {
    if (isImportError(e)) io.err(`kpi-sheets import: ${e.message}`);
    else
      io.err(
        `kpi-sheets import: file "${path}": unexpected failure (${(e as Error).message}). Please report this with the file.`,
      );
    return null;
  }
}

const PREVIEW_ROWS = 5;
const cell = (v: unknown): string => {
  const s = v === null ? '' : String(v).replace(/\s+/g, ' ');
  return s.length > 24 ? `${s.slice(0, 23)}…` : s;
};

function summary(path: string, r: ImportResult): string {
  const lines = [`${path}: ${r.format} (${r.platform}), confidence ${r.confidence.toFixed(2)}`];
  for (const e of r.evidence) lines.push(`  evidence: ${e}`);
  for (const t of r.tables) {
    lines.push(`  table ${t.table}: ${t.rows.length} rows × ${t.columns.length} columns`);
    const used = t.columns.map((_, i) => i).filter((i) => t.rows.some((row) => row[i] !== null));
    lines.push(`    ${used.map((i) => t.columns[i]).join(' | ')}`);
    for (const row of t.rows.slice(0, PREVIEW_ROWS))
      lines.push(`    ${used.map((i) => cell(row[i])).join(' | ')}`);
    if (t.rows.length > PREVIEW_ROWS)
      lines.push(`    … ${t.rows.length - PREVIEW_ROWS} more rows (use --json for all)`);
  }
  for (const s of r.skipped) lines.push(`  skipped: ${s.row}: ${s.reason}`);
  for (const i of r.issues) lines.push(`  ${i.level}: ${i.message}`);
  return lines.join('\n');
}
