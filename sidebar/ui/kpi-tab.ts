/** Step 4: Create KPI tab — template picker (one line each), period, comparison, targets; link to the result. */
import { coverageWarning } from '../../src/templates/fit';
import { canGenerate } from '../state';
import { h } from './dom';
import { errorBox } from './error-box';
import type { ViewContext } from './context';

export function kpiTabSection(ctx: ViewContext): HTMLElement | null {
  const { state, actions } = ctx;
  const visible =
    state.step === 'imported' ||
    state.step === 'generating' ||
    state.step === 'generated' ||
    (state.step === 'choose' && state.dataRows > 0);
  if (!visible || state.templates.length === 0) return null;
  const busy = state.step === 'generating';
  const o = state.options;
  const set = (options: Partial<typeof o>) => actions.dispatch({ type: 'optionsChanged', options });

  const existing = state.kpiTabs.length
    ? h(
        'p',
        { class: 'gray', id: 'existing-tabs' },
        `Already here: ${state.kpiTabs.map((t) => t.tab).join(', ')}. Creating one again replaces it and keeps the targets you typed on it.`,
      )
    : null;
  const picker = h(
    'fieldset',
    { class: 'templates' },
    h('legend', {}, 'Template'),
    ...state.templates.map((t) =>
      h(
        'div',
        { class: 'radio' },
        h('input', {
          type: 'radio',
          name: 'template',
          id: `tpl-${t.id}`,
          'data-key': `tpl-${t.id}`,
          value: t.id,
          checked: state.templateId === t.id,
          'aria-describedby': `tpl-${t.id}-d`,
          on: { change: () => actions.dispatch({ type: 'templateChosen', id: t.id }) },
        }),
        h('label', { for: `tpl-${t.id}` }, t.name),
        h('p', { class: 'gray desc', id: `tpl-${t.id}-d` }, t.description),
      ),
    ),
  );
  const dateInput = (id: string, label: string, key: 'periodStart' | 'periodEnd') =>
    h(
      'div',
      { class: 'form-group inline' },
      h('label', { for: id }, label),
      h('input', {
        type: 'date',
        id,
        'data-key': id,
        value: o[key],
        on: { change: (ev) => set({ [key]: (ev.target as HTMLInputElement).value }) },
      }),
    );
  const generated = state.generated;
  const warning = state.dataRange
    ? coverageWarning(state.dataRange, { start: o.periodStart, end: o.periodEnd }, o.compare)
    : null;
  return h(
    'section',
    { 'aria-labelledby': 'h-tab' },
    h('h2', { id: 'h-tab' }, '4. Create KPI tab'),
    existing,
    picker,
    h(
      'fieldset',
      {},
      h('legend', {}, 'Period'),
      h('p', { class: 'gray', id: 'period-hint' }, 'Leave empty for the last full 28 days in the data.'),
      state.dataRange
        ? h(
            'p',
            { class: 'gray', id: 'data-range' },
            `Your data runs from ${state.dataRange.first} to ${state.dataRange.last}.`,
          )
        : null,
      dateInput('period-start', 'From', 'periodStart'),
      dateInput('period-end', 'To', 'periodEnd'),
      warning ? h('p', { class: 'warning', id: 'coverage-warning', role: 'status' }, warning) : null,
    ),
    h(
      'div',
      { class: 'form-group' },
      h('label', { for: 'compare' }, 'Compare with'),
      h(
        'select',
        {
          id: 'compare',
          'data-key': 'compare',
          on: {
            change: (ev) => set({ compare: (ev.target as HTMLSelectElement).value as 'previous' | 'year' }),
          },
        },
        h('option', { value: 'previous', selected: o.compare === 'previous' }, 'Previous period'),
        h('option', { value: 'year', selected: o.compare === 'year' }, 'Same period last year'),
      ),
    ),
    h(
      'div',
      { class: 'form-group' },
      h('label', { for: 'targets' }, 'Targets (optional)'),
      h('input', {
        type: 'text',
        id: 'targets',
        'data-key': 'targets',
        value: o.targetsText,
        placeholder: 'CTR=2%, CPC=1.50',
        'aria-describedby': 'targets-hint',
        on: { change: (ev) => set({ targetsText: (ev.target as HTMLInputElement).value }) },
      }),
      h('p', { class: 'gray', id: 'targets-hint' }, 'You can also type targets on the tab later.'),
    ),
    h(
      'div',
      { class: 'form-group check' },
      h('input', {
        type: 'checkbox',
        id: 'use-addon',
        'data-key': 'use-addon',
        checked: o.useAddonFunctions,
        'aria-describedby': 'use-addon-hint',
        on: { change: (ev) => set({ useAddonFunctions: (ev.target as HTMLInputElement).checked }) },
      }),
      h('label', { for: 'use-addon' }, 'Use kpi-sheets functions in the formulas'),
      h(
        'p',
        { class: 'gray', id: 'use-addon-hint' },
        'Off: native Sheets formulas, so people without the add-on see the numbers too.',
      ),
    ),
    h(
      'button',
      {
        type: 'button',
        class: 'action',
        id: 'create-tab',
        'data-key': 'create-tab',
        disabled: !canGenerate(state),
        on: { click: () => actions.createTab() },
      },
      busy ? 'Creating…' : 'Create KPI tab',
    ),
    busy ? h('p', { role: 'status' }, 'Building the tab…') : null,
    errorBox(state.error, 'generate'),
    generated
      ? h(
          'p',
          { role: 'status', class: 'done' },
          'Created ',
          h(
            'a',
            {
              href: generated.url ?? '#',
              target: '_top',
              id: 'open-tab',
              'data-key': 'open-tab',
              on: {
                click: (ev) => {
                  ev.preventDefault();
                  actions.openTab();
                },
              },
            },
            generated.tab,
          ),
          generated.periodStart && generated.periodEnd
            ? ` for ${generated.periodStart} – ${generated.periodEnd}. Change the dates on the tab any time.`
            : '.',
        )
      : null,
  );
}
