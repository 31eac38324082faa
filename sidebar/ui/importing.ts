/** Step 3: Import button, progress (rows done / total, cancel), and the result summary. */
import { canImport, readyFiles } from '../state';
import { h } from './dom';
import { errorBox } from './error-box';
import type { ViewContext } from './context';

const n = (x: number) => x.toLocaleString('en-US');

function progressBlock(ctx: ViewContext): HTMLElement | null {
  const p = ctx.state.progress;
  if (!p) return null;
  const label =
    p.phase === 'commit'
      ? `Writing ${n(p.total)} rows to the data tabs…`
      : `Sent ${n(p.done)} of ${n(p.total)} rows${p.file ? ` (${p.file})` : ''}`;
  return h(
    'div',
    { class: 'progress-block' },
    h('label', { for: 'import-progress' }, 'Import progress'),
    h('progress', {
      id: 'import-progress',
      max: Math.max(1, p.total),
      value: p.phase === 'commit' ? p.total : p.done,
    }),
    h('p', { role: 'status', 'aria-live': 'polite', id: 'progress-text' }, label),
    h(
      'button',
      {
        type: 'button',
        id: 'cancel-import',
        'data-key': 'cancel-import',
        disabled: ctx.state.cancelling || p.phase === 'commit',
        on: { click: () => ctx.actions.cancelImport() },
      },
      ctx.state.cancelling ? 'Cancelling…' : 'Cancel',
    ),
  );
}

function summaryBlock(ctx: ViewContext): HTMLElement | null {
  const s = ctx.state.summaries;
  if (s.length === 0) return null;
  return h(
    'div',
    { class: 'summary', role: 'status', id: 'import-summary' },
    h('h3', {}, 'Imported'),
    h(
      'ul',
      { class: 'plain' },
      ...s.map((x) =>
        h(
          'li',
          { class: 'summary-item' },
          h('strong', {}, x.tab),
          h('span', { class: 'gray' }, ` from ${x.file}`),
          h(
            'dl',
            { class: 'counts' },
            ...(
              [
                ['Added', x.added],
                ['Updated', x.updated],
                ['Unchanged', x.unchanged],
                ['Skipped', x.skipped],
              ] as const
            ).flatMap(([k, v]) => [h('dt', {}, k), h('dd', { 'data-count': k.toLowerCase() }, n(v))]),
          ),
          x.reasons.length
            ? h(
                'details',
                { 'data-key': `reasons-${x.file}-${x.table}` },
                h('summary', {}, 'Why rows were skipped'),
                h('ul', {}, ...x.reasons.slice(0, 20).map((r) => h('li', {}, r))),
              )
            : null,
          x.warnings?.length
            ? h(
                'div',
                { class: 'warnings', 'data-key': `warnings-${x.file}-${x.table}` },
                h(
                  'p',
                  {},
                  `${n(x.warnings.length)} value${x.warnings.length > 1 ? 's were' : ' was'} changed to fit:`,
                ),
                h('ul', {}, ...x.warnings.slice(0, 20).map((w) => h('li', {}, w))),
              )
            : null,
        ),
      ),
    ),
    h(
      'p',
      { class: 'gray' },
      'Importing the same export again is safe: rows already on the data tab are updated, never duplicated.',
    ),
  );
}

export function importSection(ctx: ViewContext): HTMLElement | null {
  const { state } = ctx;
  if (state.step === 'choose' && !state.cancelled) return null;
  const ready = readyFiles(state);
  const rows = ready.reduce(
    (acc, f) => acc + (f.parsed?.tables.reduce((m, t) => m + t.rows.length, 0) ?? 0),
    0,
  );
  return h(
    'section',
    { 'aria-labelledby': 'h-import' },
    h('h2', { id: 'h-import' }, '3. Import'),
    state.step === 'review'
      ? h(
          'button',
          {
            type: 'button',
            class: 'action',
            id: 'import-button',
            'data-key': 'import-button',
            disabled: !canImport(state),
            on: { click: () => ctx.actions.startImport() },
          },
          rows > 0 ? `Import ${n(rows)} rows` : 'Import',
        )
      : null,
    errorBox(state.error, 'import'),
    state.cancelled
      ? h('p', { role: 'status' }, 'Import cancelled. Nothing was written to the sheet.')
      : null,
    progressBlock(ctx),
    summaryBlock(ctx),
  );
}
