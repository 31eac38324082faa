/**
 * Every string the .xlsx report writes is valid XML and reads back as the user wrote it: characters
 * XML forbids are removed, a CR survives (a raw CR would come back as LF), on the exceljs path and
 * on the fast path for large data tabs alike.
 */
import * as XLSX from '@e965/xlsx';
import { strFromU8, unzipSync } from 'fflate';
import { writeTable } from '../../../src/gas/writer';
import { createSpreadsheet, installGlobals } from '../../../src/local/emulator';
import { spreadsheetToXlsx } from '../../../src/local/report/xlsx';
import { xlsxText } from '../../../src/local/report/xml-text';
import { TABLES, type CanonicalValue } from '../../../src/model/schema';

const TITLES = [
  'bad \uFFFE and \uFFFF inside',
  '\rleading CR',
  'CR\r\nLF pair',
  'typed _x000D_ literally',
  'bell \u0007 and NUL \u0000',
  'lone surrogate \uD800 here',
  'emoji 😀 kept',
];
/** As SheetJS reads them back; it turns CR LF into LF on purpose (unescapexml), so that CR is checked in the XML. */
const EXPECTED = [
  'bad  and  inside',
  '\rleading CR',
  'CR\nLF pair',
  'typed _x000D_ literally',
  'bell  and NUL ',
  'lone surrogate  here',
  'emoji 😀 kept',
];

/** No XML part of the package holds a character XML 1.0 forbids (one such character voids the file for strict readers). */
function forbiddenInParts(xlsx: Uint8Array): string[] {
  const bad: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(xlsx))) {
    if (!/\.(xml|rels)$/.test(name)) continue;
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|\r/.test(strFromU8(bytes))) bad.push(name);
  }
  return bad;
}

async function reportWith(titles: string[], fastRows?: number): Promise<Uint8Array> {
  const ss = createSpreadsheet();
  installGlobals(globalThis, ss);
  const cols = TABLES.posts.columns.map((c) => c.name);
  const rows = titles.map((title, i) =>
    cols.map(
      (c): CanonicalValue => ({ platform: 'linkedin', post_id: `p${i}`, title, impressions: 10 })[c] ?? null,
    ),
  );
  writeTable(ss.asGas(), { table: 'posts', columns: cols, rows });
  return spreadsheetToXlsx(ss, { fastRows });
}

function titlesReadBack(xlsx: Uint8Array): string[] {
  const wb = XLSX.read(xlsx, { type: 'array' });
  const ws = wb.Sheets[TABLES.posts.tab];
  const data = XLSX.utils.sheet_to_json<string[]>(ws, { header: 1, raw: true });
  const col = (data[0] as string[]).findIndex((h) => /title/i.test(h));
  return data.slice(1).map((r) => r[col]);
}

describe('strings in the .xlsx report', () => {
  it('xlsxText removes what XML forbids, writes CR as _x000D_ and escapes a literal _xHHHH_', () => {
    expect(xlsxText('a\uFFFEb\uFFFF\u0001c')).toBe('abc');
    expect(xlsxText('\r1')).toBe('_x000D_1');
    expect(xlsxText('_x000D_')).toBe('_x005F_x000D_');
    expect(xlsxText('tab\tand\nnewline')).toBe('tab\tand\nnewline');
  });

  it.each([
    ['the exceljs path', undefined],
    ['the fast path for large tabs', 1],
  ])('%s: valid XML, and every title reads back as written', async (_, fastRows) => {
    const xlsx = await reportWith(TITLES, fastRows);
    expect(forbiddenInParts(xlsx)).toEqual([]);
    expect(titlesReadBack(xlsx)).toEqual(EXPECTED);
    const xml = Object.values(unzipSync(xlsx))
      .map((b) => strFromU8(b))
      .join('');
    expect(xml).toContain('CR_x000D_\nLF pair');
    expect(xml).toContain('typed _x005F_x000D_ literally');
  });
});
