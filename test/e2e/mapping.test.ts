/**
 * The review step's corrections and the KPI tab options, through the real sidebar: drop a file,
 * override the detected format (a wrong one says why, in place), rename and skip columns, and
 * targets typed in the sidebar land in the tab's target cells.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { getTemplate } from '../../src/templates';
import { FIXTURES, openWorkbenchPerSuite, screenshot } from './browser';
import { createKpiTab, gridPeriod, gridValue, switchTab } from './flow';
import { expectedTiles, mergedTables } from './oracle';

const GENERIC = join(FIXTURES, 'generic-posts.tsv');

describe('mapping override and KPI tab options', () => {
  let page: Page;
  let sidebar: Frame;

  openWorkbenchPerSuite((open) => ({ page, sidebar } = open));

  it('reads a file dropped on the drop zone like a chosen one', async () => {
    const bytes = [...readFileSync(GENERIC)];
    await sidebar.evaluate((b) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(b)], 'generic-posts.tsv'));
      const zone = document.querySelector('.dropzone')!;
      zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      zone.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, bytes);
    await sidebar.waitForSelector('li.file .preview');
    await expect(sidebar.locator('.detected').textContent()).resolves.toMatch(/Generic table — \d+% sure/);
  });

  it('a format that does not fit says so on the file, and switching back restores the preview', async () => {
    const select = sidebar.locator('li.file select').first();
    await select.selectOption('x-tweet-activity');
    const alert = sidebar.locator('li.file.failed [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toMatch(
      /generic-posts\.tsv.*does not have the columns of the X \(Twitter\)/,
    );
    await screenshot(page, 'mapping-wrong-format');
    await sidebar.locator('li.file select').first().selectOption('generic');
    await sidebar.waitForSelector('li.file .preview');
    await expect(sidebar.locator('.detected').textContent()).resolves.toMatch(
      /Format \(chosen\): Generic table/,
    );
  });

  it('renamed and skipped columns show in the preview and land that way on the data tab', async () => {
    await sidebar.locator('details.columns summary').first().click();
    await sidebar.getByLabel('Import shares').uncheck();
    const rename = sidebar.getByLabel('New name for title');
    await rename.fill('headline');
    await rename.press('Tab');
    const headers = await sidebar.locator('.preview thead th').allTextContents();
    expect(headers).toContain('headline');
    expect(headers).not.toContain('Shares');
    // Re-rendering after each edit left the user's open column list open.
    expect(
      await sidebar
        .locator('details.columns')
        .first()
        .evaluate((d) => (d as HTMLDetailsElement).open),
    ).toBe(true);
    expect(await sidebar.getByLabel('Import post_id (key)').isDisabled()).toBe(true);
    await screenshot(page, 'mapping-columns');

    await sidebar.click('#import-button');
    await sidebar.waitForSelector('#import-summary');
    await switchTab(page, 'Data · Posts');
    const header = await page.$$eval('tbody tr:first-child td', (tds) => tds.map((t) => t.textContent));
    expect(header).toContain('headline');
    // The skipped column was not sent and the renamed one landed under its new name only.
    expect(header).not.toContain('shares');
    expect(header).not.toContain('title');
  });

  it('targets typed in the sidebar land in the tab as numbers (percents as decimals)', async () => {
    await sidebar.fill('#targets', 'IMPRESSIONS=1,000, CTR=2%');
    await sidebar.press('#targets', 'Tab');
    const template = getTemplate('linkedin-page');
    await createKpiTab(sidebar, page, template.id);
    const tiles = expectedTiles(template, mergedTables([GENERIC]), {
      ...(await gridPeriod(page)),
      compare: 'previous',
    });
    const target = (key: string) => tiles.find((t) => t.key === key)!.targetA1;
    expect(await gridValue(page, target('IMPRESSIONS'))).toBe(1000);
    expect(await gridValue(page, target('CTR'))).toBeCloseTo(0.02, 12);
  });
});
