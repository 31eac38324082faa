/**
 * Public API of the importer (runs in the browser sidebar and in Node; never in the Apps Script
 * server bundle — server code imports toSheetValue / mergeRows from src/model directly).
 */
import { FORMAT_DEFS } from './formats';

export { readFile, checkFileSize, MAX_CELLS } from './read';
export { LIMITS, type Limits } from './limits';
export { detectFormat, rankFormats } from './detect';
export { importFile, importWorkbook } from './import';
export { ImportError, isImportError } from './errors';
export { dateOrderOfLocale } from './values';
export { mergeRows, type MergeResult } from '../model/merge';
export { toSheetValue, type SheetValue } from '../model/sheet-value';
export { FORMAT_DEFS, formatById } from './formats';
export type * from './types';

/** Format list for `kpi-sheets formats` and the sidebar's format picker. */
export const FORMATS = FORMAT_DEFS.map((f) => ({
  id: f.id,
  name: f.name,
  platform: f.platform,
  description: f.description,
  evidence: f.evidence,
  ...(f.privacy ? { privacy: f.privacy } : {}),
}));
