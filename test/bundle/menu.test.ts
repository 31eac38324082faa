/**
 * Triggers and menu handlers of dist/Code.js against recording service stubs.
 * onOpen/onInstall run in AuthMode.NONE for a file the add-on is not yet authorized in:
 * they may build the add-on menu and must touch nothing else.
 */
import { chain, forbiddenService, OTHER_SERVICES, recorder, type Recorder } from './apps-script-stubs';
import { inRealm, lib, loadBundle, type Sandbox } from './sandbox';

/** Globals where only the UI menu path works; every other service access is a violation. */
function menuOnlyGlobals(rec: Recorder): Record<string, unknown> {
  const menu = chain('menu', ['addItem', 'addSeparator', 'addSubMenu', 'addToUi'], rec);
  const ui = chain('ui', ['createAddonMenu'], rec, (m) => (m === 'createAddonMenu' ? menu : undefined));
  const globals: Record<string, unknown> = {
    SpreadsheetApp: chain('SpreadsheetApp', ['getUi'], rec, () => ui),
    HtmlService: forbiddenService('HtmlService', rec),
  };
  for (const s of OTHER_SERVICES) globals[s] = forbiddenService(s, rec);
  return globals;
}

/** The event Sheets passes in AuthMode.NONE: reading the spreadsheet from it is not allowed. */
function noneModeEvent(context: Sandbox, rec: Recorder): unknown {
  const e = inRealm<Record<string, unknown>>(context, '({ authMode: "NONE" })');
  Object.defineProperty(e, 'source', {
    get() {
      rec.violations.push('e.source');
      throw new Error('e.source is not available in AuthMode.NONE');
    },
  });
  return e;
}

describe.each(['onOpen', 'onInstall'])('%s in AuthMode.NONE', (trigger) => {
  const rec = recorder();
  const context = loadBundle(menuOnlyGlobals(rec));
  (context[trigger] as (e: unknown) => unknown)(noneModeEvent(context, rec));

  it('touches no service other than the UI menu', () => {
    expect(rec.violations).toEqual([]);
  });

  it('builds one add-on menu and adds it to the UI', () => {
    expect(rec.calls[0]).toBe('SpreadsheetApp.getUi()');
    expect(rec.calls.filter((c) => c === 'ui.createAddonMenu()')).toHaveLength(1);
    expect(rec.calls[rec.calls.length - 1]).toBe('menu.addToUi()');
  });

  it('offers the sidebar and the function help, each wired to a top-level function', () => {
    const items = rec.calls
      .filter((c) => c.startsWith('menu.addItem('))
      .map((c) => JSON.parse(`[${c.slice('menu.addItem('.length, -1)}]`) as [string, string]);
    expect(items.map(([, fn]) => fn)).toEqual(['showSidebar', 'showFunctionHelp']);
    for (const [caption, fn] of items) {
      expect(caption.length).toBeGreaterThan(0);
      expect(typeof context[fn]).toBe('function');
    }
  });
});

describe('loading the script', () => {
  it('calls no service at all (only triggers and menu items may)', () => {
    const rec = recorder();
    const globals: Record<string, unknown> = {
      SpreadsheetApp: forbiddenService('SpreadsheetApp', rec),
      HtmlService: forbiddenService('HtmlService', rec),
    };
    for (const s of OTHER_SERVICES) globals[s] = forbiddenService(s, rec);
    loadBundle(globals);
    expect(rec.violations).toEqual([]);
  });
});

describe('menu handlers', () => {
  function uiGlobals(rec: Recorder, html: { page?: string }) {
    const output = chain('html', ['setTitle', 'setWidth', 'setHeight'], rec);
    const ui = chain('ui', ['showSidebar', 'showModelessDialog', 'showModalDialog'], rec);
    const htmlService = chain(
      'HtmlService',
      ['createHtmlOutputFromFile', 'createHtmlOutput'],
      rec,
      (m, args) => {
        if (m === 'createHtmlOutput') html.page = String(args[0]);
        return output;
      },
    );
    const globals: Record<string, unknown> = {
      SpreadsheetApp: chain('SpreadsheetApp', ['getUi'], rec, () => ui),
      HtmlService: htmlService,
    };
    for (const s of OTHER_SERVICES) globals[s] = forbiddenService(s, rec);
    return globals;
  }

  it('showSidebar opens dist/Sidebar.html titled kpi-sheets', () => {
    const rec = recorder();
    const context = loadBundle(uiGlobals(rec, {}));
    (context.showSidebar as () => void)();
    expect(rec.violations).toEqual([]);
    expect(rec.calls).toContain('HtmlService.createHtmlOutputFromFile("Sidebar")');
    expect(rec.calls).toContain('html.setTitle("kpi-sheets")');
    expect(rec.calls.some((c) => c.startsWith('ui.showSidebar('))).toBe(true);
  });

  it('showFunctionHelp shows a dialog listing every registry function', () => {
    const rec = recorder();
    const html: { page?: string } = {};
    const context = loadBundle(uiGlobals(rec, html));
    (context.showFunctionHelp as () => void)();
    expect(rec.violations).toEqual([]);
    expect(rec.calls.some((c) => c.startsWith('ui.showModelessDialog('))).toBe(true);
    for (const kpi of lib(context).registry) expect(html.page).toContain(`<code>${kpi.name}(`);
  });
});
