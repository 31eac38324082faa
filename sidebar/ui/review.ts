/** Step 2: per file — detected format with confidence and evidence, typed preview, mapping override. */
import { columnType, type CanonicalTable } from '../../src/model/schema';
import { applyColumnEdits, keyColumns } from '../mapping';
import { columnLabel, previewCell } from '../preview';
import type { FileItem } from '../state';
import { formatBytes, h } from './dom';
import type { ViewContext } from './context';

export const PREVIEW_ROWS = 5;
const CONSTANT_COLUMNS = new Set(['platform', 'format']);

function previewTable(file: FileItem, t: CanonicalTable, ti: number): HTMLElement {
  let shown: CanonicalTable;
  try {
    shown = applyColumnEdits(t, file.edits);
  } catch (e) {
    return h('p', { class: 'error', role: 'alert' }, (e as Error).message);
  }
  const originalOf = (name: string) =>
    t.columns.find((c) => (file.edits[c]?.rename ?? c) === name && !file.edits[c]?.skip) ?? name;
  // Platform and format are the same on every row: said once in the caption, not in every cell.
  const cols = shown.columns.map((_, i) => i).filter((i) => !CONSTANT_COLUMNS.has(shown.columns[i]));
  const types = shown.columns.map((c) => columnType(t.table, originalOf(c)));
  const head = h(
    'tr',
    {},
    ...cols.map((i) => {
      const c = shown.columns[i];
      return h('th', { scope: 'col' }, c === originalOf(c) ? columnLabel(t.table, c) : c);
    }),
  );
  const body = shown.rows.slice(0, PREVIEW_ROWS).map((r) =>
    h(
      'tr',
      {},
      ...cols.map((i) => {
        const cell = previewCell(r[i] ?? null, types[i]);
        return h('td', { class: `k-${cell.kind}` }, cell.text);
      }),
    ),
  );
  const caption = `${t.table}: first ${Math.min(PREVIEW_ROWS, t.rows.length)} of ${t.rows.length.toLocaleString('en-US')} rows, as they will land`;
  return h(
    'div',
    {
      class: 'preview',
      role: 'region',
      tabindex: 0,
      'aria-label': `Preview of ${file.name}, ${t.table}`,
      'data-key': `preview-${file.id}-${ti}`,
    },
    h('table', {}, h('caption', {}, caption), h('thead', {}, head), h('tbody', {}, ...body)),
  );
}

function columnEditor(file: FileItem, t: CanonicalTable, ti: number, ctx: ViewContext): HTMLElement {
  const keys = keyColumns(t.table);
  const rows = t.columns.map((c, ci) => {
    const edit = file.edits[c] ?? {};
    const id = `col-${file.id}-${ti}-${ci}`;
    const isKey = keys.has(c);
    return h(
      'li',
      { class: 'col-edit' },
      h('input', {
        type: 'checkbox',
        id: `${id}-keep`,
        'data-key': `${id}-keep`,
        checked: !edit.skip,
        disabled: isKey,
        on: {
          change: (ev) =>
            ctx.actions.dispatch({
              type: 'columnSkipped',
              id: file.id,
              column: c,
              skip: !(ev.target as HTMLInputElement).checked,
            }),
        },
      }),
      h('label', { for: `${id}-keep`, class: 'col-name' }, `Import ${c}${isKey ? ' (key)' : ''}`),
      h('label', { for: `${id}-name`, class: 'visually-hidden' }, `New name for ${c}`),
      h('input', {
        type: 'text',
        id: `${id}-name`,
        'data-key': `${id}-name`,
        value: edit.rename ?? c,
        disabled: isKey || edit.skip === true,
        spellcheck: 'false',
        on: {
          change: (ev) =>
            ctx.actions.dispatch({
              type: 'columnRenamed',
              id: file.id,
              column: c,
              name: (ev.target as HTMLInputElement).value,
            }),
        },
      }),
    );
  });
  return h(
    'details',
    { class: 'columns', 'data-key': `cols-${file.id}-${ti}` },
    h('summary', {}, `Columns of ${t.table} (rename or skip)`),
    h('ul', { class: 'plain' }, ...rows),
  );
}

function formatPicker(file: FileItem, ctx: ViewContext): HTMLElement {
  const current = file.formatOverride ?? file.parsed?.format.id ?? '';
  // A file that failed detection starts with no format selected, so picking the first one is a real change.
  const id = `fmt-${file.id}`;
  return h(
    'div',
    { class: 'form-group' },
    h('label', { for: id }, 'Format'),
    h(
      'select',
      {
        id,
        'data-key': id,
        disabled: file.status === 'reading',
        on: {
          change: (ev) =>
            ctx.actions.dispatch({
              type: 'formatChosen',
              id: file.id,
              formatId: (ev.target as HTMLSelectElement).value,
            }),
        },
      },
      current ? null : h('option', { value: '', selected: true, disabled: true }, 'Choose a format…'),
      ...ctx.formats.map((f) => h('option', { value: f.id, selected: f.id === current }, f.name)),
    ),
  );
}

function fileCard(file: FileItem, ctx: ViewContext): HTMLElement {
  const busy = ctx.state.step !== 'review';
  const head = h(
    'div',
    { class: 'file-head' },
    h('span', { class: 'file-name' }, file.name),
    h('span', { class: 'gray' }, ` ${formatBytes(file.size)}`),
    h(
      'button',
      {
        type: 'button',
        class: 'link',
        'data-key': `remove-${file.id}`,
        'aria-label': `Remove ${file.name}`,
        disabled: busy,
        on: { click: () => ctx.actions.dispatch({ type: 'fileRemoved', id: file.id }) },
      },
      'Remove',
    ),
  );
  if (file.status === 'reading') {
    return h('li', { class: 'file' }, head, h('p', { class: 'gray', role: 'status' }, 'Reading…'));
  }
  if (file.status === 'failed' || !file.parsed) {
    return h(
      'li',
      { class: 'file failed' },
      head,
      h('p', { class: 'error', role: 'alert' }, file.error ?? 'This file could not be read.'),
      ctx.formats.length > 0 && file.formatOverride === undefined
        ? h('p', { class: 'gray' }, 'If you know which export this is, choose its format:')
        : null,
      ctx.formats.length > 0 ? formatPicker(file, ctx) : null,
    );
  }
  const p = file.parsed;
  const pctSure = Math.round(p.confidence * 100);
  const detected = h(
    'p',
    { class: 'detected' },
    file.formatOverride ? 'Format (chosen): ' : 'Detected: ',
    h('strong', {}, p.format.name),
    file.formatOverride ? '' : ` — ${pctSure}% sure`,
  );
  const privacy = p.format.privacy ? h('p', { class: 'privacy', role: 'note' }, p.format.privacy) : null;
  const unsure =
    !file.formatOverride && p.confidence < 0.6
      ? h(
          'p',
          { class: 'issues-hint' },
          'Not sure about this one: check the format and the columns below before importing.',
        )
      : null;
  const evidence = p.evidence.length
    ? h(
        'details',
        { 'data-key': `ev-${file.id}` },
        h('summary', {}, 'Why this format'),
        h('ul', {}, ...p.evidence.map((e) => h('li', {}, e))),
      )
    : null;
  const issues = p.issues.length
    ? h(
        'ul',
        { class: 'issues', 'aria-label': `Notes on ${file.name}` },
        ...p.issues.map((i) => h('li', {}, i)),
      )
    : null;
  const skipped = p.skipped.length
    ? h('p', { class: 'gray' }, `${p.skipped.length} row(s) will be skipped: ${p.skipped[0].reason}`)
    : null;
  const tables = p.tables.flatMap((t, ti) => [previewTable(file, t, ti), columnEditor(file, t, ti, ctx)]);
  return h(
    'li',
    { class: 'file' },
    head,
    detected,
    privacy,
    unsure,
    evidence,
    formatPicker(file, ctx),
    issues,
    skipped,
    ...(p.tables.length ? tables : [h('p', { class: 'error' }, 'No rows found in this file.')]),
  );
}

export function reviewSection(ctx: ViewContext): HTMLElement | null {
  // After the import the summary says what happened; the file cards would only push step 4 down.
  const step = ctx.state.step;
  if (ctx.state.files.length === 0 || (step !== 'review' && step !== 'importing')) return null;
  return h(
    'section',
    { 'aria-labelledby': 'h-review' },
    h('h2', { id: 'h-review' }, '2. Check what was found'),
    h('ul', { class: 'plain files' }, ...ctx.state.files.map((f) => fileCard(f, ctx))),
  );
}
