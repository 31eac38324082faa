/** The whole sidebar as a function of state. */
import { chooseSection } from './choose';
import type { ViewContext } from './context';
import { h } from './dom';
import { errorBox } from './error-box';
import { importSection } from './importing';
import { kpiTabSection } from './kpi-tab';
import { reviewSection } from './review';

export function render(ctx: ViewContext): HTMLElement {
  return h(
    'main',
    { class: 'sidebar', 'data-step': ctx.state.step },
    h('h1', { class: 'visually-hidden' }, 'kpi-sheets importer'),
    errorBox(ctx.state.error, 'connection'),
    chooseSection(ctx),
    reviewSection(ctx),
    importSection(ctx),
    kpiTabSection(ctx),
    ctx.state.step === 'imported' || ctx.state.step === 'generated'
      ? h(
          'p',
          {},
          h(
            'button',
            {
              type: 'button',
              class: 'link',
              'data-key': 'start-over',
              on: { click: () => ctx.actions.dispatch({ type: 'startOver' }) },
            },
            'Import more files',
          ),
        )
      : null,
  );
}
