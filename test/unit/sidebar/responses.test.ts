import { checkResponse } from '../../../sidebar/responses';

describe('response checks for the endpoints the sidebar reads', () => {
  const table = {
    importId: 'a',
    added: 3,
    updated: 1,
    unchanged: 0,
    skipped: 0,
    reasons: [],
    tab: 'Data · Posts',
    sheetId: 4,
    rows: 4,
  };
  const commit = { tables: [table] };

  it('accepts the documented shapes (extra fields allowed)', () => {
    expect(() => checkResponse('commitImport', commit)).not.toThrow();
    expect(() =>
      checkResponse('getState', {
        dataTabs: [],
        templates: [{ id: 'a', name: 'A', description: 'd' }],
        kpiTabs: [],
      }),
    ).not.toThrow();
    expect(() =>
      checkResponse('generateKpiTab', {
        tab: 'KPI',
        sheetId: 1,
        tiles: [],
        periodStart: '2025-01-01',
        periodEnd: '2025-01-28',
      }),
    ).not.toThrow();
  });

  it('names the endpoint and the field that is wrong, and what to do', () => {
    expect(() => checkResponse('commitImport', { tables: [{ ...table, added: -1 }] })).toThrow(
      /^The spreadsheet answered commitImport with something unexpected at "tables\.0\.added" .*Reload the sidebar/,
    );
    expect(() => checkResponse('getState', null)).toThrow(/answered getState with something unexpected/);
    expect(() => checkResponse('generateKpiTab', { sheetId: 1 })).toThrow(/at "tab"/);
  });

  it('does not check endpoints whose answer the sidebar ignores', () => {
    expect(() => checkResponse('importChunk', 'anything')).not.toThrow();
  });
});
