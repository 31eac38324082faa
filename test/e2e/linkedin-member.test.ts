/**
 * The LinkedIn member data download in the workbench, in real Chromium: load the ZIP with one
 * click, read the privacy promise before importing, import it, import it again (nothing added),
 * and create the social-selling tab — its LinkedIn block counts the network from the data tab.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { importFile } from '../../src/importers';
import { openWorkbenchPerSuite, ROOT, screenshot } from './browser';
import { createKpiTab, gridPeriod, gridValue, importAll, startOver } from './flow';

const ZIP = 'Basic_LinkedInDataExport_01-05-2026.zip';

describe('workbench: the LinkedIn member export', () => {
  let page: Page;
  let sidebar: Frame;
  const errors: string[] = [];

  openWorkbenchPerSuite((open) => {
    ({ page, sidebar } = open);
    page.on('pageerror', (e) => errors.push(e.message));
  });

  const loadZip = async () => {
    await page.click(`button[data-example="${ZIP}"]`);
    await sidebar.waitForSelector('li.file .preview');
  };

  it('says what is never imported before the import, then imports network and conversations', async () => {
    await loadZip();
    await expect(sidebar.locator('.detected').first().textContent()).resolves.toMatch(
      /LinkedIn member export \(ZIP\)/,
    );
    const promise = await sidebar.locator('.privacy').first().textContent();
    expect(promise).toMatch(
      /Names, e-mail addresses, invitation notes, message subjects and message text never reach/,
    );
    await screenshot(page, 'linkedin-member-1-preview');
    const counts = await importAll(sidebar);
    expect(counts['Data · Network'].added).toBe(135);
    expect(counts['Data · Conversations'].added).toBe(400);
    await startOver(sidebar);
  });

  it('adds nothing when the same export is imported again', async () => {
    await loadZip();
    const counts = await importAll(sidebar);
    expect(counts['Data · Network'].added).toBe(0);
    expect(counts['Data · Conversations'].added).toBe(0);
    await startOver(sidebar);
  });

  it('creates the social-selling tab whose LinkedIn block counts the network', async () => {
    const tab = await createKpiTab(sidebar, page, 'social-selling');
    expect(tab).toMatch(/Social selling/);
    const a1 = await page.$$eval('td[data-a1]', (tds) =>
      tds.find((td) => td.textContent === 'Network size')?.getAttribute('data-a1'),
    );
    expect(a1).toMatch(/^A\d+$/);
    const row = Number(a1!.slice(1));
    const { periodEnd } = await gridPeriod(page);
    const net = importFile(ZIP, new Uint8Array(readFileSync(join(ROOT, 'examples', ZIP)))).tables.find(
      (t) => t.table === 'network',
    )!;
    const on = net.columns.indexOf('connected_on');
    const expected = net.rows.filter(
      (r) => typeof r[on] === 'string' && (r[on] as string) <= periodEnd,
    ).length;
    expect(expected).toBeGreaterThan(50);
    expect(await gridValue(page, `B${row}`)).toBe(expected);
    await screenshot(page, 'linkedin-member-2-tab');
    expect(errors).toEqual([]);
  });
});
