/**
 * The built artifact computes exactly what the TypeScript source computes: same values, same
 * blanks, same error messages — for every registry entry, so minification, the built-in capture
 * and the lexicon compaction change nothing.
 */
import { REGISTRY } from '../../src/kpi/registry';
import { inRealm, loadWithSpreadsheet } from './sandbox';
import { callSource, sheetsArgs, VALID_SCENARIOS, type Scenario } from './sheets-args';

// Date arguments make a custom function read the spreadsheet's zone, as in Sheets.
const { context } = loadWithSpreadsheet();

type Outcome = { value: unknown } | { error: string };

/** JSON-normalized so values from the two realms compare structurally. */
function outcome(run: () => unknown): Outcome {
  try {
    return { value: JSON.parse(JSON.stringify(run())) };
  } catch (e) {
    return { error: (e as Error).message };
  }
}

/** The same argument source evaluated in this realm, for the source registry. */
function localArgs(args: (string | undefined)[]): unknown[] {
  return args.map((a) => (a === undefined ? undefined : new Function(`return ${a};`)()));
}

const SCENARIOS: Scenario[] = [...VALID_SCENARIOS, 'range with scalars', 'all blank'];
const cases = REGISTRY.flatMap((k) => SCENARIOS.map((s) => [k.name, s] as const));

describe('dist/Code.js equals the source registry', () => {
  it('has the same functions in the same order', () => {
    const names = inRealm<string[]>(context, 'KpiSheets_.registry.map((k) => k.name)');
    expect([...names]).toEqual(REGISTRY.map((k) => k.name));
  });

  it.each(cases)('%s with %s', (name, scenario) => {
    const kpi = REGISTRY.find((k) => k.name === name)!;
    const args = sheetsArgs(kpi.params, scenario);
    const built = outcome(() => inRealm(context, callSource(name, args)));
    const source = outcome(() => kpi.compute(localArgs(args) as never));
    expect(built).toEqual(source);
  });

  it('SENTIMENT scores phrases, negations and emoji identically', () => {
    const texts = [
      'I love this, great post!',
      'This does not work and I can not stand it',
      "don't like it 😡",
      'Brilliant launch 🎉🎉 thanks',
      'meh',
      '',
    ];
    const column = `[${texts.map((t) => `[${JSON.stringify(t)}]`).join(', ')}]`;
    const built = outcome(() => inRealm(context, `SENTIMENT(${column})`));
    const sentiment = REGISTRY.find((k) => k.name === 'SENTIMENT');
    expect(sentiment).toBeDefined();
    const source = outcome(() => sentiment!.compute([texts.map((t) => [t])]));
    expect(built).toEqual(source);
    expect(
      'value' in built && (built.value as unknown[][]).some((r) => typeof r[0] === 'number' && r[0] !== 0),
    ).toBe(true);
  });
});
