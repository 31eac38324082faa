/** What a user does in the workbench, as steps the e2e tests share. */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { serialToIso } from '../../src/templates/period';

export interface FileInput {
  name: string;
  buffer: Buffer;
  mimeType?: string;
}

export interface Counts {
  added: number;
  updated: number;
  unchanged: number;
  skipped: number;
}

/** Chooses files in the sidebar's file input and waits until each one is read (preview or error). */
export async function chooseFiles(sidebar: Frame, files: (string | FileInput)[]): Promise<void> {
  // Files chosen while reviewing are added to the list; from any other step they start a new list.
  const reviewing = await sidebar.evaluate(
    () => document.querySelector('main')?.getAttribute('data-step') === 'review',
  );
  const before = reviewing ? await sidebar.locator('li.file').count() : 0;
  const input = sidebar.locator('#file-input');
  // Paths are read here so one call can mix files on disk and generated ones.
  await input.setInputFiles(
    files.map((f) =>
      typeof f === 'string'
        ? { name: basename(f), mimeType: 'application/octet-stream', buffer: readFileSync(f) }
        : { mimeType: 'application/octet-stream', ...f },
    ),
  );
  await sidebar.waitForFunction((n) => {
    const cards = document.querySelectorAll('li.file');
    return cards.length >= n && !document.querySelector('li.file [role="status"]');
  }, before + files.length);
}

/** Fails the step with the sidebar's error box text, if one is showing (`what` names the step). */
async function throwIfErrorShown(sidebar: Frame, what: string): Promise<void> {
  const err = await sidebar
    .locator('.error-box')
    .first()
    .textContent({ timeout: 100 })
    .catch(() => null);
  if (err) throw new Error(`${what} in the sidebar: ${err}`);
}

/** Clicks Import and waits for the summary; returns the counts per data tab. */
export async function importAll(sidebar: Frame): Promise<Record<string, Counts>> {
  await sidebar.click('#import-button');
  await sidebar.waitForSelector('#import-summary, .error-box', { timeout: 60_000 });
  await throwIfErrorShown(sidebar, 'import failed');
  return sidebar.$$eval('#import-summary li.summary-item', (items) => {
    // No named helper functions in here: tsx would wrap them in __name(), unknown in the page.
    const out: Record<string, Counts> = {};
    for (const li of items) {
      const tab = li.querySelector('strong')?.textContent ?? '';
      const prev = out[tab] ?? { added: 0, updated: 0, unchanged: 0, skipped: 0 };
      const next = { ...prev };
      for (const k of ['added', 'updated', 'unchanged', 'skipped'] as const) {
        next[k] += Number((li.querySelector(`dd[data-count="${k}"]`)?.textContent ?? '0').replace(/,/g, ''));
      }
      out[tab] = next;
    }
    return out;
  });
}

/** Picks a template, creates the KPI tab and waits until the page shows it; returns the tab name. */
export async function createKpiTab(sidebar: Frame, page: Page, templateId: string): Promise<string> {
  await sidebar.check(`#tpl-${templateId}`);
  await sidebar.click('#create-tab');
  await sidebar.waitForSelector('#open-tab, [data-step] .error-box', { timeout: 60_000 });
  await throwIfErrorShown(sidebar, 'create KPI tab failed');
  const tab = (await sidebar.textContent('#open-tab'))!;
  await page.waitForFunction((name) => document.body.dataset.activeSheet === name, tab);
  return tab;
}

/** Goes back to the first step of the sidebar (another file, another import). */
export async function startOver(sidebar: Frame): Promise<void> {
  await sidebar.click('[data-key="start-over"]');
  await sidebar.waitForFunction(() => document.querySelector('main')?.getAttribute('data-step') === 'choose');
}

/** The computed value the grid shows in a cell of the active tab (numbers as numbers, blank = null). */
export async function gridValue(page: Page, a1: string): Promise<unknown> {
  const raw = await page.getAttribute(`td[data-a1="${a1}"]`, 'data-value');
  return raw === null ? null : (JSON.parse(raw) as unknown);
}

export async function switchTab(page: Page, name: string): Promise<void> {
  await page.click(`nav#tabs button:text-is("${name}")`);
  await page.waitForFunction((n) => document.body.dataset.activeSheet === n, name);
}

/** The period of the active KPI tab as its start and end cells (B5, B6) show it, as ISO dates. */
export async function gridPeriod(page: Page): Promise<{ periodStart: string; periodEnd: string }> {
  return {
    periodStart: serialToIso((await gridValue(page, 'B5')) as number),
    periodEnd: serialToIso((await gridValue(page, 'B6')) as number),
  };
}

/** Selects a cell of the active tab, types into the formula bar and presses Enter, like a user. */
export async function typeInto(page: Page, a1: string, input: string): Promise<void> {
  await page.click(`td[data-a1="${a1}"]`);
  await page.fill('#fx', input);
  const loaded = await page.evaluate(() => document.body.dataset.loaded);
  await page.press('#fx', 'Enter');
  await page.waitForFunction((before) => document.body.dataset.loaded !== before, loaded);
}

/** The background colour the grid paints on a cell ('' when none). */
export async function cellBackground(page: Page, a1: string): Promise<string> {
  return page.$eval(`td[data-a1="${a1}"]`, (td) => (td as HTMLElement).style.backgroundColor);
}
