/**
 * useAddonFunctions: tiles call the add-on's custom functions (=CTR(…), =SENTIMENT(…)) instead of
 * native twins. Evaluated in the emulator with the KPI plugin, they give the same numbers as the
 * native tab; SENTIMENT of pasted comments equals the registry's lexicon score.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyPlan } from '../../src/gas/applier';
import { writeTable } from '../../src/gas/writer';
import { importFile } from '../../src/importers';
import { getKpi } from '../../src/kpi/registry';
import { getTemplate } from '../../src/templates';
import type { TemplateOptions } from '../../src/templates/plan';
import { schemaFromTables } from '../../src/templates/schema';
import { freshSpreadsheet, sheetOf } from './support';

const FIXTURES = join(__dirname, '..', 'fixtures', 'exports');
const opts: TemplateOptions = { periodStart: '2026-06-01', periodEnd: '2026-06-28', compare: 'previous' };

function tabWith(file: string, template: string, addon: boolean) {
  const ss = freshSpreadsheet();
  const res = importFile(file, new Uint8Array(readFileSync(join(FIXTURES, file))));
  for (const t of res.tables) writeTable(ss.asGas(), t);
  const plan = getTemplate(template).build(schemaFromTables(res.tables), {
    ...opts,
    useAddonFunctions: addon,
  });
  applyPlan(ss.asGas(), plan);
  return { ss, plan, sheet: sheetOf(ss, plan.title) };
}

describe('tabs generated with the add-on functions', () => {
  it('show the same KPI values as the native-formula tab', () => {
    const native = tabWith('linkedin-campaign-manager.csv', 'linkedin-ads', false);
    const addon = tabWith('linkedin-campaign-manager.csv', 'linkedin-ads', true);
    const cpc = addon.plan.cells.find(
      (c) => c.a1 === addon.plan.tiles.find((t) => t.key === 'CPC')!.valueA1,
    )!;
    expect(cpc.formula).toMatch(/^=CPC\(/);
    let compared = 0;
    for (const t of native.plan.tiles) {
      for (const a1 of [t.valueA1, t.compareA1]) {
        const a = addon.sheet.getRange(a1).getValue();
        const n = native.sheet.getRange(a1).getValue();
        if (typeof n === 'number') {
          expect({ key: t.key, close: Math.abs((a as number) - n) <= 1e-9 }).toEqual({
            key: t.key,
            close: true,
          });
          compared++;
        } else expect({ key: t.key, a }).toEqual({ key: t.key, a: n });
      }
    }
    expect(compared).toBeGreaterThanOrEqual(10);
  });

  it('score pasted comments with SENTIMENT (mean of the lexicon scores)', () => {
    const { plan, sheet } = tabWith('meta-posts-instagram.csv', 'social-overview', true);
    const header = plan.cells.find((c) => c.value === 'Comment')!;
    const first = Number(header.a1.slice(1)) + 1;
    const comments = ['I love this, great work!', 'This is terrible and broken.', 'ok', 'Meh 🤷 not sure'];
    comments.forEach((text, i) => sheet.getRange(`A${first + i}`).setValue(text));
    const scores = (getKpi('SENTIMENT').compute([comments.map((c) => [c])]) as (number | string)[][]).map(
      (r) => r[0],
    );
    const numeric = scores.filter((s): s is number => typeof s === 'number');
    const tile = plan.tiles.find((t) => t.key === 'SENTIMENT')!;
    expect(sheet.getRange(tile.valueA1).getValue()).toBeCloseTo(
      numeric.reduce((s, x) => s + x, 0) / numeric.length,
      12,
    );
  });
});
