/**
 * Faults during an import, through the real sidebar in the workbench (the emulator's fault injector
 * fails one Apps Script call once): a chunk that fails once is sent again and every row lands; a post
 * text longer than a cell is cut with a warning naming file, row and column; a two-table commit that fails on the second table leaves no trace — no new tab, no changed row, no
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

  it('a post text longer than a cell holds is cut, with a warning naming the file, row and column', async () => {
    await startOver(sidebar);
    const long = `${'Long post. '.repeat(5_500)}END`; // 60,503 characters
    const csv = `Post ID,Title,Date,Impressions,Clicks,Likes\n900001,Short one,2025-07-01,10,1,1\n900002,"${long}",2025-07-02,20,2,2\n`;
    await chooseFiles(sidebar, [{ name: 'long-posts.csv', buffer: Buffer.from(csv), mimeType: 'text/csv' }]);
    const counts = await importAll(sidebar);
    expect(counts['Data · Posts'].added).toBe(2);
    const warning = await sidebar.locator('#import-summary .warnings li').first().textContent();
    expect(warning).toBe(
      '"long-posts.csv", posts row 2, column "title": 60,503 characters — a Sheets cell holds 50,000, so only the first 49,999 were imported. Shorten the text in the export if its end matters.',
    );
    const rows = posts();
    const title = rows[0].indexOf('title');
    const stored = rows.find((r) => String(r[rows[0].indexOf('post_id')]) === '900002')![title] as string;
    expect(stored).toBe(long.slice(0, 49_999));
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
