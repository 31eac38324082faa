import type { KpiDef } from '../src/kpi/types';

/** Registry metadata the generator reads (never the compute). */
export type StubKpi = Pick<KpiDef, 'name' | 'summary' | 'formula' | 'unit' | 'params' | 'notes' | 'example'>;

export function jsParamName(name: string): string;
export function kpiStub(kpi: StubKpi, globalName: string): string;
export function entryStub(name: string, target: string, summary: string, params?: string[] | null): string;
export function renderStubs(options: {
  kpis: readonly StubKpi[];
  apiNames: readonly string[];
  globalName: string;
}): string;
