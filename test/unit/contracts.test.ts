import { TABLES } from '../../src/model/schema';

describe('canonical model', () => {
  it('gives every table a natural key made of its own columns', () => {
    for (const t of Object.values(TABLES)) {
      const names = new Set(t.columns.map((c) => c.name));
      for (const alternatives of t.key) for (const k of alternatives) expect(names.has(k)).toBe(true);
    }
  });
});
