import { sheetPhrase } from './place';

/**
 * The one error the importer throws. Its message always says which file, where (sheet/row/column),
 * what value was found, what was expected and what to do, so the sidebar and CLI can show it as is.
 */
export interface ImportErrorDetails {
  file: string;
  sheet?: string;
  /** 1-based row as a spreadsheet shows it. */
  row?: number;
  column?: string;
  value?: string;
  expected: string;
  action: string;
}

export class ImportError extends Error {
  details: ImportErrorDetails;
  constructor(problem: string, details: ImportErrorDetails) {
    super(formatMessage(problem, details));
    this.name = 'ImportError';
    this.details = details;
  }
}

function formatMessage(problem: string, d: ImportErrorDetails): string {
  const where = [
    `file "${d.file}"`,
    d.sheet !== undefined ? sheetPhrase(d.sheet) : '',
    d.row !== undefined ? `row ${d.row}` : '',
    d.column !== undefined ? `column "${d.column}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  const value = d.value !== undefined ? ` Found: ${JSON.stringify(clip(d.value))}.` : '';
  return `${where}: ${problem}.${value} Expected: ${d.expected}. What to do: ${d.action}`;
}

function clip(s: string): string {
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
}

export function isImportError(e: unknown): e is ImportError {
  return e instanceof ImportError;
}
