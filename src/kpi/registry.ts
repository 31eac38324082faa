/**
 * The KPI registry: every custom function in one list. Build stubs, JSDoc, docs, sidebar help,
 * KPI_LIST and the HyperFormula plugin are all generated from it.
 */
import type { ArgInput, KpiResult } from '../cells/types';
import type { KpiDef } from './types';
import { ENGAGEMENT } from './engagement';
import { ADVERTISING } from './advertising';
import { BUSINESS } from './business';
import { GROWTH } from './growth';
import { AUDIENCE } from './audience';
import { SOCIAL_SELLING } from './social-selling';
import { SENTIMENT } from './sentiment';
import { SERVICE } from './service';
import { kpiList } from './meta';

export const REGISTRY: readonly KpiDef[] = [
  ...ADVERTISING,
  ...ENGAGEMENT,
  ...BUSINESS,
  ...GROWTH,
  ...AUDIENCE,
  ...SOCIAL_SELLING,
  ...SENTIMENT,
  ...SERVICE,
  kpiList(() => REGISTRY),
];

const BY_NAME = new Map(REGISTRY.map((k) => [k.name, k]));

/** The entry for a function name (case-insensitive); throws on an unknown name. */
export function getKpi(name: string): KpiDef {
  const k = BY_NAME.get(String(name).toUpperCase());
  if (!k) throw new Error(`Unknown KPI function "${name}". Run =KPI_LIST() to see them all.`);
  return k;
}

/** Entry point of the generated Apps Script stubs: `function CTR(clicks, impressions) { return runKpi('CTR', [clicks, impressions]) }`. */
export function runKpi(name: string, args: ArgInput[]): KpiResult {
  return getKpi(name).compute(args);
}
