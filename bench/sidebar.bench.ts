/**
 * Sidebar figures:
 *  - sidebar_kb: size of the one inlined dist/Sidebar.html; sidebar_first_paint_ms (median of 5 loads, target ≤ 1000);
 *  - sidebar_import_10k_s: end-to-end time to import a 10,000-row export through the real sidebar in
 *    the workbench (Chromium: read + detect + map in the browser, chunked google.script.run uploads,
 *    staged write, commit) ÷ the importer core alone on the same bytes in Node, same run.
 */
import { statSync } from 'node:fs';
import { join } from 'node:path';
import { importFile } from '../src/importers';
import { bigPostsCsv } from '../test/e2e/big-export';
import { launch, openWorkbench, ROOT, workbench } from '../test/e2e/browser';
import { chooseFiles, importAll } from '../test/e2e/flow';
import { median } from './measure';

const ROWS = 10_000;

export default async function sidebarBench(): Promise<Record<string, unknown>> {
  const bytes = bigPostsCsv(ROWS);
  const core: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    const r = importFile('posts-10k.csv', new Uint8Array(bytes));
    core.push(performance.now() - t);
    if (r.tables[0].rows.length !== ROWS) throw new Error(`core imported ${r.tables[0].rows.length} rows`);
  }

  const e2e: number[] = [];
  const parse: number[] = [];
  const upload: number[] = [];
  const browser = await launch();
  const paints: number[] = [];
  try {
    const wb = await workbench();
    try {
      for (let i = 0; i < 5; i++) {
        const page = await browser.newPage({ viewport: { width: 300, height: 800 } });
        await page.goto(`${wb.url}sidebar`);
        await page.waitForSelector('#file-input');
        paints.push(
          await page.evaluate(
            () =>
              performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')
                ?.startTime ?? -1,
          ),
        );
        await page.close();
      }
    } finally {
      await wb.close();
    }
    for (let i = 0; i < 3; i++) {
      const wb = await workbench();
      try {
        const { page, sidebar } = await openWorkbench(browser, wb);
        const t = performance.now();
        await chooseFiles(sidebar, [{ name: 'posts-10k.csv', buffer: bytes, mimeType: 'text/csv' }]);
        const counts = await importAll(sidebar);
        e2e.push(performance.now() - t);
        if (counts['Data · Posts']?.added !== ROWS)
          throw new Error(`sidebar imported ${JSON.stringify(counts)}`);
        const [p, u] = await sidebar.evaluate(() =>
          ['kpi-sheets:parse', 'kpi-sheets:upload'].map(
            (n) => performance.getEntriesByName(n)[0]?.duration ?? -1,
          ),
        );
        parse.push(p);
        upload.push(u);
        await page.close();
      } finally {
        await wb.close();
      }
    }
  } finally {
    await browser.close();
  }
  const coreS = median(core) / 1000;
  const e2eS = median(e2e) / 1000;
  return {
    sidebar_kb: Math.round(statSync(join(ROOT, 'dist', 'Sidebar.html')).size / 102.4) / 10,
    sidebar_first_paint_ms: Math.round(median(paints)),
    sidebar_first_paint_target_ms: 1000,
    sidebar_import_10k_s: Math.round((e2eS / coreS) * 10) / 10,
    sidebar_import_10k_e2e_s: Math.round(e2eS * 1000) / 1000,
    sidebar_import_10k_core_s: Math.round(coreS * 1000) / 1000,
    sidebar_import_10k_browser_parse_s: Math.round(median(parse)) / 1000,
    sidebar_import_10k_upload_commit_s: Math.round(median(upload)) / 1000,
    sidebar_import_10k_note:
      'sidebar_import_10k_s = end-to-end seconds in the workbench ÷ importer core seconds on the same 10,000-row CSV (medians: 3 e2e runs, 5 core runs)',
  };
}
