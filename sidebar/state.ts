/**
 * The sidebar's state machine: pure (no DOM, no google.script.run). The UI dispatches events,
 * renders the resulting state, and performs the side effects the state asks for.
 *
 *   choose ──files──▶ review ──importStarted──▶ importing ──importDone──▶ imported
 *     ▲                 │  ▲                      │  cancel / failure        │
 *     └──────reset──────┘  └──────────────────────┘                          ▼
 *                                   generated ◀──generated── generating ◀─generateStarted
 */
import { adviceFor } from './account-advice';
import type { ColumnEdits, GeneratedTab, ImportSummary, KpiTabInfo, ParsedFile, TemplateInfo } from './types';

export type Step = 'choose' | 'review' | 'importing' | 'imported' | 'generating' | 'generated';

export interface FileItem {
  id: string;
  name: string;
  size: number;
  status: 'reading' | 'ready' | 'failed';
  parsed?: ParsedFile;
  /** Plain-words error with what to do next (file could not be read). */
  error?: string;
  /** Format the user picked instead of the detected one. */
  formatOverride?: string;
  edits: ColumnEdits;
}

export interface Progress {
  phase: 'upload' | 'commit';
  done: number;
  total: number;
  file: string;
}

/** An error shown where it happened, with what to do next. */
export interface UiError {
  where: 'files' | 'import' | 'generate' | 'connection';
  message: string;
  action: string;
}

export interface TabOptions {
  periodStart: string;
  periodEnd: string;
  compare: 'previous' | 'year';
  targetsText: string;
  /** Formulas call the add-on's functions (CTR(…)) instead of native twins; viewers without the add-on see errors. */
  useAddonFunctions: boolean;
}

export interface State {
  step: Step;
  files: FileItem[];
  progress: Progress | null;
  cancelling: boolean;
  summaries: ImportSummary[];
  /** Set when the user cancelled the last import (nothing was written). */
  cancelled: boolean;
  error: UiError | null;
  templates: TemplateInfo[];
  /** Rows already on the data tabs (a KPI tab can be created without importing first). */
  dataRows: number;
  /** KPI tabs the add-on already made in this spreadsheet. */
  kpiTabs: KpiTabInfo[];
  templateId: string | null;
  /** The user picked the template (the one that fits the data is only pre-selected until then). */
  templatePicked: boolean;
  /** First and last date in the data tabs (readKpiData); null: none read yet, or no dates. */
  dataRange: { first: string; last: string } | null;
  options: TabOptions;
  generated: GeneratedTab | null;
}

export type Event =
  | { type: 'serverStateLoaded'; templates: TemplateInfo[]; dataRows: number; kpiTabs?: KpiTabInfo[] }
  | { type: 'dataRead'; fits: string; range: { first: string; last: string } | null }
  | { type: 'connectionFailed'; message: string }
  | { type: 'filesChosen'; files: { id: string; name: string; size: number }[] }
  | { type: 'fileParsed'; id: string; parsed: ParsedFile }
  | { type: 'fileFailed'; id: string; message: string }
  | { type: 'fileRemoved'; id: string }
  | { type: 'formatChosen'; id: string; formatId: string }
  | { type: 'columnRenamed'; id: string; column: string; name: string }
  | { type: 'columnSkipped'; id: string; column: string; skip: boolean }
  | { type: 'importStarted'; totalRows: number }
  | { type: 'uploadProgress'; file: string; done: number; total: number; phase: Progress['phase'] }
  | { type: 'cancelRequested' }
  | { type: 'importCancelled' }
  | { type: 'importFailed'; message: string; action: string }
  | { type: 'importDone'; summaries: ImportSummary[] }
  | { type: 'templateChosen'; id: string }
  | { type: 'optionsChanged'; options: Partial<TabOptions> }
  | { type: 'generateStarted' }
  | { type: 'generateFailed'; message: string; action: string }
  | { type: 'generated'; result: GeneratedTab }
  | { type: 'openTabFailed'; message: string }
  | { type: 'dismissError' }
  | { type: 'startOver' };

export const initialState: State = {
  step: 'choose',
  files: [],
  progress: null,
  cancelling: false,
  summaries: [],
  cancelled: false,
  error: null,
  templates: [],
  dataRows: 0,
  kpiTabs: [],
  templateId: null,
  templatePicked: false,
  dataRange: null,
  options: { periodStart: '', periodEnd: '', compare: 'previous', targetsText: '', useAddonFunctions: false },
  generated: null,
};

const updateFile = (s: State, id: string, f: (x: FileItem) => FileItem): State => ({
  ...s,
  files: s.files.map((x) => (x.id === id ? f(x) : x)),
});

/** Files that will be uploaded: read without error and holding at least one table. */
export function readyFiles(s: State): FileItem[] {
  return s.files.filter((f) => f.status === 'ready' && f.parsed !== undefined);
}

/** Import is possible once every chosen file has been read and at least one is usable. */
export function canImport(s: State): boolean {
  return (
    s.step === 'review' &&
    s.files.length > 0 &&
    s.files.every((f) => f.status !== 'reading') &&
    readyFiles(s).length > 0
  );
}

export function canGenerate(s: State): boolean {
  const afterImport = s.step === 'imported' || s.step === 'generated';
  const fromExistingData = s.step === 'choose' && s.dataRows > 0;
  return (afterImport || fromExistingData) && s.templateId !== null;
}

const busy = (s: State): boolean => s.step === 'importing' || s.step === 'generating';

/** The transition function. Events that make no sense in the current step leave the state unchanged. */
export function transition(s: State, e: Event): State {
  switch (e.type) {
    case 'serverStateLoaded':
      return {
        ...s,
        templates: e.templates,
        dataRows: e.dataRows,
        kpiTabs: e.kpiTabs ?? s.kpiTabs,
        templateId: s.templateId ?? e.templates[0]?.id ?? null,
      };
    case 'dataRead':
      return {
        ...s,
        dataRange: e.range,
        templateId: !s.templatePicked && s.templates.some((t) => t.id === e.fits) ? e.fits : s.templateId,
      };
    case 'connectionFailed':
      return {
        ...s,
        error: {
          where: 'connection',
          message: `Could not reach the spreadsheet: ${e.message}`,
          action: adviceFor(e.message, 'Close the sidebar and open it again from Extensions → kpi-sheets.'),
        },
      };
    case 'filesChosen': {
      if (busy(s) || e.files.length === 0) return s;
      const keep = s.step === 'review' ? s.files : [];
      const added: FileItem[] = e.files.map((f) => ({ ...f, status: 'reading', edits: {} }));
      return {
        ...s,
        step: 'review',
        files: [...keep, ...added],
        error: null,
        summaries: [],
        cancelled: false,
        generated: null,
      };
    }
    case 'fileParsed':
      if (s.step !== 'review') return s;
      return updateFile(s, e.id, (f) => ({ ...f, status: 'ready', parsed: e.parsed, error: undefined }));
    case 'fileFailed':
      if (s.step !== 'review') return s;
      return updateFile(s, e.id, (f) => ({ ...f, status: 'failed', parsed: undefined, error: e.message }));
    case 'fileRemoved': {
      if (s.step !== 'review') return s;
      const files = s.files.filter((f) => f.id !== e.id);
      return files.length === 0 ? { ...s, step: 'choose', files } : { ...s, files };
    }
    case 'formatChosen':
      if (s.step !== 'review') return s;
      // Re-reading with another format yields other columns, so earlier column edits no longer apply.
      return updateFile(s, e.id, (f) => ({ ...f, status: 'reading', formatOverride: e.formatId, edits: {} }));
    case 'columnRenamed':
      if (s.step !== 'review') return s;
      return updateFile(s, e.id, (f) => ({
        ...f,
        edits: { ...f.edits, [e.column]: { ...f.edits[e.column], rename: e.name.trim() || undefined } },
      }));
    case 'columnSkipped':
      if (s.step !== 'review') return s;
      return updateFile(s, e.id, (f) => ({
        ...f,
        edits: { ...f.edits, [e.column]: { ...f.edits[e.column], skip: e.skip } },
      }));
    case 'importStarted':
      if (!canImport(s)) return s;
      return {
        ...s,
        step: 'importing',
        progress: { phase: 'upload', done: 0, total: e.totalRows, file: '' },
        cancelling: false,
        cancelled: false,
        error: null,
      };
    case 'uploadProgress':
      if (s.step !== 'importing') return s;
      return { ...s, progress: { phase: e.phase, done: e.done, total: e.total, file: e.file } };
    case 'cancelRequested':
      return s.step === 'importing' ? { ...s, cancelling: true } : s;
    case 'importCancelled':
      if (s.step !== 'importing') return s;
      return { ...s, step: 'review', progress: null, cancelling: false, cancelled: true };
    case 'importFailed':
      if (s.step !== 'importing') return s;
      return {
        ...s,
        step: 'review',
        progress: null,
        cancelling: false,
        error: { where: 'import', message: e.message, action: adviceFor(e.message, e.action) },
      };
    case 'importDone':
      if (s.step !== 'importing') return s;
      return {
        ...s,
        step: 'imported',
        progress: null,
        cancelling: false,
        summaries: e.summaries,
        dataRows: s.dataRows + e.summaries.reduce((n, x) => n + x.added, 0),
      };
    case 'templateChosen':
      return s.templates.some((t) => t.id === e.id) ? { ...s, templateId: e.id, templatePicked: true } : s;
    case 'optionsChanged':
      return { ...s, options: { ...s.options, ...e.options } };
    case 'generateStarted':
      if (!canGenerate(s)) return s;
      return { ...s, step: 'generating', error: null, generated: null };
    case 'openTabFailed':
      return {
        ...s,
        error: {
          where: 'generate',
          message: `Could not open the tab: ${e.message}`,
          action: adviceFor(e.message, 'Create the KPI tab again.'),
        },
      };
    case 'generateFailed':
      if (s.step !== 'generating') return s;
      return {
        ...s,
        step: s.summaries.length > 0 ? 'imported' : 'choose',
        error: { where: 'generate', message: e.message, action: adviceFor(e.message, e.action) },
      };
    case 'generated': {
      if (s.step !== 'generating') return s;
      const tab = { tab: e.result.tab, sheetId: e.result.sheetId, template: s.templateId ?? '' };
      return {
        ...s,
        step: 'generated',
        generated: e.result,
        kpiTabs: [...s.kpiTabs.filter((t) => t.sheetId !== tab.sheetId && t.tab !== tab.tab), tab],
      };
    }
    case 'dismissError':
      return { ...s, error: null };
    case 'startOver':
      if (busy(s)) return s;
      return {
        ...initialState,
        templates: s.templates,
        dataRows: s.dataRows,
        kpiTabs: s.kpiTabs,
        templateId: s.templateId,
        options: s.options,
      };
  }
}
