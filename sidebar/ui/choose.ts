/** Step 1: choose or drop files. The file input stays a real, labelled control (keyboard + screen readers). */
import { h } from './dom';
import type { ViewContext } from './context';

export const ACCEPT = '.csv,.tsv,.txt,.xls,.xlsx,.zip';

export function chooseSection({ state, actions }: ViewContext): HTMLElement {
  const busy = state.step === 'importing' || state.step === 'generating';
  const input = h('input', {
    type: 'file',
    id: 'file-input',
    'data-key': 'file-input',
    multiple: true,
    accept: ACCEPT,
    disabled: busy,
    'aria-describedby': 'file-hint',
    on: {
      change: (ev) => {
        const el = ev.target as HTMLInputElement;
        const files = Array.from(el.files ?? []);
        el.value = '';
        if (files.length > 0) actions.chooseFiles(files);
      },
    },
  });
  const zone = h(
    'div',
    {
      class: 'dropzone',
      on: {
        dragover: (ev) => {
          ev.preventDefault();
          (ev.currentTarget as HTMLElement).classList.add('over');
        },
        dragleave: (ev) => (ev.currentTarget as HTMLElement).classList.remove('over'),
        drop: (ev) => {
          ev.preventDefault();
          (ev.currentTarget as HTMLElement).classList.remove('over');
          const files = Array.from((ev as DragEvent).dataTransfer?.files ?? []);
          if (files.length > 0 && !busy) actions.chooseFiles(files);
        },
      },
    },
    h('label', { for: 'file-input', class: 'block-label' }, 'Analytics export files'),
    input,
    h(
      'p',
      { id: 'file-hint', class: 'gray' },
      'Drop files here or choose them: CSV, TSV, XLS, XLSX or ZIP from LinkedIn, Meta, X, YouTube, TikTok or GA4. Files are read in this sidebar; only the rows are sent to the sheet.',
    ),
  );
  return h(
    'section',
    { 'aria-labelledby': 'h-choose' },
    h('h2', { id: 'h-choose' }, '1. Choose exports'),
    zone,
  );
}
