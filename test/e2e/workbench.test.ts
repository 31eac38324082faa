/**
 * The product path a new user takes, in real Chromium against `npm start`'s workbench: load a
 * sample with one click, drop an export of every platform on the sidebar, check the preview,
 * import, create every KPI tab and read the numbers off the grid — they must equal the KPI
 * registry on the imported rows. Re-importing adds nothing.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serialToIso } from '../../src/templates/period';
import { getTemplate, TEMPLATES } from '../../src/templates';
import { FIXTURES, openWorkbenchPerSuite, ROOT, screenshot } from './browser';
import {
  cellBackground,
  chooseFiles,
  createKpiTab,
  gridPeriod,
  gridValue,
  importAll,
  startOver,
  switchTab,
  typeInto,
} from './flow';
import { expectedTiles, mergedTables, sameValue } from './oracle';

/** One export per platform; the first is loaded with the workbench's one-click sample button. */
const PLATFORM_FILES: [platform: string, file: string, detected: RegExp][] = [
  ['LinkedIn Page', 'linkedin-page-content.xlsx', /LinkedIn Page — Content/],
  ['LinkedIn Ads', 'linkedin-campaign-manager.csv', /LinkedIn Campaign Manager/],
  ['LinkedIn Page followers', 'linkedin-page-followers.xlsx', /LinkedIn Page — Followers/],
  ['Instagram', 'meta-posts-instagram.csv', /Meta Business Suite/],
  ['Facebook', 'meta-posts-facebook.csv', /Meta Business Suite/],
  ['X', 'x-tweet-activity.csv', /X \(Twitter\)/],
  ['YouTube', 'youtube-studio.zip', /YouTube Studio/],
  ['TikTok', 'tiktok-overview.zip', /TikTok Studio/],
  ['GA4', 'ga4-traffic-acquisition.csv', /Google Analytics 4/],
];
const pathOf = (file: string) =>
  file === 'linkedin-page-content.xlsx' ? join(ROOT, 'examples', file) : join(FIXTURES, file);
/** Every platform file merged into canonical tables, as the workbench holds them after the imports. */
const platformTables = () => mergedTables(PLATFORM_FILES.map(([, f]) => pathOf(f)));

describe('workbench: import every platform through the sidebar and get correct KPI tabs', () => {
  let page: Page;
  let sidebar: Frame;
  const errors: string[] = [];

  openWorkbenchPerSuite((open) => {
    ({ page, sidebar } = open);
    page.on('pageerror', (e) => errors.push(e.message));
  });

  it('loads the bundled LinkedIn sample with one click and previews it typed', async () => {
    await page.click('button[data-example="linkedin-page-content.xlsx"]');
    await sidebar.waitForSelector('li.file .preview');
    await expect(sidebar.locator('.detected').first().textContent()).resolves.toMatch(
      /LinkedIn Page — Content/,
    );
    const previewText = (await sidebar.locator('.preview').allTextContents()).join(' ');
    expect(previewText).toMatch(/\d{4}-\d{2}-\d{2}/); // dates as dates
    expect(previewText).toMatch(/\d%/); // rates as percents
    await screenshot(page, 'workbench-1-sample-preview');
    const counts = await importAll(sidebar);
    expect(Object.keys(counts).sort()).toEqual(['Data · Daily', 'Data · Posts']);
    for (const c of Object.values(counts)) expect(c.added).toBeGreaterThan(0);
    await screenshot(page, 'workbench-2-imported');
    await startOver(sidebar);
  });

  it.each(PLATFORM_FILES.slice(1))(
    'imports %s (%s) through the file input',
    async (_platform, file, detected) => {
      await chooseFiles(sidebar, [pathOf(file)]);
      await expect(sidebar.locator('.detected').first().textContent()).resolves.toMatch(detected);
      expect(await sidebar.locator('.preview tbody tr').count()).toBeGreaterThan(0);
      const counts = await importAll(sidebar);
      // New rows are added; rows another export already has (same day, same account) are updated.
      const landed = Object.values(counts).reduce((n, c) => n + c.added + c.updated, 0);
      expect(landed).toBeGreaterThan(0);
      await startOver(sidebar);
    },
  );

  it.each(TEMPLATES.map((t) => [t.id, t]))(
    'creates the %s KPI tab and its numbers equal the registry',
    async (id, template) => {
      const tab = await createKpiTab(sidebar, page, id);
      const start = await gridValue(page, 'B5');
      const end = await gridValue(page, 'B6');
      expect(typeof start).toBe('number');
      expect(typeof end).toBe('number');
      const tiles = expectedTiles(template, platformTables(), {
        periodStart: serialToIso(start as number),
        periodEnd: serialToIso(end as number),
        compare: 'previous',
      });
      expect(tiles.length).toBeGreaterThan(3);
      const mismatches: string[] = [];
      let numbers = 0;
      for (const t of tiles) {
        const got = await gridValue(page, t.valueA1);
        if (typeof got === 'number') numbers++;
        if (!sameValue(got, t.value))
          mismatches.push(`${t.key} ${t.valueA1}: grid ${got}, registry ${t.value}`);
        if (t.compare !== undefined) {
          const gotCompare = await gridValue(page, t.compareA1);
          if (!sameValue(gotCompare, t.compare)) {
            mismatches.push(
              `${t.key} ${t.compareA1} (comparison): grid ${gotCompare}, registry ${t.compare}`,
            );
          }
        }
      }
      expect(mismatches).toEqual([]);
      // As many tiles show numbers as the registry computes (a log-fed template starts blank).
      expect(numbers).toBe(tiles.filter((t) => typeof t.value === 'number').length);
      expect(await page.locator('figure.chart svg').count()).toBeGreaterThan(0);
      // Google-only SPARKLINE decorations are drawn by the workbench, not left as #NAME?.
      expect(await page.locator('td', { hasText: '#NAME?' }).count()).toBe(0);
      await screenshot(page, `workbench-3-tab-${id}`);
      expect(tab.length).toBeGreaterThan(0);
      await startOver(sidebar);
    },
  );

  it('a stakeholder types a target on the LinkedIn tab: the tile turns met, then missed', async () => {
    await switchTab(page, 'LinkedIn Page KPIs');
    const tile = expectedTiles(getTemplate('linkedin-page'), platformTables(), {
      ...(await gridPeriod(page)),
      compare: 'previous',
    }).find((t) => t.key === 'IMPRESSIONS')!;
    const value = tile.value as number;
    const plain = await cellBackground(page, tile.valueA1);
    await typeInto(page, tile.targetA1, String(Math.floor(value / 2)));
    const met = await cellBackground(page, tile.valueA1);
    await typeInto(page, tile.targetA1, String(value * 2));
    const missed = await cellBackground(page, tile.valueA1);
    expect(new Set([plain, met, missed]).size).toBe(3);
    await screenshot(page, 'workbench-target-missed');
  });

  it('with "Use kpi-sheets functions" on, the ads tab calls the KPI functions and its numbers still equal the registry', async () => {
    await sidebar.check('#use-addon');
    const tab = await createKpiTab(sidebar, page, 'linkedin-ads');
    await sidebar.uncheck('#use-addon');
    const tiles = expectedTiles(getTemplate('linkedin-ads'), platformTables(), {
      ...(await gridPeriod(page)),
      compare: 'previous',
    });
    const ctr = tiles.find((t) => t.key === 'CTR')!;
    expect(await page.getAttribute(`td[data-a1="${ctr.valueA1}"]`, 'data-formula')).toMatch(/^=.*\bCTR\(/);
    const mismatches: string[] = [];
    for (const t of tiles) {
      const got = await gridValue(page, t.valueA1);
      if (!sameValue(got, t.value)) mismatches.push(`${t.key}: grid ${got}, registry ${t.value}`);
    }
    expect(mismatches).toEqual([]);
    expect(tab).toMatch(/Ads/);
    await startOver(sidebar);
  });

  it('imports several files chosen at once, one summary line per data tab and file', async () => {
    await chooseFiles(sidebar, [pathOf('x-account-overview.csv'), pathOf('meta-insights-reach.csv')]);
    expect(await sidebar.locator('li.file .preview').count()).toBe(2);
    await sidebar.click('#import-button');
    await sidebar.waitForSelector('#import-summary');
    const files = await sidebar.$$eval('#import-summary li.summary-item', (lis) =>
      lis.map((li) => li.querySelector('.gray')?.textContent?.replace(' from ', '')),
    );
    expect(files.sort()).toEqual(['meta-insights-reach.csv', 'x-account-overview.csv']);
    await startOver(sidebar);
  });

  it('re-importing the same export adds zero rows', async () => {
    await chooseFiles(sidebar, [pathOf('linkedin-page-content.xlsx')]);
    const counts = await importAll(sidebar);
    for (const [tab, c] of Object.entries(counts)) {
      expect({ tab, added: c.added }).toEqual({ tab, added: 0 });
      expect(c.unchanged + c.updated).toBeGreaterThan(0);
    }
    await expect(sidebar.locator('#import-summary').textContent()).resolves.toMatch(/safe/);
    await screenshot(page, 'workbench-4-reimport');
    expect(errors).toEqual([]);
  });
});
