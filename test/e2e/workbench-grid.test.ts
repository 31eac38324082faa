/**
 * The workbench's spreadsheet view: typing into cells (KPI custom functions evaluate), the formula
 * bar, persistence to the state file across a restart and a reload, and the .xlsx download.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../src/local/workbench';
import { getKpi } from '../../src/kpi/registry';
import { launch, ROOT, screenshot } from './browser';
import { gridValue, typeInto } from './flow';

describe('workbench spreadsheet view', () => {
  let browser: Browser;
  let wb: Workbench;
  let page: Page;
  const dir = mkdtempSync(join(tmpdir(), 'kpi-wb-'));
  const stateFile = join(dir, 'state.json');

  beforeAll(async () => {
    browser = await launch();
    wb = await startWorkbench({ root: ROOT, port: 0, stateFile });
    page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
    await page.goto(wb.url);
    await page.waitForSelector('td[data-a1="A1"]');
  });
  afterAll(async () => {
    await browser?.close();
    await wb?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('evaluates KPI custom functions typed into a cell, and the formula bar shows the formula', async () => {
    await typeInto(page, 'A1', '120');
    await typeInto(page, 'B1', '4000');
    await typeInto(page, 'C1', '=CTR(A1, B1)');
    expect(await gridValue(page, 'C1')).toBeCloseTo(getKpi('CTR').compute([120, 4000]) as number, 12);
    await typeInto(page, 'D1', '=ROAS(5000, 1250)');
    expect(await gridValue(page, 'D1')).toBe(getKpi('ROAS').compute([5000, 1250]));
    await page.click('td[data-a1="C1"]');
    await expect(page.inputValue('#fx')).resolves.toBe('=CTR(A1, B1)');
    await expect(page.inputValue('#namebox')).resolves.toBe('C1');
    await page.click('td[data-a1="A1"]');
    await expect(page.inputValue('#fx')).resolves.toBe('120');
    await screenshot(page, 'workbench-custom-function');
  });

  it('shows a KPI error in the cell instead of failing', async () => {
    await typeInto(page, 'E1', '=CTR(5, "n/a")');
    const v = await gridValue(page, 'E1');
    // A known function that rejects its input (#VALUE!/#ERROR!), not an unknown one (#NAME?).
    expect(typeof v).toBe('string');
    expect(String(v)).toMatch(/^#/);
    expect(v).not.toBe('#NAME?');
  });

  it('keeps the spreadsheet across a page reload and a server restart (state file)', async () => {
    await page.reload();
    await page.waitForSelector('td[data-a1="C1"]');
    expect(await gridValue(page, 'A1')).toBe(120);
    await wb.close();
    wb = await startWorkbench({ root: ROOT, port: 0, stateFile });
    await page.goto(wb.url);
    await page.waitForSelector('td[data-a1="C1"]');
    expect(await gridValue(page, 'A1')).toBe(120);
    expect(await page.getAttribute('td[data-a1="C1"]', 'data-formula')).toBe('=CTR(A1, B1)');
  });

  it('downloads the spreadsheet as an .xlsx that opens with its formulas', async () => {
    const res = await page.request.get(`${wb.url}wb/download.xlsx`);
    expect(res.status()).toBe(200);
    const bytes = await res.body();
    expect(bytes.subarray(0, 2).toString()).toBe('PK');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
    const sheet = book.worksheets.find((w) => w.getCell('A1').value === 120);
    expect(sheet).toBeDefined();
    const c1 = sheet!.getCell('C1').value as { formula?: string };
    expect(c1.formula).toMatch(/CTR|IF\(/);
  });

  it('starts over on Reset', async () => {
    page.once('dialog', (d) => void d.accept());
    const loaded = await page.evaluate(() => document.body.dataset.loaded);
    await page.click('#reset');
    await page.waitForFunction((before) => document.body.dataset.loaded !== before, loaded);
    expect(await gridValue(page, 'A1')).toBeNull();
  });
});
