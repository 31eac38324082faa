/**
 * Workbench page: tab strip, grid, formula bar and charts of the emulated spreadsheet, the real
 * sidebar in an iframe, and one-click sample exports handed to that sidebar as if dropped.
 */
import type { BookView, ExampleFile, SheetView } from '../types';
import { columnLetters, renderGrid } from './grid';

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const gridWrap = $<HTMLDivElement>('grid-wrap');
const tabs = $<HTMLElement>('tabs');
const namebox = $<HTMLInputElement>('namebox');
const fx = $<HTMLInputElement>('fx');
const message = $<HTMLParagraphElement>('message');
const sidebar = $<HTMLIFrameElement>('sidebar');

let book: BookView | null = null;
let activeId: number | null = null;
let selected = 'A1';

const visibleSheets = () => (book?.sheets ?? []).filter((s) => !s.hidden);
const activeSheet = (): SheetView | undefined =>
  visibleSheets().find((s) => s.sheetId === book?.shownSheetId) ?? visibleSheets()[0];

function select(a1: string, td?: HTMLTableCellElement | null): void {
  selected = a1;
  gridWrap.querySelector('td.sel')?.classList.remove('sel');
  const cell = td ?? gridWrap.querySelector<HTMLTableCellElement>(`td[data-a1="${a1}"]`);
  cell?.classList.add('sel');
  namebox.value = a1;
  const raw = cell?.dataset.value ? (JSON.parse(cell.dataset.value) as unknown) : null;
  fx.value = cell?.dataset.formula ?? (raw === null ? '' : String(raw));
}

function draw(): void {
  const sheet = activeSheet();
  const names = visibleSheets();
  tabs.replaceChildren(
    ...names.map((s) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = s.name;
      b.dataset.sheetId = String(s.sheetId);
      b.setAttribute('role', 'tab');
      b.setAttribute('aria-selected', String(s === sheet));
      b.addEventListener('click', () => {
        activeId = s.sheetId;
        selected = 'A1';
        void refresh();
      });
      return b;
    }),
  );
  if (!sheet) {
    gridWrap.replaceChildren();
    return;
  }
  document.body.dataset.activeSheet = sheet.name;
  gridWrap.replaceChildren(renderGrid(sheet, (a1, td) => select(a1, td)));
  select(selected);
}

let refreshing: Promise<void> | null = null;
let again = false;

/** Fetches the shown tab; calls made while one is in flight collapse into one more fetch. */
function refresh(): Promise<void> {
  if (refreshing) {
    again = true;
    return refreshing;
  }
  refreshing = (async () => {
    do {
      again = false;
      const name = book?.sheets.find((s) => s.sheetId === activeId)?.name;
      const r = await fetch(`/wb/book${name ? `?sheet=${encodeURIComponent(name)}` : ''}`);
      book = (await r.json()) as BookView;
      // A tab the previous tab list did not know yet (just created): fetch again by its name.
      if (
        activeId !== null &&
        activeId !== book.shownSheetId &&
        book.sheets.some((s) => s.sheetId === activeId)
      ) {
        again = true;
        continue;
      }
      activeId = book.shownSheetId;
      draw();
    } while (again);
    document.body.dataset.loaded = String(Date.now());
  })().finally(() => {
    refreshing = null;
  });
  return refreshing;
}

/** Sidebar calls that change what a visible tab shows (staging chunks only touch hidden sheets). */
const VISIBLE_CHANGES = new Set(['commitImport', 'cancelImport', 'applyKpiTab']);

async function typeIntoSelected(): Promise<void> {
  const sheet = activeSheet();
  if (!sheet) return;
  const r = await fetch('/wb/cell', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ sheet: sheet.name, a1: selected, input: fx.value }),
  });
  const res = (await r.json()) as { ok: boolean; error?: string };
  message.textContent = res.ok ? '' : (res.error ?? 'Could not write the cell.');
  await refresh();
}

/** Keyboard on the grid: arrows move the selection, Enter/F2 edit in the formula bar, typing starts an edit. */
gridWrap.tabIndex = 0;
gridWrap.setAttribute('aria-label', 'Spreadsheet grid: arrow keys move, Enter edits');
gridWrap.addEventListener('keydown', (ev) => {
  const m = /^([A-Z]+)(\d+)$/.exec(selected);
  if (!m) return;
  let col = lettersToColumn(m[1]);
  let row = Number(m[2]);
  const moves: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  if (ev.key in moves) {
    ev.preventDefault();
    row = Math.max(1, row + moves[ev.key][0]);
    col = Math.max(1, col + moves[ev.key][1]);
    select(`${columnLetters(col)}${row}`);
    gridWrap.querySelector('td.sel')?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  } else if (ev.key === 'Enter' || ev.key === 'F2') {
    ev.preventDefault();
    fx.focus();
  } else if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
    ev.preventDefault();
    fx.value = ev.key;
    fx.focus();
  }
});

function lettersToColumn(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

fx.addEventListener('keydown', (ev) => {
  if (ev.key === 'Enter') {
    ev.preventDefault();
    void typeIntoSelected().then(() => gridWrap.focus());
  } else if (ev.key === 'Escape') {
    select(selected);
    gridWrap.focus();
  }
});

$<HTMLButtonElement>('reset').addEventListener('click', async () => {
  if (!confirm('Start over with an empty spreadsheet?')) return;
  await fetch('/wb/reset', { method: 'POST' });
  sidebar.contentWindow?.location.reload();
  await refresh();
});

async function loadSamples(): Promise<void> {
  const list = (await (await fetch('/wb/examples')).json()) as ExampleFile[];
  $<HTMLDivElement>('samples').replaceChildren(
    ...list.map((ex) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.textContent = ex.name;
      b.title = ex.description;
      b.dataset.example = ex.name;
      b.addEventListener('click', async () => {
        const bytes = await (await fetch(`/examples/${encodeURIComponent(ex.name)}`)).arrayBuffer();
        sidebar.contentWindow?.postMessage(
          { type: 'kpi-sheets:load-file', name: ex.name, bytes },
          location.origin,
          [bytes],
        );
      });
      return b;
    }),
  );
}

window.addEventListener('message', (ev) => {
  if (ev.origin !== location.origin || ev.source !== sidebar.contentWindow) return;
  const d = ev.data as { type?: string; sheetId?: unknown; fn?: unknown };
  if (d?.type === 'kpi-sheets:changed' && typeof d.fn === 'string' && VISIBLE_CHANGES.has(d.fn))
    void refresh();
  if (d?.type === 'kpi-sheets:open-tab' && typeof d.sheetId === 'number') {
    openSheet(d.sheetId);
  }
});

/** Shows a tab by id, e.g. the KPI tab the sidebar just created. */
function openSheet(sheetId: number): void {
  activeId = sheetId;
  selected = 'A1';
  void refresh();
}

void refresh();
void loadSamples();
