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
    expect(() => checkResponse('getState', { dataTabs: [], kpiTabs: [] })).not.toThrow();
    expect(() => checkResponse('applyKpiTab', { tab: 'KPI', sheetId: 1 })).not.toThrow();
    expect(() =>
      checkResponse('readKpiData', {
        schema: {
          tabs: { 'Data · Daily': { columns: ['date', 'impressions'], rows: 3, platforms: ['linkedin'] } },
        },
        dates: { first: '2025-01-01', last: '2025-01-03' },
      }),
    ).not.toThrow();
  });

  it('names the endpoint and the field that is wrong, and what to do', () => {
    expect(() => checkResponse('commitImport', { tables: [{ ...table, added: -1 }] })).toThrow(
      /^The spreadsheet answered commitImport with something unexpected at "tables\.0\.added" .*Reload the sidebar/,
    );
    expect(() => checkResponse('getState', null)).toThrow(/answered getState with something unexpected/);
    expect(() => checkResponse('applyKpiTab', { sheetId: 1 })).toThrow(/at "tab"/);
    // The sidebar builds a plan from readKpiData: a malformed answer stops before any plan is built.
    expect(() =>
      checkResponse('readKpiData', {
        schema: { tabs: { 'Data · Daily': { columns: 'date', rows: 3 } } },
        dates: null,
      }),
    ).toThrow(/answered readKpiData with something unexpected at "schema.tabs.Data · Daily.columns"/);
    expect(() =>
      checkResponse('readKpiData', {
        schema: { tabs: {} },
        dates: { first: '1/1/2025', last: '2025-01-03' },
      }),
    ).toThrow(/at "dates.first"/);
  });

  it('does not check endpoints whose answer the sidebar ignores', () => {
    expect(() => checkResponse('importChunk', 'anything')).not.toThrow();
  });
});
