import type { ArgInput, KpiResult } from '../cells/types';
import { runKpi as runRegistryKpi } from '../kpi/registry';

/**
 * Entry for every generated custom-function stub: `CTR(a, b)` → `runKpi('CTR', [a, b])`.
 * The registry computes; this shell only guarantees Sheets receives something it can store
 * (a NaN/Infinity/undefined/object would show as a confusing blank or `#ERROR!` without a reason).
 */
export function runKpi(name: string, args: ArgInput[]): KpiResult {
  const result = runRegistryKpi(name, args) as unknown;
  if (Array.isArray(result)) {
    for (let r = 0; r < result.length; r++) {
      const row = result[r] as unknown;
      if (!Array.isArray(row)) throw new Error(`${name}: internal error — result row ${r + 1} is not a row`);
      for (let c = 0; c < row.length; c++) {
        if (!isStorable(row[c])) throw badOutput(name, row[c], ` at row ${r + 1}, column ${c + 1}`);
      }
    }
    return result as KpiResult;
  }
  if (!isStorable(result)) throw badOutput(name, result, '');
  return result as KpiResult;
}

function isStorable(v: unknown): boolean {
  const t = typeof v;
  return t === 'string' || t === 'boolean' || (t === 'number' && Number.isFinite(v as number));
}

function badOutput(name: string, v: unknown, where: string): Error {
  return new Error(
    `${name}: internal error — produced ${String(v)}${where}, which a cell cannot hold. Please report this with the inputs.`,
  );
}
