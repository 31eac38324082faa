/**
 * Faults during an import, through the real sidebar in the workbench (the emulator's fault injector
 * fails one Apps Script call once): a chunk that fails once is sent again and every row lands; a
 * two-table commit that fails on the second table leaves no trace — no new tab, no changed row, no
 * staging sheet, no property — and the sidebar says exactly that.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench';
import { ROOT, openWorkbenchPerSuite, screenshot } from './browser';
import { bigPostsCsv } from './big-export';
import { chooseFiles, importAll, startOver } from './flow';

describe('import faults in the sidebar', () => {
  let wb: Workbench;
  let page: Page;
  let sidebar: Frame;

  openWorkbenchPerSuite((open) => ({ wb, page, sidebar } = open));

  const ss = () => wb.host.spreadsheet();
  const posts = () => ss().getSheetByName('Data · Posts')!.getDataRange().getValues();

  it('a chunk that fails once is sent again after a pause, and every row lands', async () => {
    const rows = 6000; // two chunks (5,000 + 1,000)
    await chooseFiles(sidebar, [{ name: 'big.csv', buffer: bigPostsCsv(rows), mimeType: 'text/csv' }]);
    const fault = 'Service Spreadsheets timed out while accessing document';
    // The second chunk's write fails once.
    ss().failOn('Range.setValues', 1, fault);
    const counts = await importAll(sidebar);
    expect(ss().faultsFired()).toEqual([`Range.setValues: ${fault}`]);
    expect(counts['Data · Posts'].added).toBe(rows);
    expect(posts()).toHaveLength(rows + 1);
    expect(
      ss()
        .listSheets()
        .filter((s) => s.hidden),
    ).toEqual([]);
  });

  it('a two-table commit that fails on the second table leaves no trace and says so', async () => {
    await startOver(sidebar);
    await chooseFiles(sidebar, [join(ROOT, 'examples', 'linkedin-page-content.xlsx')]);
    const before = { sheets: ss().listSheets(), posts: posts() };
    // Writes: the daily chunk, the posts chunk, then the commit's "Data · Daily" (a new tab), then
    // the rows appended to "Data · Posts" — the 4th, which fails.
    const fault = 'Service Spreadsheets failed while accessing document';
    ss().failOn('Range.setValues', 3, fault);
    await sidebar.click('#import-button');
    const box = sidebar.locator('.error-box').first();
    await box.waitFor({ timeout: 60_000 });
    expect(await box.textContent()).toMatch(
      /^The import was not written: Could not write 29 rows to "Data · Posts": Service Spreadsheets failed while accessing document\. "Data · Posts" was not changed\. "Data · Daily" was put back as before\. Nothing was written\. Fix the cause and import again\./,
    );
    await screenshot(page, 'import-two-table-commit-failed');
    expect(ss().faultsFired()).toContain(`Range.setValues: ${fault}`);
    expect(ss().listSheets()).toEqual(before.sheets);
    expect(posts()).toEqual(before.posts);
    expect(ss().snapshot().properties.document).toEqual({});
  });
});
