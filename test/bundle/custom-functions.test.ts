/**
 * Every registry entry called through its generated top-level stub inside a bare context,
 * with arguments shaped as Sheets passes them, returns something a cell can store — a
 * finite number, a string, a boolean or a rectangular 2-D array of them — never undefined,
 * NaN, Infinity or an object. Bad input fails with an Error naming the function.
 */
import { inRealm, lib, loadWithSpreadsheet } from './sandbox';
import { callSource, sheetsArgs, VALID_SCENARIOS } from './sheets-args';
import { whyNotStorable } from './storable';

// Date arguments make a custom function read the spreadsheet's zone, as in Sheets.
const { context } = loadWithSpreadsheet();
const { registry } = lib(context);

function call(source: string): { value?: unknown; error?: { name: string; message: string } } {
  try {
    return { value: inRealm(context, source) };
  } catch (e) {
    const err = e as { constructor?: { name?: string }; message?: unknown };
    return { error: { name: String(err?.constructor?.name), message: String(err?.message) } };
  }
}

const cases = registry.flatMap((kpi) => VALID_SCENARIOS.map((s) => [kpi.name, s] as const));

describe('custom functions called as Sheets calls them', () => {
  it.each(cases)('%s with %s returns a storable value', (name, scenario) => {
    const kpi = registry.find((k) => k.name === name)!;
    const source = callSource(name, sheetsArgs(kpi.params, scenario));
    const { value, error } = call(source);
    expect({ source, error }).toEqual({ source, error: undefined });
    expect({ source, problem: whyNotStorable(value) }).toEqual({ source, problem: null });
  });

  it.each(registry.filter((k) => k.params.length > 0).map((k) => [k.name]))(
    '%s with blank cells returns a storable value or an error naming the function',
    (name) => {
      const kpi = registry.find((k) => k.name === name)!;
      const { value, error } = call(callSource(name, sheetsArgs(kpi.params, 'all blank')));
      if (error) {
        expect(error.name).toBe('Error');
        expect(error.message).toContain(name);
      } else {
        expect(whyNotStorable(value)).toBeNull();
      }
    },
  );

  it.each(registry.filter((k) => k.params.length > 1).map((k) => [k.name]))(
    '%s with a range and single cells either broadcasts or refuses naming both shapes',
    (name) => {
      const kpi = registry.find((k) => k.name === name)!;
      const { value, error } = call(callSource(name, sheetsArgs(kpi.params, 'range with scalars')));
      if (error) {
        // Aggregates (AVG_*) pair whole ranges row by row; a lone cell there is a user mistake.
        expect(error.name).toBe('Error');
        expect(error.message).toContain(name);
        expect(error.message).toMatch(/\d+×\d+.*\d+×\d+|single/);
      } else {
        expect(whyNotStorable(value)).toBeNull();
      }
    },
  );

  /** Values a user can put where a number belongs; each must give a value or a clear error, never a crash. */
  const ODD_VALUES = [
    'true',
    'false',
    'new Date(Date.UTC(2025, 0, 31))',
    '"n/a"',
    '"4.5%"',
    '"1,204"',
    '[["x"], [1]]',
    '-1',
    '0',
  ];
  const oddCases = registry.flatMap((k) =>
    k.params.flatMap((p, i) => ODD_VALUES.map((odd) => [k.name, p.name, odd, i] as const)),
  );

  it.each(oddCases)(
    '%s with %s = %s gives a storable value or an Error naming the function',
    (name, _p, odd, at) => {
      const kpi = registry.find((k) => k.name === name)!;
      const args = sheetsArgs(kpi.params, 'single cells');
      args[at] = odd;
      const { value, error } = call(callSource(name, args));
      if (error) {
        expect(error.name).toBe('Error');
        expect(error.message).toContain(name);
      } else {
        expect(whyNotStorable(value)).toBeNull();
      }
    },
  );

  it.each(registry.map((k) => [k.name]))('%s refuses an extra argument instead of ignoring it', (name) => {
    const kpi = registry.find((k) => k.name === name)!;
    const args = [...sheetsArgs(kpi.params, 'single cells').map((a) => a ?? '""'), '1'];
    const { error } = call(`${name}(${args.join(', ')})`);
    expect(error?.message).toContain(
      `${name}: takes at most ${kpi.params.length} argument(s), got ${args.length}`,
    );
  });

  it('runKpi refuses an unknown function name with an error, not undefined', () => {
    const { error } = call('KpiSheets_.runKpi("NO_SUCH_KPI", [])');
    expect(error?.message).toContain('NO_SUCH_KPI');
  });

  it('CTR over two 10 000-row columns spills one rate per row', () => {
    const value = inRealm<unknown[][]>(
      context,
      'CTR(Array.from({length: 10000}, (_, i) => [i % 7]), Array.from({length: 10000}, (_, i) => [100 + i]))',
    );
    expect(value).toHaveLength(10000);
    expect(value[9999][0]).toBeCloseTo((9999 % 7) / (100 + 9999), 12);
    expect(whyNotStorable(value)).toBeNull();
  });
});
