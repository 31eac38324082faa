import { chunkRows, rowBytes } from '../../../sidebar/chunks';
import type { CanonicalValue } from '../../../src/model/schema';

const row = (i: number): CanonicalValue[] => ['linkedin', `post-${i}`, '2025-07-20', i, null, 0.034];

describe('upload chunking', () => {
  it('estimates a row at exactly its JSON length', () => {
    for (const r of [row(1), row(123456), [null], ['a"b\\c\n', -1.5e-7, 'é😀']]) {
      expect(rowBytes(r)).toBe(JSON.stringify(r).length);
    }
  });

  it('keeps every row, in order, in chunks of at most maxRows', () => {
    const rows = Array.from({ length: 12_345 }, (_, i) => row(i));
    const chunks = chunkRows(rows, { maxRows: 5000, maxBytes: 10_000_000 });
    expect(chunks.map((c) => c.length)).toEqual([5000, 5000, 2345]);
    expect(chunks.flat()).toEqual(rows);
  });

  it('cuts earlier when rows are large so each chunk stays under maxBytes', () => {
    const rows = Array.from({ length: 200 }, (_, i) => ['x'.repeat(1000), i]);
    const limit = 20_000;
    const chunks = chunkRows(rows, { maxRows: 5000, maxBytes: limit });
    expect(chunks.length).toBeGreaterThan(1);
    for (const c of chunks) expect(JSON.stringify(c).length).toBeLessThanOrEqual(limit);
    expect(chunks.flat()).toEqual(rows);
  });

  it('gives a row larger than the limit a chunk of its own rather than dropping it', () => {
    const big = ['y'.repeat(500)];
    expect(chunkRows([row(1), big, row(2)], { maxRows: 10, maxBytes: 100 })).toEqual([
      [row(1)],
      [big],
      [row(2)],
    ]);
  });

  it('sends nothing for no rows', () => {
    expect(chunkRows([])).toEqual([]);
  });
});
