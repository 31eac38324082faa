/**
 * A 12,000-row export imported through the sidebar: the progress bar moves through the chunk
 * uploads (rows done / total), Cancel stops before the commit and writes nothing, and a full
 * import lands every row.
 */
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench';
import { openWorkbenchPerSuite, screenshot } from './browser';
import { bigPostsCsv } from './big-export';
import { chooseFiles, importAll } from './flow';

const ROWS = 12_000;

describe('import progress and cancel', () => {
  let wb: Workbench;
  let page: Page;
  let sidebar: Frame;

  openWorkbenchPerSuite((open) => ({ wb, page, sidebar } = open));

  const dataRows = () => {
    const s = wb.host.spreadsheet().getSheetByName('Data · Posts');
    return s ? s.getLastRow() - 1 : 0;
  };

  it('Cancel during the upload stops before the commit and writes nothing', async () => {
    // The first chunk goes through; the others wait until Cancel was pressed, so the user is
    // mid-upload whatever the machine's speed (a fixed delay raced the upload on a loaded machine).
    let release: () => void = () => {};
    const cancelled = new Promise<void>((r) => (release = r));
    let chunks = 0;
    await page.route('**/api/importChunk', async (route) => {
      if (++chunks > 1) await cancelled;
      await route.continue();
    });
    await chooseFiles(sidebar, [{ name: 'big.csv', buffer: bigPostsCsv(ROWS), mimeType: 'text/csv' }]);
    await expect(sidebar.textContent('#import-button')).resolves.toBe(
      `Import ${ROWS.toLocaleString('en-US')} rows`,
    );
    await sidebar.click('#import-button');
    await sidebar.waitForFunction(
      () => Number((document.querySelector('#import-progress') as HTMLProgressElement)?.value) > 0,
    );
    await screenshot(page, 'progress-mid-upload');
    const text = (await sidebar.textContent('#progress-text')) ?? '';
    expect(text).toMatch(new RegExp(`Sent [\\d,]+ of ${ROWS.toLocaleString('en-US')} rows`));
    await sidebar.click('#cancel-import');
    release();
    await sidebar.waitForSelector('text=Import cancelled. Nothing was written to the sheet.');
    expect(dataRows()).toBe(0);
    await page.unroute('**/api/importChunk');
  });

  it('a full import moves the bar through every chunk to the total and lands every row', async () => {
    await sidebar.evaluate(() => {
      const seen: number[] = [];
      (window as unknown as { __progress: number[] }).__progress = seen;
      new MutationObserver(() => {
        const p = document.querySelector('#import-progress') as HTMLProgressElement | null;
        if (p && seen[seen.length - 1] !== p.value) seen.push(p.value);
      }).observe(document.body, { subtree: true, childList: true, attributes: true });
    });
    const counts = await importAll(sidebar);
    expect(counts['Data · Posts'].added).toBe(ROWS);
    expect(dataRows()).toBe(ROWS);
    const seen = await sidebar.evaluate(() => (window as unknown as { __progress: number[] }).__progress);
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    expect(seen[seen.length - 1]).toBe(ROWS);
  });
});
