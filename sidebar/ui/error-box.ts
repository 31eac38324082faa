/** The error box a step shows in place: what went wrong and what to do next. */
import type { UiError } from '../state';
import { h } from './dom';

/** The box for the current error if it happened in this step (`where`), else nothing. */
export function errorBox(error: UiError | null, where: UiError['where']): HTMLElement | null {
  if (error?.where !== where) return null;
  return h(
    'div',
    { class: 'error-box', role: 'alert' },
    h('p', { class: 'error' }, error.message),
    h('p', {}, error.action),
  );
}
