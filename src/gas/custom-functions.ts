import type { ArgInput, KpiResult } from '../cells/types';
import { rebaseDates } from '../cells/date-serial';
import { runKpi as runRegistryKpi } from '../kpi/registry';
import { spreadsheetZoneOffset } from './spreadsheet-zone';

/**
 * Entry for every generated custom-function stub: `CTR(a, b)` → `runKpi('CTR', [a, b], arguments.length)`.
 * The registry computes; this shell only guarantees Sheets receives something it can store
 * (a NaN/Infinity/undefined/object would show as a confusing blank or `#ERROR!` without a reason).
 */
export function runKpi(name: string, args: ArgInput[], given: number = args.length): KpiResult {
  // Sheets passes every argument typed; the stub declares only the real ones, so count them.
  if (given > args.length) {
    throw new Error(
      `${name}: takes at most ${args.length} argument(s), got ${given} — remove the extra one(s)`,
    );
  }
  const result = runRegistryKpi(name, rebaseDates(args, spreadsheetZoneOffset())) as unknown;
  if (Array.isArray(result)) {
    const width = result.length > 0 && Array.isArray(result[0]) ? (result[0] as unknown[]).length : 0;
    if (width === 0) throw badOutput(name, 'an empty range', '');
    for (let r = 0; r < result.length; r++) {
      const row = result[r] as unknown;
      if (!Array.isArray(row) || row.length !== width)
        throw badOutput(name, 'a ragged range', ` at row ${r + 1}`);
      for (let c = 0; c < width; c++) {
        if (!isStorable(row[c])) throw badOutput(name, String(row[c]), ` at row ${r + 1}, column ${c + 1}`);
      }
    }
    return result as KpiResult;
  }
  if (!isStorable(result)) throw badOutput(name, String(result), '');
  return result as KpiResult;
}

/** Finite number, string or boolean. `v - v === 0` is false for NaN and ±Infinity (no global lookup in the hot loop). */
function isStorable(v: unknown): boolean {
  const t = typeof v;
  return t === 'number' ? (v as number) - (v as number) === 0 : t === 'string' || t === 'boolean';
}

function badOutput(name: string, what: string, where: string): Error {
  return new Error(
    `${name}: internal error — produced ${what}${where}, which a cell cannot hold. Please report this with the inputs.`,
  );
}
