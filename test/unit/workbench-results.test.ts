/** The workbench answers google.script.run calls as Apps Script does: a Date cannot travel back to the sidebar. */
import vm from 'node:vm';
import { findDate } from '../../src/local/workbench/host';

describe('results sent back to the sidebar', () => {
  it('finds a Date from the script realm anywhere in a result, with its path', () => {
    const result = vm.runInNewContext('({ tiles: [{ key: "CTR" }, { key: "CPC", at: new Date(0) }] })');
    expect(findDate(result, 'result')).toBe('a Date at result.tiles[1].at');
  });

  it('lets JSON-safe results through', () => {
    expect(
      findDate({ tab: 'KPIs', sheetId: 3, tiles: [{ at: '2025-01-01' }], none: null }, 'result'),
    ).toBeNull();
  });
});
