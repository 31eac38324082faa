/**
 * A KPI tab's plan from what the server reports about the data (readKpiData) and what the user asked
 * for. Pure: the sidebar runs it in the browser (DESIGN.md "Template"), the CLI report and the
 * tests in Node; the server only validates and applies the plan it is sent.
 */
import type { KpiData } from '../model/kpi-data';
import { getTemplate } from './index';
import { defaultPeriod } from './period';
import type { SheetPlan } from './plan';

export interface KpiTabRequest {
  templateId: string;
  /** ISO dates; missing = the last full 28 days in the data. */
  periodStart?: string;
  periodEnd?: string;
  compare?: 'previous' | 'year';
  targets?: Record<string, number>;
  useAddonFunctions?: boolean;
}

export interface PlannedKpiTab {
  plan: SheetPlan;
  periodStart: string;
  periodEnd: string;
}

/** The requested period, or the last full 28 days in the data (ending yesterday when there is no data). */
export function resolvePeriod(
  start: string | undefined,
  end: string | undefined,
  lastDate: string | undefined,
  today: string,
): { start: string; end: string } {
  if (start && end) {
    if (end < start) throw new Error(`The period ends (${end}) before it starts (${start}). Swap the dates.`);
    return { start, end };
  }
  const d = defaultPeriod(lastDate ? [lastDate] : [], lastDate ? undefined : today);
  return { start: start ?? d.start, end: end ?? d.end };
}

/** `today` (ISO) only matters when the data has no dates: the period then ends yesterday. */
export function planKpiTab(data: KpiData, request: KpiTabRequest, today: string): PlannedKpiTab {
  const template = getTemplate(request.templateId);
  const last = data.dates?.last;
  const period = resolvePeriod(request.periodStart, request.periodEnd, last, today);
  const plan = template.build(data.schema, {
    periodStart: period.start,
    periodEnd: period.end,
    compare: request.compare ?? 'previous',
    targets: request.targets,
    useAddonFunctions: request.useAddonFunctions,
    dataAsOf: last,
  });
  // A period picked in the sidebar replaces the tab's own on regeneration (the applier keeps edited
  // inputs only): left empty, the tab keeps the period typed on it.
  const picked = [request.periodStart && 'B5', request.periodEnd && 'B6'];
  const inputs = plan.inputs.filter((a) => !picked.includes(a));
  return { plan: { ...plan, inputs }, periodStart: period.start, periodEnd: period.end };
}
