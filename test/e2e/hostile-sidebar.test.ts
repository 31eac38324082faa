/**
 * The sidebar in real Chromium survives the hostile-file corpus (scripts/hostile-corpus.ts): each
 * bomb or oversized file fails on its own card with the limit it broke and what to do, the
 * renderer does not crash, and an ordinary export chosen afterwards still reads.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { makeHostileCorpus, type HostileCase } from '../../scripts/hostile-corpus';
import { FIXTURES, openWorkbenchPerSuite, screenshot } from './browser';
import { chooseFiles } from './flow';

describe('sidebar and hostile files', () => {
  let page: Page;
  let sidebar: Frame;
  let dir: string;
  let cases: HostileCase[];
  let crashed = false;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-hostile-e2e-'));
    cases = makeHostileCorpus(dir);
  }, 300_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  openWorkbenchPerSuite((open) => {
    ({ page, sidebar } = open);
    page.on('crash', () => (crashed = true));
  });

  const expected = (file: string) => (cases.find((c) => c.file === file) as HostileCase).message;

  it.each([
    'nested-bomb.zip',
    'lying-bomb.zip',
    'deep-nesting.zip',
    'too-large.xlsx',
    'duplicate-headers.csv',
    'million-columns.csv',
    'one-line-100mb.csv',
    'unknown-300mb.csv',
    'one-line-1gb.csv',
  ])(
    '%s is refused on its card with the limit and what to do',
    async (file) => {
      // By path: the browser reads the file from disk as a user's would (no copy through the test).
      await sidebar.locator('#file-input').setInputFiles(join(dir, file));
      await sidebar.waitForFunction(
        () =>
          document.querySelectorAll('li.file').length > 0 &&
          !document.querySelector('li.file [role="status"]'),
        undefined,
        { timeout: 120_000 },
      );
      const card = sidebar.locator('li.file.failed', { hasText: file });
      await expect(card.count()).resolves.toBe(1);
      const message = (await card.locator('[role="alert"]').textContent()) ?? '';
      expect(message).toMatch(expected(file));
      expect(message).toMatch(/What to do/);
      expect(crashed).toBe(false);
    },
    180_000,
  );

  it('after all of them the renderer is alive and an ordinary export still reads', async () => {
    await screenshot(page, 'hostile-last-refusal');
    await chooseFiles(sidebar, [join(FIXTURES, 'x-tweet-activity.csv')]);
    await expect(
      sidebar.locator('li.file:not(.failed)', { hasText: 'x-tweet-activity.csv' }).count(),
    ).resolves.toBe(1);
    expect(crashed).toBe(false);
  });
});
