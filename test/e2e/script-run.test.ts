/**
 * The sidebar against google.script.run as it really fails: with several Google accounts signed
 * in, calls fail with PERMISSION_DENIED-style errors and the sidebar must say what helps (sign out
 * of the other accounts / a private window), not "reopen the sidebar". The workbench shim refuses
 * a Date in the arguments, as google.script.run does.
 */
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import type { Workbench } from '../../src/local/workbench';
import { SEVERAL_ACCOUNTS_ADVICE } from '../../sidebar/account-advice';
import { FIXTURES, openWorkbenchPerSuite, screenshot } from './browser';
import { chooseFiles, importAll } from './flow';

// Seen with several accounts signed in (github.com/enuchi/React-Google-Apps-Script/issues/46).
const STORAGE_DENIED =
  "We're sorry, a server error occurred while reading from storage. Error code PERMISSION_DENIED.";
const FIXTURE = join(FIXTURES, 'linkedin-page-content.google-sheets.csv');

async function failNext(sidebar: Frame, fn: string, error: string): Promise<void> {
  await sidebar.evaluate(
    ([f, e]) => {
      (window as unknown as { __kpiWorkbenchFaults: unknown[] }).__kpiWorkbenchFaults = [
        { fn: f, error: e, times: 1 },
      ];
    },
    [fn, error],
  );
}

describe('google.script.run failures in the sidebar', () => {
  let wb: Workbench;
  let page: Page;
  let sidebar: Frame;

  openWorkbenchPerSuite((open) => ({ wb, page, sidebar } = open));

  it('an import refused with PERMISSION_DENIED advises signing out of the other accounts', async () => {
    await chooseFiles(sidebar, [FIXTURE]);
    await failNext(sidebar, 'beginImport', STORAGE_DENIED);
    await sidebar.click('#import-button');
    const box = sidebar.locator('.error-box');
    await box.waitFor();
    await screenshot(page, 'several-accounts-import');
    const text = (await box.textContent()) ?? '';
    expect(text).toContain('PERMISSION_DENIED');
    expect(text).toContain(SEVERAL_ACCOUNTS_ADVICE);
    expect(text).not.toContain('reload the sidebar');
    expect(wb.host.spreadsheet().getSheetByName('Data · Posts')).toBeNull();
  });

  it('"Authorization is required" while creating a tab gets the same advice; other failures keep theirs', async () => {
    // Once signed in with one account, the same import goes through.
    const counts = await importAll(sidebar);
    expect(counts['Data · Posts'].added).toBeGreaterThan(0);
    await failNext(sidebar, 'applyKpiTab', 'Authorization is required to perform that action.');
    await sidebar.check('#tpl-linkedin-page');
    await sidebar.click('#create-tab');
    const box = sidebar.locator('.error-box');
    await box.waitFor();
    expect(await box.textContent()).toContain(SEVERAL_ACCOUNTS_ADVICE);

    await failNext(sidebar, 'applyKpiTab', 'Service Spreadsheets timed out while accessing document.');
    await sidebar.click('#create-tab');
    await sidebar.waitForFunction(() =>
      document.querySelector('.error-box')?.textContent?.includes('timed out'),
    );
    const other = (await box.textContent()) ?? '';
    expect(other).not.toContain(SEVERAL_ACCOUNTS_ADVICE);
    expect(other).toContain('Check the period and targets');
  });

  it('the shim refuses a Date argument, as google.script.run does', async () => {
    const message = await sidebar.evaluate(
      () =>
        new Promise<string>((resolve) => {
          type Runner = {
            withSuccessHandler(cb: () => void): Runner;
            withFailureHandler(cb: (e: Error) => void): Runner;
            getState(payload: unknown): void;
          };
          (window as unknown as { google: { script: { run: Runner } } }).google.script.run
            .withSuccessHandler(() => resolve('delivered'))
            .withFailureHandler((e: Error) => resolve(e.message))
            .getState({ since: new Date(0) });
        }),
    );
    expect(message).toMatch(/cannot send a Date \(argument\[0\]\.since\) to getState\(\)/);
  });
});
