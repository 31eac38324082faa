/** Test helpers: Debian's chromium through playwright-core (never a downloaded browser) and a workbench on a free port. */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { startWorkbench, type Workbench } from '../../src/local/workbench';

export const ROOT = join(__dirname, '..', '..');
export const SCREENSHOTS = join(ROOT, 'reports', 'screenshots');
export const FIXTURES = join(ROOT, 'test', 'fixtures', 'exports');

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A workbench with an in-memory spreadsheet (tests never touch .workbench/state.json). */
export function workbench(): Promise<Workbench> {
  return startWorkbench({ root: ROOT, port: 0, stateFile: null });
}

export async function openWorkbench(
  browser: Browser,
  wb: Workbench,
): Promise<{ page: Page; sidebar: Frame }> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const external: string[] = [];
  page.on('request', (r) => {
    if (!r.url().startsWith(wb.url) && !r.url().startsWith('data:') && !r.url().startsWith('blob:'))
      external.push(r.url());
  });
  (page as Page & { externalRequests?: string[] }).externalRequests = external;
  await page.goto(wb.url);
  const handle = await page.waitForSelector('#sidebar');
  const sidebar = (await handle.contentFrame())!;
  await sidebar.waitForSelector('#file-input');
  return { page, sidebar };
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: false });
  return path;
}

export interface OpenWorkbench {
  browser: Browser;
  wb: Workbench;
  page: Page;
  sidebar: Frame;
}

/**
 * One Chromium and one workbench for the enclosing describe, opened before its tests and closed
 * after them; `onOpen` receives them (the suite keeps what it needs and adds its own listeners).
 */
export function openWorkbenchPerSuite(onOpen: (open: OpenWorkbench) => void): void {
  let browser: Browser | undefined;
  let wb: Workbench | undefined;
  beforeAll(async () => {
    [browser, wb] = await Promise.all([launch(), workbench()]);
    onOpen({ browser, wb, ...(await openWorkbench(browser, wb)) });
  });
  afterAll(async () => {
    await browser?.close();
    await wb?.close();
  });
}
