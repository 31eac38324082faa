/**
 * Every registry example (shown in the docs and the function help) is a literal call with a
 * hand-computed result; running the call must give that result.
 */
import { REGISTRY } from '../../../src/kpi/registry';
import type { ArgInput, KpiResult } from '../../../src/cells/types';

/** Split on top-level commas (outside quotes and {array literals}). */
function splitTop(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let quoted = false;
  let cur = '';
  for (const ch of s) {
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === '{') depth++;
    if (!quoted && ch === '}') depth--;
    if (!quoted && depth === 0 && ch === ',') {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  if (cur.trim()) out.push(cur);
  return out;
}

/** A Sheets literal: number, "text" or {a,b;c,d} array (`,` columns, `;` rows). */
function literal(s: string): ArgInput {
  const t = s.trim();
  if (t.startsWith('{'))
    return t
      .slice(1, -1)
      .split(';')
      .map((row) => row.split(',').map((x) => literal(x) as number | string));
  if (t.startsWith('"')) return JSON.parse(t) as string;
  const n = Number(t);
  if (!Number.isFinite(n)) throw new Error(`not a literal: ${t}`);
  return n;
}

function expectMatches(actual: KpiResult, expected: ArgInput): void {
  if (Array.isArray(expected)) {
    expect(Array.isArray(actual)).toBe(true);
    (expected as unknown[][]).forEach((row, r) =>
      row.forEach((e, c) => expectMatches((actual as KpiResult[][])[r][c], e as ArgInput)),
    );
  } else if (typeof expected === 'number') {
    // Results are written with as many decimals as they need (SENTIMENT is rounded to 4).
    const decimals = (String(expected).split('.')[1] ?? '').length;
    expect(Math.abs((actual as number) - expected)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-12);
  } else expect(actual).toBe(expected);
}

const literalExamples = REGISTRY.filter((k) => k.name !== 'KPI_LIST');

describe('function help examples', () => {
  it.each(literalExamples.map((k) => [k.example.call, k.example.result, k]))(
    '%s returns %s',
    (call, result, k) => {
      const m = /^=([A-Z_]+)\((.*)\)$/.exec(call);
      expect(m?.[1]).toBe(k.name);
      const args = splitTop(m![2]).map(literal);
      const expected = result.startsWith('{') || /^-?[\d.]+$/.test(result) ? literal(result) : result;
      expectMatches(k.compute(args), expected);
    },
  );
});
