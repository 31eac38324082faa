/**
 * The hostile-file corpus (issue #10), generated rather than committed: each file is written to a
 * directory as a stream (big ones never exist in memory whole) with the message an import must
 * stop with and the memory ceiling it must stay under. Used by test/e2e/hostile.test.ts and the
 * bench; `npx tsx scripts/hostile-corpus.ts DIR` writes them for a manual try.
 */
import { closeSync, mkdirSync, openSync, truncateSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { constants, deflateRawSync } from 'node:zlib';

export interface HostileCase {
  file: string;
  what: string;
  /** What the refusal must say. */
  message: RegExp;
  /** Peak RSS the importing process may reach, in MB (the budget is 256 MB: ≤ 4× it, well under for most). */
  maxRssMb: number;
}

const MB = 1024 * 1024;

/** Writes `total` bytes made of `chunk` repeated (the last one cut), in one file. */
function writeRepeated(path: string, head: string, chunk: Uint8Array, total: number, tail = ''): void {
  const fd = openSync(path, 'w');
  try {
    writeSync(fd, head);
    for (let n = head.length; n < total; n += chunk.length) {
      writeSync(fd, chunk, 0, Math.min(chunk.length, total - n));
    }
    if (tail) writeSync(fd, tail);
  } finally {
    closeSync(fd);
  }
}

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

function crc32(crc: number, b: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < b.length; i++) c = CRC_TABLE[(c ^ b[i]) & 0xff] ^ (c >>> 8);
  return ~c >>> 0;
}

interface Member {
  name: string;
  data: Uint8Array;
  method: 0 | 8;
  crc: number;
  size: number;
}

/**
 * Deflates `head` + `chunk` × n + `tail` the way bombs are built: each part compressed once with a
 * full flush (byte-aligned, no back-references across parts: RFC 1951 §3.2.3, zlib's Z_FULL_FLUSH),
 * the chunk's blocks repeated n times, then a final block. The inflated text never exists whole.
 */
function deflated(name: string, head: string, chunk: Uint8Array, times: number, tail = ''): Member {
  const enc = new TextEncoder();
  const h = enc.encode(head);
  const t = enc.encode(tail);
  const part = (b: Uint8Array, last: boolean) =>
    deflateRawSync(b, { level: 9, finishFlush: last ? constants.Z_FINISH : constants.Z_FULL_FLUSH });
  const body = part(chunk, false);
  let crc = crc32(0, h);
  for (let i = 0; i < times; i++) crc = crc32(crc, chunk);
  crc = crc32(crc, t);
  const data = Buffer.concat([part(h, false), ...Array.from({ length: times }, () => body), part(t, true)]);
  return { name, data, method: 8, crc, size: h.length + chunk.length * times + t.length };
}

const stored = (name: string, data: Uint8Array): Member => ({
  name,
  data,
  method: 0,
  crc: crc32(0, data),
  size: data.length,
});

/** A ZIP (APPNOTE 4.3) of ready members. */
function zip(members: Member[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  for (const m of members) {
    const name = new TextEncoder().encode(m.name);
    const local = Buffer.alloc(30 + name.length);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x800, 6);
    local.writeUInt16LE(m.method, 8);
    local.writeUInt32LE(m.crc, 14);
    local.writeUInt32LE(m.data.length, 18);
    local.writeUInt32LE(m.size, 22);
    local.writeUInt16LE(name.length, 26);
    local.set(name, 30);
    const cd = Buffer.alloc(46 + name.length);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x800, 8);
    cd.writeUInt16LE(m.method, 10);
    cd.writeUInt32LE(m.crc, 16);
    cd.writeUInt32LE(m.data.length, 20);
    cd.writeUInt32LE(m.size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    cd.set(name, 46);
    parts.push(local, m.data);
    central.push(cd);
    offset += local.length + m.data.length;
  }
  const cdSize = central.reduce((n, c) => n + c.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(members.length, 8);
  end.writeUInt16LE(members.length, 10);
  end.writeUInt32LE(cdSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...parts, ...central, end]);
}

/** `n` copies of `line` as one buffer of about `bytes`. */
const block = (line: string, bytes = MB) =>
  new TextEncoder().encode(line.repeat(Math.ceil(bytes / line.length)));

/** 1 MB of rows shaped like a generic daily export. */
const DAILY_ROWS = block('2025-01-01,1204,37\n');

function xlsxParts(sheetXml: Member): Member[] {
  const t = (name: string, xml: string) => stored(name, new TextEncoder().encode(xml));
  return [
    t(
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    ),
    t(
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    ),
    t(
      'xl/workbook.xml',
      '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="All posts" sheetId="1" r:id="rId1"/></sheets></workbook>',
    ),
    t(
      'xl/_rels/workbook.xml.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
    ),
    sheetXml,
  ];
}

/** A valid workbook of 560,000 rows × 20 numbers (11.2 M cells: over the 10 M limit, under the inflate budget). */
function tooLargeXlsx(): Uint8Array {
  const cols = 20;
  const rows = 560_000;
  const perBlock = 1000;
  let row = '<row>';
  for (let c = 0; c < cols; c++) row += `<c><v>${c + 1}</v></c>`;
  row += '</row>';
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
    `<dimension ref="A1:T${rows}"/><sheetData>`;
  const rowsBlock = new TextEncoder().encode(row.repeat(perBlock));
  const sheet = deflated(
    'xl/worksheets/sheet1.xml',
    head,
    rowsBlock,
    rows / perBlock,
    '</sheetData></worksheet>',
  );
  return zip(xlsxParts(sheet));
}

const DAILY_HEADER = 'Date,Impressions,Clicks\n';
/** 300 MB of daily rows deflated into a ~750 KB member. */
const bombMember = () => deflated('daily.csv', DAILY_HEADER, DAILY_ROWS, 300);

/** The nested ZIP bomb: ten ZIPs, each holding a 300 MB CSV, inside one ~20 KB ZIP. */
export function nestedBomb(): Uint8Array {
  const inner = zip([bombMember()]);
  return zip(Array.from({ length: 10 }, (_, i) => deflated(`part-${i + 1}.zip`, '', inner, 1)));
}

export function makeHostileCorpus(dir: string): HostileCase[] {
  mkdirSync(dir, { recursive: true });
  const cases: HostileCase[] = [];
  const add = (file: string, what: string, message: RegExp, maxRssMb: number, bytes?: Uint8Array) => {
    if (bytes) {
      const fd = openSync(join(dir, file), 'w');
      writeSync(fd, bytes);
      closeSync(fd);
    }
    cases.push({ file, what, message, maxRssMb });
  };

  add(
    'nested-bomb.zip',
    'ZIPs of 300 MB CSVs inside a ZIP',
    /unpacks to more than 256 MB/,
    300,
    nestedBomb(),
  );

  // The same bomb with sizes that lie (the central directory says 100 bytes): stopped by counting.
  const lying = zip([{ ...bombMember(), size: 100 }]);
  add(
    'lying-bomb.zip',
    'a 300 MB member declared as 100 bytes',
    /damaged.*more than it declares/,
    300,
    lying,
  );

  const small = zip([deflated('daily.csv', DAILY_HEADER, block('2025-01-01,1,2\n', 64), 1)]);
  const deep = zip([stored('a.zip', zip([stored('b.zip', small)]))]);
  add('deep-nesting.zip', 'a ZIP in a ZIP in a ZIP', /ZIP files inside ZIP files/, 300, deep);

  writeRepeated(
    join(dir, 'unknown-300mb.csv'),
    'alpha,beta,gamma\n',
    block('lorem ipsum dolor,sit amet,consectetur\n'),
    300 * MB,
  );
  add('unknown-300mb.csv', 'a 300 MB CSV with a header nobody knows', /too large to import at once/, 300);

  // Under the file budget, so it is parsed (a piece at a time) and refused for its header.
  writeRepeated(
    join(dir, 'unknown-200mb.csv'),
    'alpha,beta,gamma\n',
    block('lorem ipsum dolor sit amet,consectetur adipiscing,elit sed do eiusmod\n'),
    200 * MB,
  );
  add('unknown-200mb.csv', 'a 200 MB CSV with a header nobody knows', /no known table was found/, 1024);

  const dup = `Date,${'Impressions,'.repeat(100_000)}Clicks\n`;
  writeRepeated(
    join(dir, 'duplicate-headers.csv'),
    dup,
    block(`2025-01-01,${'1,'.repeat(100_000)}2\n`, 1),
    4 * dup.length,
  );
  add(
    'duplicate-headers.csv',
    '100,000 duplicate header names',
    /has 100,002 columns.*at most 18,278 columns/,
    300,
  );

  const wideHeader = Array.from({ length: 1_000_000 }, (_, i) => `m${i}`).join(',') + '\n';
  const wideRow = new TextEncoder().encode(`${'7,'.repeat(999_999)}7\n`);
  writeRepeated(
    join(dir, 'million-columns.csv'),
    wideHeader,
    wideRow,
    wideHeader.length + 3 * wideRow.length,
  );
  add(
    'million-columns.csv',
    '1,000,000 distinct columns (3 M cells)',
    /has 1,000,000 columns.*at most 18,278 columns/,
    400,
  );

  // 1 MB of text, then a sparse 1,023 MB of NUL bytes: one line, no line break, little disk time.
  writeRepeated(join(dir, 'one-line-1gb.csv'), '', block('x', MB), MB);
  truncateSync(join(dir, 'one-line-1gb.csv'), 1024 * MB);
  add('one-line-1gb.csv', 'a 1 GB file without a line break', /too large to import at once/, 300);

  writeRepeated(join(dir, 'one-line-100mb.csv'), 'Date,', block('x', MB), 100 * MB);
  add(
    'one-line-100mb.csv',
    'a 100 MB file that is one line',
    /line of the file is longer than any table row/,
    1024,
  );

  add(
    'too-large.xlsx',
    'a valid XLSX of 11.2 M cells',
    /sheet "All posts".*larger than a spreadsheet can hold/,
    400,
    tooLargeXlsx(),
  );
  return cases;
}

if (require.main === module) {
  const dir = process.argv[2];
  if (!dir) {
    console.error('usage: npx tsx scripts/hostile-corpus.ts DIR');
    process.exit(2);
  }
  for (const c of makeHostileCorpus(dir)) console.log(`${c.file}\t${c.what}`);
}
