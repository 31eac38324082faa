/**
 * Sidebar entry: holds the state, renders it, and performs the side effects (reading files,
 * google.script.run calls). Everything decidable without the DOM lives in state.ts & friends.
 */
import { createClient, type ScriptRunner } from './client';
import type { SidebarApi } from './endpoints';
import { TEMPLATES } from '../src/templates';
import { fittingTemplate } from '../src/templates/fit';
import { createKpiTab } from './generate';
import { checkFileSize, describeReadError, formatChoices, parseFile } from './importer';
import { applyColumnEdits } from './mapping';
import { initialState, readyFiles, transition, type Event, type State } from './state';
import { checkResponse } from './responses';
import { parseTargets } from './targets';
import type { Actions } from './ui/context';
import { patchInto } from './ui/dom';
import { render } from './ui/render';
import { CommitFailed, UploadCancelled, uploadJobs, type UploadJob } from './upload';

declare const google: { script: { run: ScriptRunner } };

const root = document.getElementById('app') as HTMLElement;
const client = createClient<SidebarApi>(() => google.script.run, { maxInFlight: 3, checkResponse });
const bytesById = new Map<string, Uint8Array>();
let state: State = initialState;
let seq = 0;

const newId = (): string =>
  `${Date.now().toString(36)}-${(seq++).toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

function dispatch(e: Event): void {
  const before = state;
  state = transition(state, e);
  if (state === before) return;
  if (e.type === 'formatChosen') void readFileAgain(e.id);
  // Keep only the bytes of files still listed (large exports should not linger in memory).
  for (const id of bytesById.keys()) if (!state.files.some((f) => f.id === id)) bytesById.delete(id);
  patchInto(root, render({ state, formats: formatChoices, actions }));
}

/** Timings for the bench (performance.getEntriesByName); never allowed to break the sidebar. */
function measure(name: string, start: number): void {
  try {
    performance.measure(name, { start, end: performance.now() });
  } catch {
    // Older browsers lack measure options; the figure is only for benchmarks.
  }
}

/** Lets the browser paint ("Reading…") before a long synchronous parse (rAF alone stalls in hidden frames). */
const nextFrame = () =>
  new Promise<void>((r) => {
    requestAnimationFrame(() => setTimeout(r, 0));
    setTimeout(r, 50);
  });

/** The spreadsheet's locale once getState answered (files read before that use US order, said in the notes). */
let spreadsheetLocale: string | undefined;

async function read(id: string, name: string, formatId?: string): Promise<void> {
  await nextFrame();
  const bytes = bytesById.get(id);
  if (!bytes) return;
  try {
    const t0 = performance.now();
    const parsed = parseFile(name, bytes, formatId, spreadsheetLocale);
    measure('kpi-sheets:parse', t0);
    if (parsed.tables.length === 0) {
      const why = parsed.skipped[0]
        ? ` Every row was left out, e.g. ${parsed.skipped[0].row}: ${parsed.skipped[0].reason}.`
        : '';
      dispatch({
        type: 'fileFailed',
        id,
        message: `"${name}" was read as ${parsed.format.name} but holds no data rows.${why} Export a period that has data, or choose another format.`,
      });
      return;
    }
    dispatch({ type: 'fileParsed', id, parsed });
  } catch (e) {
    dispatch({ type: 'fileFailed', id, message: describeReadError(name, e) });
  }
}

async function readFileAgain(id: string): Promise<void> {
  const f = state.files.find((x) => x.id === id);
  if (f) await read(id, f.name, f.formatOverride);
}

async function chooseFiles(files: File[]): Promise<void> {
  const entries = files.map((f) => ({ id: newId(), name: f.name, size: f.size, file: f }));
  dispatch({ type: 'filesChosen', files: entries.map(({ id, name, size }) => ({ id, name, size })) });
  for (const e of entries) {
    try {
      // Over the size budget: refused before the browser reads a byte (a 1 GB file would fill the tab's memory).
      checkFileSize(e.name, e.size);
    } catch (err) {
      dispatch({ type: 'fileFailed', id: e.id, message: describeReadError(e.name, err) });
      continue;
    }
    try {
      bytesById.set(e.id, new Uint8Array(await e.file.arrayBuffer()));
    } catch {
      dispatch({
        type: 'fileFailed',
        id: e.id,
        message: `"${e.name}" could not be opened by the browser. Save it to your computer first, then choose it again.`,
      });
      continue;
    }
    await read(e.id, e.name);
  }
}

async function startImport(): Promise<void> {
  let jobs: UploadJob[];
  try {
    jobs = readyFiles(state).flatMap((f) => {
      const p = f.parsed!;
      return p.tables.map((t) => ({
        file: f.name,
        format: p.format.id,
        table: applyColumnEdits(t, f.edits),
        skippedReasons: p.skipped.map((s) => `${s.row}: ${s.reason}`),
        skippedCount: p.skipped.length,
      }));
    });
  } catch (e) {
    dispatch({ type: 'importStarted', totalRows: 0 });
    dispatch({
      type: 'importFailed',
      message: (e as Error).message,
      action: 'Fix the columns above, then import.',
    });
    return;
  }
  // A file's skipped rows are reported once, with its first table.
  const seen = new Set<string>();
  for (const j of jobs) {
    if (seen.has(j.file)) {
      j.skippedReasons = [];
      j.skippedCount = 0;
    }
    seen.add(j.file);
  }
  dispatch({ type: 'importStarted', totalRows: jobs.reduce((n, j) => n + j.table.rows.length, 0) });
  try {
    const t0 = performance.now();
    const summaries = await uploadJobs(client, jobs, {
      newId,
      isCancelled: () => state.cancelling,
      onProgress: (p) => dispatch({ type: 'uploadProgress', ...p }),
    });
    measure('kpi-sheets:upload', t0);
    dispatch({ type: 'importDone', summaries });
    readData();
  } catch (e) {
    if (e instanceof UploadCancelled) dispatch({ type: 'importCancelled' });
    else if (e instanceof CommitFailed)
      // The server's message says exactly which tabs were and were not written.
      dispatch({
        type: 'importFailed',
        message: `The import was not written: ${e.message}`,
        action: 'Fix the cause it names, then press Import again.',
      });
    else
      dispatch({
        type: 'importFailed',
        message: `The import stopped: ${(e as Error).message}`,
        action: 'Nothing was written. Try Import again; if it keeps failing, reload the sidebar.',
      });
  }
}

async function createTab(): Promise<void> {
  const targets = parseTargets(state.options.targetsText);
  dispatch({ type: 'generateStarted' });
  if (!targets.ok) {
    dispatch({
      type: 'generateFailed',
      message: targets.error,
      action: 'Correct the targets field and try again.',
    });
    return;
  }
  const o = state.options;
  try {
    const r = await createKpiTab(
      client,
      {
        templateId: state.templateId!,
        compare: o.compare,
        ...(o.periodStart ? { periodStart: o.periodStart } : {}),
        ...(o.periodEnd ? { periodEnd: o.periodEnd } : {}),
        ...(Object.keys(targets.targets).length ? { targets: targets.targets } : {}),
        ...(o.useAddonFunctions ? { useAddonFunctions: true } : {}),
      },
      new Date().toISOString().slice(0, 10),
    );
    dispatch({
      type: 'generated',
      result: { tab: r.tab, sheetId: r.sheetId, periodStart: r.periodStart, periodEnd: r.periodEnd },
    });
    // applyKpiTab already made it the active tab.
    followInPage();
  } catch (e) {
    dispatch({
      type: 'generateFailed',
      message: `The KPI tab was not created: ${(e as Error).message}`,
      action: 'Check the period and targets, then try again. Your data tabs are unchanged.',
    });
  }
}

/**
 * Shows the new tab: the server activates it (a link in the sidebar's sandboxed iframe cannot switch
 * tabs in Sheets); in the workbench the page around the sidebar follows too.
 */
function openTab(): void {
  const g = state.generated;
  if (!g) return;
  client
    .call('openTab', { sheetId: g.sheetId })
    .catch((e: Error) => dispatch({ type: 'openTabFailed', message: e.message }));
  followInPage();
}

/** Workbench only: the page around the sidebar switches to the generated tab. */
function followInPage(): void {
  const g = state.generated;
  if (g && window.parent !== window) {
    window.parent.postMessage({ type: 'kpi-sheets:open-tab', tab: g.tab, sheetId: g.sheetId }, '*');
  }
}

const actions: Actions = {
  dispatch,
  chooseFiles: (files) => void chooseFiles(files),
  startImport: () => void startImport(),
  cancelImport: () => dispatch({ type: 'cancelRequested' }),
  createTab: () => void createTab(),
  openTab,
};

/** Workbench only: the page around the sidebar can hand it sample files (as if dropped). */
declare global {
  interface Window {
    __kpiWorkbench?: boolean;
  }
}
if (window.__kpiWorkbench) {
  window.addEventListener('message', (ev) => {
    if (ev.source !== window.parent) return;
    const d = ev.data as { type?: string; name?: unknown; bytes?: unknown };
    if (d?.type === 'kpi-sheets:load-file' && typeof d.name === 'string' && d.bytes instanceof ArrayBuffer) {
      void chooseFiles([new File([d.bytes], d.name)]);
    }
  });
}

/** The data's date range and the template that fits it (the KPI-tab step shows and pre-selects them). */
function readData(): void {
  client
    .call('readKpiData', undefined)
    .then((d) => dispatch({ type: 'dataRead', fits: fittingTemplate(d.schema), range: d.dates }))
    // Only a hint: creating the tab reads the data again and reports a failure there.
    .catch(() => undefined);
}

patchInto(root, render({ state, formats: formatChoices, actions }));
client
  .call('getState', undefined)
  .then((s) => {
    spreadsheetLocale = s.locale;
    dispatch({
      type: 'serverStateLoaded',
      templates: TEMPLATES.map((t) => ({ id: t.id, name: t.name, description: t.description })),
      dataRows: s.dataTabs.reduce((n, t) => n + t.rows, 0),
      kpiTabs: s.kpiTabs,
    });
    if (s.dataTabs.length) readData();
  })
  .catch((e: Error) => dispatch({ type: 'connectionFailed', message: e.message }));
(window as unknown as { __sidebarReady?: number }).__sidebarReady = performance.now();
