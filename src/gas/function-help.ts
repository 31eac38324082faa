import type { KpiDef } from '../kpi/types';

/** Metadata the help dialog shows; the compute is never needed here. */
export type KpiHelpEntry = Pick<
  KpiDef,
  'name' | 'summary' | 'formula' | 'unit' | 'params' | 'example' | 'notes'
>;

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Registry text is data, never markup: escape everything that goes into the page. */
export function escapeHtml(text: unknown): string {
  return String(text ?? '').replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

function signature(kpi: KpiHelpEntry): string {
  const params = kpi.params.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `${kpi.name}(${params.join(', ')})`;
}

function row(kpi: KpiHelpEntry): string {
  const params = kpi.params
    .map(
      (p) =>
        `<li><code>${escapeHtml(p.name)}</code>${p.rowSum ? ' (row-sum)' : ''} — ${escapeHtml(p.description)}</li>`,
    )
    .join('');
  return (
    `<tr><td><code>${escapeHtml(signature(kpi))}</code></td>` +
    `<td>${escapeHtml(kpi.summary)}<ul>${params}</ul>${escapeHtml(kpi.notes)}</td>` +
    `<td>${escapeHtml(kpi.formula)}</td><td>${escapeHtml(kpi.unit)}</td>` +
    `<td><code>${escapeHtml(kpi.example.call)}</code> → ${escapeHtml(kpi.example.result)}</td></tr>`
  );
}

/** The "Function help" dialog: one table row per registry entry, generated, never hand-written. */
export function functionHelpHtml(kpis: readonly KpiHelpEntry[]): string {
  return (
    '<!DOCTYPE html><html><head><base target="_top"><meta charset="utf-8"><style>' +
    'body{font:13px Arial,sans-serif;margin:8px}table{border-collapse:collapse;width:100%}' +
    'th,td{border:1px solid #dadce0;padding:4px 6px;text-align:left;vertical-align:top}' +
    'th{background:#f1f3f4}ul{margin:4px 0;padding-left:18px}code{font-size:12px}' +
    '</style></head><body><table><caption>kpi-sheets custom functions</caption>' +
    '<thead><tr><th scope="col">Function</th><th scope="col">What it computes</th>' +
    '<th scope="col">Formula</th><th scope="col">Unit</th><th scope="col">Example</th></tr></thead><tbody>' +
    kpis.map(row).join('') +
    '</tbody></table></body></html>'
  );
}
