import type { KpiDef } from '../src/kpi/types';

/** Evaluates the bundle in a bare context; returns the registry and the sidebar endpoint names. */
export function inspectBundle(code: string, globalName: string): { kpis: KpiDef[]; apiNames: string[] };
