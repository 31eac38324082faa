/** Headless LibreOffice recalculation for tests that check formulas against another engine. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** LibreOffice profile that recalculates every formula of an .xlsx on load (OOXMLRecalcMode 0 = always). */
const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>`;

/**
 * Opens each .xlsx in headless LibreOffice with a fresh profile (in `profile`) that recalculates on
 * load and saves it under the same name in `outDir`, so every value read back was computed by LibreOffice.
 */
export function recalcWithLibreOffice(inputs: string[], outDir: string, profile: string): void {
  convertWithLibreOffice(inputs, outDir, profile, 'xlsx');
}

/** Same, saved as `format` (e.g. "pdf": the document as LibreOffice prints it). */
export function convertWithLibreOffice(
  inputs: string[],
  outDir: string,
  profile: string,
  format: 'xlsx' | 'pdf',
): void {
  mkdirSync(join(profile, 'user'), { recursive: true });
  writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--norestore',
      '--convert-to',
      format,
      '--outdir',
      outDir,
      ...inputs,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
}

/** The text of PDF pages `first`…`last` (poppler's pdftotext, reading order). */
export function pdfText(pdf: string, first: number, last = first): string {
  return execFileSync('pdftotext', ['-f', String(first), '-l', String(last), '-layout', pdf, '-'], {
    encoding: 'utf8',
  });
}
