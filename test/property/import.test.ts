import fc from 'fast-check';
import * as XLSX from '@e965/xlsx';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ImportError, importFile, mergeRows, readFile, toSheetValue } from '../../src/importers';
import { TABLES, type CanonicalTable } from '../../src/model/schema';

const FIX = join(__dirname, '..', 'fixtures', 'exports');
// XML 1.0 cannot hold C0 control characters, so no spreadsheet file can either.
// eslint-disable-next-line no-control-regex
const XML_INVALID = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g;
const RUNS = { numRuns: 150 };

const quote = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
const toCsv = (rows: string[][]) => rows.map((r) => r.map(quote).join(',')).join('\r\n') + '\r\n';
const utf16le = (s: string) => {
  const out = new Uint8Array(2 + s.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < s.length; i++) {
    out[2 + 2 * i] = s.charCodeAt(i) & 0xff;
    out[3 + 2 * i] = s.charCodeAt(i) >> 8;
  }
  return out;
};

/** A random table: a non-blank id column, then text and number columns (any Unicode text, newlines, quotes). */
const tableArb = fc
  .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 25 }))
  .chain(([cols, n]) =>
    fc.array(
      fc.tuple(
        fc.stringMatching(/^[A-Za-z0-9]{1,12}$/),
        fc.array(
          fc.oneof(
            fc.string({ unit: 'grapheme', maxLength: 20 }),
            fc.integer({ min: -1e9, max: 1e9 }),
            fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
          ),
          {
            minLength: cols,
            maxLength: cols,
          },
        ),
      ),
      { minLength: n, maxLength: n },
    ),
  )
  .map((rows) => rows.map(([id, rest]) => [id, ...rest]));

describe('round trips: random tables come back unchanged', () => {
  it('through CSV (UTF-8 and UTF-16LE)', () => {
    fc.assert(
      fc.property(tableArb, fc.boolean(), (rows, wide) => {
        const header = rows[0].map((_, i) => `col ${i}`);
        const text = rows.map((r) => r.map((c) => String(c)));
        const csv = toCsv([header, ...text]);
        const wb = readFile('t.csv', wide ? utf16le(csv) : new TextEncoder().encode(csv));
        expect(wb.sheets).toHaveLength(1);
        expect(wb.sheets[0].rows).toEqual([header, ...text]);
      }),
      RUNS,
    );
  });

  it('through XLSX (numbers stay numbers, text stays text)', () => {
    fc.assert(
      fc.property(tableArb, (rows) => {
        const header = rows[0].map((_, i) => `col ${i}`);
        const clean = rows.map((r) => r.map((c) => (typeof c === 'string' ? c.replace(XML_INVALID, '') : c)));
        const wbOut = XLSX.utils.book_new();
        XLSX.utils.book_append_sheet(wbOut, XLSX.utils.aoa_to_sheet([header, ...clean]), 'Data');
        const bytes = new Uint8Array(XLSX.write(wbOut, { type: 'array', bookType: 'xlsx' }) as ArrayBuffer);
        const got = readFile('t.xlsx', bytes).sheets[0].rows.map((r) => r.map((c) => (c === null ? '' : c)));
        const want = [header, ...clean].map((r) => r.map((c) => (Object.is(c, -0) ? 0 : c)));
        expect(got.map((r) => r.slice(0, want[0].length))).toEqual(want.map((r) => r.map((c) => c)));
      }),
      { numRuns: 60 },
    );
  });
});

describe('arbitrary bytes never crash the importer', () => {
  const outcome = (name: string, bytes: Uint8Array) => {
    try {
      const r = importFile(name, bytes);
      expect(Array.isArray(r.tables)).toBe(true);
      return 'result';
    } catch (e) {
      if (!(e instanceof ImportError)) throw e;
      expect(e.message).toMatch(/^file "/);
      expect(e.message).toContain('What to do:');
      return 'error';
    }
  };

  it('random bytes give a result or one ImportError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 600 }),
        fc.constantFrom('a.csv', 'a.xlsx', 'a.zip', 'a'),
        (bytes, name) => {
          outcome(name, bytes);
        },
      ),
      { numRuns: 400 },
    );
  });

  const fixtures = readdirSync(FIX).filter((f) => !['empty.csv'].includes(f));
  it('damaged fixtures (cut anywhere, bytes flipped) give a result or one ImportError', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...fixtures),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.array(fc.nat(), { maxLength: 4 }),
        (file, cut, flips) => {
          const original = new Uint8Array(readFileSync(join(FIX, file)));
          const bytes = original.slice(0, Math.floor(original.length * cut));
          for (const f of flips) if (bytes.length) bytes[f % bytes.length] ^= 0x5a;
          outcome(file, bytes);
        },
      ),
      { numRuns: 200 },
    );
  });
});

/** What Sheets' setValues does with a string typed into a cell (simplified model, checked independently of the code). */
const sheetsWouldParse = (s: string): boolean =>
  /^[=+\-@]/.test(s) ||
  /^[\t\r\n]/.test(s) ||
  /^\s*[-+]?[$€£]?\d[\d,.]*(e[-+]?\d+)?%?\s*$/i.test(s) ||
  /^(true|false)$/i.test(s) ||
  /^\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}/.test(s);

/** Placeholders exports use for "no value" (EXPORTS.md: `-` and blanks as blank); they import as blank. */
const BLANK_MARKERS = ['', '-', '--', '—', 'n/a', 'N/A', 'null', '(not set)'];

describe('injection payloads anywhere come out as text', () => {
  const payload = fc
    .tuple(
      fc.constantFrom(
        '=',
        '+',
        '-',
        '@',
        '\t=',
        '\r=',
        '=HYPERLINK(',
        '=IMPORTXML(',
        '0',
        '1e',
        'TRUE',
        '01234',
      ),
      fc.string({ maxLength: 12 }),
    )
    .map(([a, b]) => a + b);

  it('survive import unchanged and are escaped by toSheetValue in every text column', () => {
    let escaped = 0;
    fc.assert(
      fc.property(payload, fc.integer({ min: 0, max: 2 }), (p, where) => {
        const cells = ['Post 1', 'https://example.com/p/1', '2026-06-01', '5', 'note'];
        const col = [0, 1, 4][where];
        cells[col] = p;
        const csv = toCsv([['Title', 'Link', 'Published', 'Impressions', 'Note'], cells]);
        let r;
        try {
          r = importFile('t.csv', new TextEncoder().encode(csv));
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
          return;
        }
        for (const t of r.tables) {
          const types = new Map(TABLES[t.table].columns.map((c) => [c.name, c.type]));
          for (const row of t.rows) {
            row.forEach((v, i) => {
              if (typeof v !== 'string') return;
              const type = types.get(t.columns[i]) ?? 'text';
              const out = toSheetValue(v, type);
              const isDate = (type === 'date' || type === 'datetime') && /^\d{4}-\d{2}-\d{2}/.test(v);
              if (!isDate && sheetsWouldParse(v)) {
                expect(out.value).toBe(`'${v}`);
                expect(out.literal).toBe(v);
                escaped++;
              }
            });
          }
        }
        const strings = r.tables.flatMap((t) => t.rows.flat()).filter((v) => typeof v === 'string');
        // Numbers are numbers (an all-numeric extra column is typed as numbers, reading "4.5%" and "12 €"
        // as the KPI functions do); everything else stays exact text.
        const plainNumber =
          /^\s*[-+]?[$€£]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?\s*[%$€£]?\s*$/i.test(p) &&
          !/^\s*[-+]?[$€£]?0\d/.test(p);
        if (!BLANK_MARKERS.includes(p.trim()) && col !== 1 && !plainNumber) expect(strings).toContain(p);
      }),
      { numRuns: 300 },
    );
    expect(escaped).toBeGreaterThan(150);
  });
});

describe('importing twice = importing once', () => {
  const imported = [
    'linkedin-page-content.xlsx',
    'x-tweet-activity.csv',
    'linkedin-campaign-manager.csv',
    'ga4-traffic-acquisition.csv',
    'youtube-studio.zip',
  ]
    .map((f) => importFile(f, new Uint8Array(readFileSync(join(FIX, f)))))
    .flatMap((r) => r.tables);

  it('merging a table into itself changes nothing; overlapping parts merge to the whole', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...imported),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (t: CanonicalTable, a, b) => {
          const once = mergeRows(null, t);
          const twice = mergeRows(once.table, t);
          expect(twice.table).toEqual(once.table);
          expect(twice.added).toBe(0);
          const [lo, hi] = [
            Math.floor(t.rows.length * Math.min(a, b)),
            Math.ceil(t.rows.length * Math.max(a, b)),
          ];
          const first = { ...t, rows: t.rows.slice(0, hi) };
          const second = { ...t, rows: t.rows.slice(lo) };
          const parts = mergeRows(mergeRows(null, first).table, second);
          expect(parts.table.rows.length).toBe(once.table.rows.length);
          expect(new Set(parts.table.rows.map((r) => JSON.stringify(r)))).toEqual(
            new Set(once.table.rows.map((r) => JSON.stringify(r))),
          );
        },
      ),
      RUNS,
    );
  });
});
