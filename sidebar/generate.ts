/**
 * Create KPI tab: the server reports the data tabs (readKpiData), the template builds the plan
 * here in the sidebar (the server bundle carries no templates: it stays small for the custom
 * functions, DESIGN.md "Template"), and the server validates and applies it (applyKpiTab).
 */
import type { KpiTabRequest } from '../src/templates/plan-kpi-tab';
import { planKpiTab } from '../src/templates/plan-kpi-tab';
import type { Client } from './client';
import type { SidebarApi } from './endpoints';

export interface CreatedKpiTab {
  tab: string;
  sheetId: number;
  periodStart: string;
  periodEnd: string;
}

/** `today` (ISO) is the period's end + 1 when the data has no dates. */
export async function createKpiTab(
  client: Client<SidebarApi>,
  request: KpiTabRequest,
  today: string,
): Promise<CreatedKpiTab> {
  const data = await client.call('readKpiData', undefined);
  const { plan, periodStart, periodEnd } = planKpiTab(data, request, today);
  const applied = await client.call('applyKpiTab', { plan });
  return { tab: applied.tab, sheetId: applied.sheetId, periodStart, periodEnd };
}
