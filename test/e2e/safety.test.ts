/**
 * Hostile and broken files through the real sidebar in the workbench: names, headers and cells
 * holding HTML/script payloads render as text and never execute; unreadable files say why, in place.
 */
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench';
import { join } from 'node:path';
import { FIXTURES, openWorkbenchPerSuite, screenshot } from './browser';
import { chooseFiles, importAll } from './flow';

const IMG = `<img src=x onerror="window.top.__pwned=(window.top.__pwned||0)+1">`;
const SCRIPT = `<script>window.top.__pwned=(window.top.__pwned||0)+1</script>`;
const SVG = `<svg onload="window.top.__pwned=1">`;

function hostileCsv(): Buffer {
  const q = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const header = ['Post ID', 'Title', 'Date', 'Impressions', 'Clicks', `Note ${IMG}`].map(q).join(',');
  const rows = [
    ['1001', `Launch ${IMG}`, '2025-07-01', '1000', '30', SCRIPT],
    ['1002', SCRIPT, '2025-07-02', '2000', '45', SVG],
    ['1003', `=HYPERLINK("http://evil.example","click")`, '2025-07-03', '1500', '20', '+1'],
  ].map((r) => r.map(q).join(','));
  return Buffer.from([header, ...rows].join('\r\n'));
}

describe('sidebar safety in a real browser', () => {
  let wb: Workbench;
  let page: Page;
  let sidebar: Frame;
  const dialogs: string[] = [];

  openWorkbenchPerSuite((open) => {
    ({ wb, page, sidebar } = open);
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
  });

  it('shows names, headers and cells holding <img onerror>/<script> as text, and nothing executes', async () => {
    const name = `posts ${IMG}.csv`;
    await chooseFiles(sidebar, [{ name, buffer: hostileCsv(), mimeType: 'text/csv' }]);
    // The payloads are visible, literally, as text.
    await expect(sidebar.locator('.file-name').first().textContent()).resolves.toBe(name);
    const preview = (await sidebar.locator('.preview').first().textContent()) ?? '';
    expect(preview).toContain(SCRIPT);
    expect(preview).toContain(IMG.slice(0, 20));
    // …and no element was created from them.
    expect(await sidebar.locator('img, svg, .preview script').count()).toBe(0);

    await importAll(sidebar);
    await page.waitForFunction(() => Array.from(document.querySelectorAll('nav#tabs button')).length > 1);
    await page.click('nav#tabs button:text-is("Data · Posts")');
    await page.waitForFunction(() => document.body.dataset.activeSheet === 'Data · Posts');
    const grid = (await page.locator('#grid-wrap table').textContent()) ?? '';
    expect(grid).toContain(SCRIPT);
    expect(grid).toContain('=HYPERLINK("http://evil.example","click")');
    expect(await page.locator('#grid-wrap img, #grid-wrap script').count()).toBe(0);
    // The formula-looking title landed as text: no cell holds a formula made from user text.
    const formulas = await page.$$eval('td[data-formula]', (tds) =>
      tds.map((t) => t.getAttribute('data-formula')),
    );
    expect(formulas.filter((f) => /HYPERLINK|evil/.test(f ?? ''))).toEqual([]);

    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(await sidebar.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await screenshot(page, 'safety-payloads-as-text');
  });

  it('a file that is not a spreadsheet shows its error on its own card, with what to do, and cannot be imported alone', async () => {
    await page.reload();
    sidebar = (await (await page.waitForSelector('#sidebar')).contentFrame())!;
    await sidebar.waitForSelector('#file-input');
    await chooseFiles(sidebar, [
      { name: 'broken.xlsx', buffer: Buffer.from('PK\u0003\u0004 this zip was cut short') },
    ]);
    const card = sidebar.locator('li.file.failed');
    await expect(card.count()).resolves.toBe(1);
    const message = (await card.locator('[role="alert"]').textContent()) ?? '';
    expect(message).toContain('broken.xlsx');
    expect(message.length).toBeGreaterThan(40);
    expect(await sidebar.isDisabled('#import-button')).toBe(true);
    await screenshot(page, 'safety-malformed-file');
  });

  it.each([['truncated.xlsx'], ['not-a-spreadsheet.pdf']])(
    'the importer fixture %s is refused on its card with the reason',
    async (file) => {
      await chooseFiles(sidebar, [join(FIXTURES, file)]);
      const card = sidebar.locator('li.file.failed', { hasText: file });
      await expect(card.count()).resolves.toBe(1);
      const message = (await card.locator('[role="alert"]').textContent()) ?? '';
      expect(message).toContain(`file "${file}"`);
      expect(message).toMatch(/What to do/);
    },
  );

  it('a failed chunk upload is shown at the import step, writes nothing, and Import can simply be pressed again', async () => {
    await page.reload();
    sidebar = (await (await page.waitForSelector('#sidebar')).contentFrame())!;
    await sidebar.waitForSelector('#file-input');
    const before = wb.host.spreadsheet().getSheetByName('Data · Posts')?.getLastRow() ?? 0;
    await page.route('**/api/importChunk', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          ok: false,
          error: 'Exception: Service Spreadsheets timed out while accessing document',
        }),
      }),
    );
    await chooseFiles(sidebar, [join(FIXTURES, 'x-tweet-activity.csv')]);
    await sidebar.click('#import-button');
    const box = sidebar.locator('section[aria-labelledby="h-import"] .error-box');
    await box.waitFor();
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('Service Spreadsheets timed out');
    expect(text).toContain('Nothing was written');
    expect(wb.host.spreadsheet().getSheetByName('Data · Posts')?.getLastRow() ?? 0).toBe(before);
    await page.unroute('**/api/importChunk');
    // The files are still there: Import again works.
    await importAll(sidebar);
    expect(wb.host.spreadsheet().getSheetByName('Data · Posts')!.getLastRow()).toBeGreaterThan(before);
    await screenshot(page, 'safety-import-retry');
  });

  it('when the spreadsheet cannot be reached, the sidebar says so and what to do', async () => {
    await page.route('**/api/getState', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ ok: false, error: 'Authorization is required to perform that action.' }),
      }),
    );
    await page.reload();
    sidebar = (await (await page.waitForSelector('#sidebar')).contentFrame())!;
    const alert = sidebar.locator('main > .error-box[role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Authorization is required');
    // That failure comes from several signed-in Google accounts: reopening alone does not help.
    expect(text).toContain('Sign out of the other accounts');
    await page.unroute('**/api/getState');
  });

  it('an empty CSV says it has no table, next to that file', async () => {
    await page.reload();
    sidebar = (await (await page.waitForSelector('#sidebar')).contentFrame())!;
    await sidebar.waitForSelector('#file-input');
    await chooseFiles(sidebar, [{ name: 'empty.csv', buffer: Buffer.from(''), mimeType: 'text/csv' }]);
    const card = sidebar.locator('li.file.failed', { hasText: 'empty.csv' });
    await expect(card.count()).resolves.toBe(1);
    expect((await card.locator('[role="alert"]').textContent()) ?? '').toContain('empty.csv');
  });
});
