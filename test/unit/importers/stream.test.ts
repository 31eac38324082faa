import { importFile } from '../../../src/importers';
import { enc } from './helpers';

/** A large export-like CSV: quoted multi-line text, commas, emoji, ids, numbers and rates. */
function bigCsv(rows: number, extra = ''): string {
  const lines = [
    '"Tweet id","Tweet permalink","Tweet text","time","impressions","engagements","engagement rate","retweets","replies","favorites"',
  ];
  for (let i = 0; i < rows; i++) {
    const id = String(616000000000000000n + BigInt(i) * 7n);
    const text = i % 5 === 0 ? `line one ${i}\nline "two", 🐦` : `=HYPERLINK("http://x/${i}","click")`;
    const time = `2015-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')} 18:42 +0000`;
    lines.push(
      [
        id,
        `https://twitter.com/a/status/${id}`,
        text,
        time,
        `${i}.0`,
        `${i % 50}.0`,
        String((i % 50) / (i + 1)),
        '1.0',
        '0.0',
        '-',
      ]
        .map((c) => `"${c.replace(/"/g, '""')}"`)
        .join(','),
    );
  }
  return lines.join('\r\n') + '\r\n' + extra;
}

const full = (name: string, bytes: Uint8Array) =>
  importFile(name, bytes, { streamMinBytes: Number.POSITIVE_INFINITY });
const streamed = (name: string, bytes: Uint8Array, chunk: number) =>
  importFile(name, bytes, { streamMinBytes: 0, streamChunkChars: chunk });

describe('large CSV files are mapped while parsed, with exactly the result of the ordinary path', () => {
  const bytes = enc(bigCsv(1500));

  it.each([997, 4096, 65536])(
    'chunk size %i (chunk boundaries fall inside rows and quoted newlines)',
    (chunk) => {
      const a = streamed('tweet_activity.csv', bytes, chunk);
      expect(a.tables[0].rows).toHaveLength(1500);
      expect(a).toEqual(full('tweet_activity.csv', bytes));
    },
  );

  it('reports a cut last row the same way', () => {
    const cut = enc(bigCsv(800).slice(0, -40));
    const a = streamed('tweet_activity.csv', cut, 5000);
    expect(a).toEqual(full('tweet_activity.csv', cut));
    expect(a.skipped).toHaveLength(1);
    expect(a.issues.some((i) => i.level === 'error' && i.message.includes('truncated'))).toBe(true);
  });

  it('hands files with a second table after a blank line to the ordinary path', () => {
    const two = enc(bigCsv(600, '\r\n"Date","Impressions"\r\n"2026-06-01","5"\r\n'));
    expect(streamed('tweet_activity.csv', two, 4096)).toEqual(full('tweet_activity.csv', two));
  });

  it('decides the day/month order of a generic date column from all rows, not just the preview', () => {
    const lines = ['Date,Impressions,Clicks'];
    for (let i = 0; i < 700; i++) lines.push(`0${(i % 9) + 1}/0${(i % 9) + 1}/2026,${i},1`);
    lines.push('25/12/2026,5,1');
    const bytes2 = enc(lines.join('\n') + '\n');
    const a = streamed('stats.csv', bytes2, 2048);
    expect(a).toEqual(full('stats.csv', bytes2));
    const last = a.tables[0].rows[a.tables[0].rows.length - 1];
    expect(last[a.tables[0].columns.indexOf('date')]).toBe('2026-12-25');
  });
  it('streams a Windows-1252 file (found not to be UTF-8 while parsing) to the ordinary result', () => {
    const text = bigCsv(900).replace(/🐦/g, '€ café “x”');
    // Only Latin-1 and the Windows-1252 punctuation used above: one byte per character.
    const cp1252: Record<string, number> = { '€': 0x80, '“': 0x93, '”': 0x94 };
    const bytes1252 = new Uint8Array([...text].map((ch) => cp1252[ch] ?? ch.charCodeAt(0)));
    const a = streamed('tweet_activity.csv', bytes1252, 4096);
    expect(a).toEqual(full('tweet_activity.csv', bytes1252));
    expect(a.tables[0].rows).toHaveLength(900);
    expect(JSON.stringify(a.tables[0].rows)).toContain('€ café “x”');
  });

  it('streams a UTF-16LE file with a BOM, emoji cut at piece ends included, to the ordinary result', () => {
    const text = bigCsv(700);
    const bytes16 = new Uint8Array(2 + text.length * 2);
    bytes16.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes16[2 + 2 * i] = text.charCodeAt(i) & 0xff;
      bytes16[3 + 2 * i] = text.charCodeAt(i) >> 8;
    }
    for (const chunk of [1001, 8192]) {
      const a = streamed('tweet_activity.csv', bytes16, chunk);
      expect(a.tables[0].rows).toHaveLength(700);
      expect(a).toEqual(full('tweet_activity.csv', bytes16));
    }
  });

  it('drops a sep= first line before parsing, however small the pieces', () => {
    const bytes2 = enc('sep=,\r\n' + bigCsv(600));
    const a = streamed('tweet_activity.csv', bytes2, 3);
    expect(a.tables[0].rows).toHaveLength(600);
    expect(a).toEqual(full('tweet_activity.csv', bytes2));
  });
  it('parses pieces without any quote the fast way, CRLF cut between pieces included, to the ordinary result', () => {
    const lines = ['Date,Impressions,Clicks,Region'];
    for (let i = 0; i < 3000; i++)
      lines.push(
        `${new Date(Date.UTC(2018, 0, 1) + i * 864e5).toISOString().slice(0, 10)},${i * 7},${i % 13},EU café ${i}`,
      );
    const plain = enc(lines.join('\r\n') + '\r\n');
    for (const chunk of [997, 1000, 4096]) {
      const a = streamed('stats.csv', plain, chunk);
      expect(a.tables[0].rows).toHaveLength(3000);
      expect(a).toEqual(full('stats.csv', plain));
    }
  });
});
