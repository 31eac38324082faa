import {
  canGenerate,
  canImport,
  initialState,
  transition,
  type Event,
  type State,
} from '../../../sidebar/state';
import type { ParsedFile } from '../../../sidebar/types';

const run = (events: Event[], from: State = initialState): State => events.reduce(transition, from);

const parsed = (name: string, rows = 3): ParsedFile => ({
  name,
  size: 100,
  format: { id: 'linkedin-page-content', name: 'LinkedIn Page — Content', platform: 'linkedin' },
  confidence: 0.9,
  evidence: ['headers Post link, Impressions'],
  tables: [
    {
      table: 'posts',
      columns: ['platform', 'url'],
      rows: Array.from({ length: rows }, (_, i) => ['li', `u${i}`]),
    },
  ],
  skipped: [],
  issues: [],
});

const templates = [
  { id: 'linkedin-page', name: 'LinkedIn Page', description: 'Posts and followers' },
  { id: 'linkedin-ads', name: 'LinkedIn Ads', description: 'Spend and results' },
];

const reviewing: Event[] = [
  { type: 'serverStateLoaded', templates, dataRows: 0 },
  { type: 'filesChosen', files: [{ id: 'a', name: 'a.xlsx', size: 100 }] },
  { type: 'fileParsed', id: 'a', parsed: parsed('a.xlsx') },
];

const summary = {
  file: 'a.xlsx',
  table: 'posts',
  tab: 'Data · Posts',
  added: 3,
  updated: 0,
  unchanged: 0,
  skipped: 0,
  reasons: [],
};

describe('sidebar state machine', () => {
  describe('choosing and reading files', () => {
    it('moves to review when files are chosen and waits until every file is read', () => {
      const s = run([
        {
          type: 'filesChosen',
          files: [
            { id: 'a', name: 'a.csv', size: 1 },
            { id: 'b', name: 'b.csv', size: 1 },
          ],
        },
      ]);
      expect(s.step).toBe('review');
      expect(s.files.map((f) => f.status)).toEqual(['reading', 'reading']);
      expect(canImport(s)).toBe(false);
      const oneRead = transition(s, { type: 'fileParsed', id: 'a', parsed: parsed('a.csv') });
      expect(canImport(oneRead)).toBe(false);
      const bothRead = transition(oneRead, { type: 'fileParsed', id: 'b', parsed: parsed('b.csv') });
      expect(canImport(bothRead)).toBe(true);
    });

    it('keeps a file that failed to read next to its error and still imports the good ones', () => {
      const s = run([
        ...reviewing,
        { type: 'filesChosen', files: [{ id: 'b', name: 'bad.csv', size: 1 }] },
        { type: 'fileFailed', id: 'b', message: 'file "bad.csv": no header found' },
      ]);
      expect(s.files.map((f) => f.name)).toEqual(['a.xlsx', 'bad.csv']);
      expect(s.files[1]).toMatchObject({ status: 'failed', error: 'file "bad.csv": no header found' });
      expect(canImport(s)).toBe(true);
    });

    it('cannot import when the only file failed', () => {
      const s = run([
        { type: 'filesChosen', files: [{ id: 'b', name: 'bad.csv', size: 1 }] },
        { type: 'fileFailed', id: 'b', message: 'broken' },
      ]);
      expect(canImport(s)).toBe(false);
    });

    it('goes back to choosing when the last file is removed', () => {
      const s = run([...reviewing, { type: 'fileRemoved', id: 'a' }]);
      expect(s.step).toBe('choose');
      expect(s.files).toEqual([]);
    });

    it('re-reads a file when another format is chosen and forgets column edits made for the old one', () => {
      const s = run([
        ...reviewing,
        { type: 'columnRenamed', id: 'a', column: 'url', name: 'link' },
        { type: 'formatChosen', id: 'a', formatId: 'generic' },
      ]);
      expect(s.files[0]).toMatchObject({ status: 'reading', formatOverride: 'generic', edits: {} });
    });

    it('records renames and skips per column', () => {
      const s = run([
        ...reviewing,
        { type: 'columnRenamed', id: 'a', column: 'title', name: '  headline ' },
        { type: 'columnSkipped', id: 'a', column: 'saves', skip: true },
      ]);
      expect(s.files[0].edits).toEqual({ title: { rename: 'headline' }, saves: { skip: true } });
    });
  });

  describe('importing', () => {
    it('runs review → importing → imported and keeps the summary', () => {
      const importing = run([...reviewing, { type: 'importStarted', totalRows: 3 }]);
      expect(importing.step).toBe('importing');
      expect(importing.progress).toEqual({ phase: 'upload', done: 0, total: 3, file: '' });
      const mid = transition(importing, {
        type: 'uploadProgress',
        file: 'a.xlsx',
        done: 2,
        total: 3,
        phase: 'upload',
      });
      expect(mid.progress).toMatchObject({ done: 2, total: 3 });
      const done = transition(mid, { type: 'importDone', summaries: [summary] });
      expect(done.step).toBe('imported');
      expect(done.progress).toBeNull();
      expect(done.summaries).toEqual([summary]);
      expect(done.dataRows).toBe(3);
    });

    it('ignores a second Import while one is running and new files while busy', () => {
      const importing = run([...reviewing, { type: 'importStarted', totalRows: 3 }]);
      expect(transition(importing, { type: 'importStarted', totalRows: 99 })).toBe(importing);
      expect(
        transition(importing, { type: 'filesChosen', files: [{ id: 'z', name: 'z.csv', size: 1 }] }),
      ).toBe(importing);
    });

    it('cancel: asks, then returns to review saying nothing was written', () => {
      const asked = run([...reviewing, { type: 'importStarted', totalRows: 3 }, { type: 'cancelRequested' }]);
      expect(asked.cancelling).toBe(true);
      expect(asked.step).toBe('importing');
      const cancelled = transition(asked, { type: 'importCancelled' });
      expect(cancelled).toMatchObject({ step: 'review', cancelling: false, cancelled: true, progress: null });
      expect(cancelled.files).toHaveLength(1);
      expect(canImport(cancelled)).toBe(true);
    });

    it('cancel outside an import does nothing', () => {
      const s = run(reviewing);
      expect(transition(s, { type: 'cancelRequested' })).toBe(s);
    });

    it('a failed import shows its error at the import step and allows a retry', () => {
      const s = run([
        ...reviewing,
        { type: 'importStarted', totalRows: 3 },
        { type: 'importFailed', message: 'The import stopped: timeout', action: 'Try again' },
      ]);
      expect(s.step).toBe('review');
      expect(s.error).toEqual({
        where: 'import',
        message: 'The import stopped: timeout',
        action: 'Try again',
      });
      expect(canImport(s)).toBe(true);
      expect(transition(s, { type: 'importStarted', totalRows: 3 }).error).toBeNull();
    });
  });

  describe('creating the KPI tab', () => {
    const imported = run([
      ...reviewing,
      { type: 'importStarted', totalRows: 3 },
      { type: 'importDone', summaries: [summary] },
    ]);

    it('preselects the first template and switches only to known templates', () => {
      expect(imported.templateId).toBe('linkedin-page');
      expect(transition(imported, { type: 'templateChosen', id: 'linkedin-ads' }).templateId).toBe(
        'linkedin-ads',
      );
      expect(transition(imported, { type: 'templateChosen', id: 'nope' }).templateId).toBe('linkedin-page');
    });

    it('generates after an import and links the new tab', () => {
      const s = run(
        [
          { type: 'optionsChanged', options: { compare: 'year', targetsText: 'CTR=2%' } },
          { type: 'generateStarted' },
          { type: 'generated', result: { tab: 'KPI · LinkedIn Page', sheetId: 7 } },
        ],
        imported,
      );
      expect(s.step).toBe('generated');
      expect(s.generated).toEqual({ tab: 'KPI · LinkedIn Page', sheetId: 7 });
      expect(s.options.compare).toBe('year');
      expect(canGenerate(s)).toBe(true);
    });

    it('remembers the KPI tabs that exist, replacing one that is created again', () => {
      const known = run([
        {
          type: 'serverStateLoaded',
          templates,
          dataRows: 5,
          kpiTabs: [{ tab: 'LinkedIn Page KPIs', sheetId: 7, template: 'linkedin-page' }],
        },
      ]);
      expect(known.kpiTabs).toHaveLength(1);
      const s = run(
        [
          { type: 'importStarted', totalRows: 3 },
          { type: 'importDone', summaries: [summary] },
          { type: 'generateStarted' },
          { type: 'generated', result: { tab: 'LinkedIn Page KPIs', sheetId: 7 } },
          { type: 'templateChosen', id: 'linkedin-ads' },
          { type: 'generateStarted' },
          { type: 'generated', result: { tab: 'LinkedIn Ads KPIs', sheetId: 9 } },
        ],
        run(
          [
            { type: 'filesChosen', files: [{ id: 'a', name: 'a.xlsx', size: 1 }] },
            { type: 'fileParsed', id: 'a', parsed: parsed('a.xlsx') },
          ],
          known,
        ),
      );
      expect(s.kpiTabs.map((t) => [t.tab, t.template])).toEqual([
        ['LinkedIn Page KPIs', 'linkedin-page'],
        ['LinkedIn Ads KPIs', 'linkedin-ads'],
      ]);
    });

    it('a failed generation keeps the import result and shows the error at the tab step', () => {
      const s = run(
        [
          { type: 'generateStarted' },
          { type: 'generateFailed', message: 'no data in period', action: 'Pick dates' },
        ],
        imported,
      );
      expect(s.step).toBe('imported');
      expect(s.summaries).toEqual([summary]);
      expect(s.error?.where).toBe('generate');
    });

    it('can create a tab from data imported earlier without importing again', () => {
      const fresh = run([{ type: 'serverStateLoaded', templates, dataRows: 120 }]);
      expect(fresh.step).toBe('choose');
      expect(canGenerate(fresh)).toBe(true);
      expect(canGenerate(run([{ type: 'serverStateLoaded', templates, dataRows: 0 }]))).toBe(false);
    });
  });

  it('pre-selects the template that fits the data and shows its date range, until the user picks one', () => {
    const range = { first: '2025-01-01', last: '2025-06-30' };
    const loaded = run([
      { type: 'serverStateLoaded', templates, dataRows: 30 },
      { type: 'dataRead', fits: 'linkedin-ads', range },
    ]);
    expect([loaded.templateId, loaded.dataRange]).toEqual(['linkedin-ads', range]);
    const picked = run(
      [
        { type: 'templateChosen', id: 'linkedin-page' },
        { type: 'dataRead', fits: 'linkedin-ads', range },
      ],
      loaded,
    );
    expect(picked.templateId).toBe('linkedin-page');
  });

  it('reports a lost connection with what to do', () => {
    const s = run([{ type: 'connectionFailed', message: 'Authorization is required' }]);
    expect(s.error?.where).toBe('connection');
    expect(s.error?.message).toContain('Authorization is required');
    expect(s.error?.action).toMatch(/open it again/);
  });

  it('start over clears files and results but keeps templates and options', () => {
    const s = run([
      ...reviewing,
      { type: 'optionsChanged', options: { compare: 'year' } },
      { type: 'importStarted', totalRows: 3 },
      { type: 'importDone', summaries: [summary] },
      { type: 'startOver' },
    ]);
    expect(s).toMatchObject({ step: 'choose', files: [], summaries: [], templateId: 'linkedin-page' });
    expect(s.options.compare).toBe('year');
    expect(s.templates).toEqual(templates);
  });

  it('shares tabs with native formulas unless the user asks for the add-on functions', () => {
    expect(initialState.options.useAddonFunctions).toBe(false);
    const s = transition(initialState, { type: 'optionsChanged', options: { useAddonFunctions: true } });
    expect(s.options).toMatchObject({ useAddonFunctions: true, compare: 'previous' });
  });
});
