/** The global services Apps Script code sees: SpreadsheetApp, LockService, PropertiesService, HtmlService, Utilities … */
import type { Calls } from './gas-types';
import { CHART_TYPES } from './charts';
import type { EmuContext } from './context';
import { PROTECTION_TYPES } from './protection';
import { EmuConditionalFormatRuleBuilder } from './rules';
import { EmuSpreadsheet } from './spreadsheet';
import { EmuTextStyleBuilder } from './text-style';
import { checkTimeZone, zoneOffsetMs } from './time-zone';

/** Properties store with Apps Script's documented limits (9 KB per value, 500 KB per store). */
export class EmuProperties implements Calls<
  GoogleAppsScript.Properties.Properties,
  'deleteProperty' | 'getProperties' | 'getProperty' | 'setProperty'
> {
  constructor(
    private readonly ctx: EmuContext,
    private readonly store: Record<string, string>,
  ) {}
  private c(m: string): void {
    this.ctx.counter.count(`Properties.${m}`);
  }
  getProperty(key: string): string | null {
    this.c('getProperty');
    return Object.prototype.hasOwnProperty.call(this.store, key) ? this.store[key] : null;
  }
  setProperty(key: string, value: string): this {
    this.c('setProperty');
    this.put(key, String(value));
    return this;
  }
  setProperties(props: Record<string, string>, deleteAllOthers = false): this {
    this.c('setProperties');
    if (deleteAllOthers) for (const k of Object.keys(this.store)) delete this.store[k];
    for (const [k, v] of Object.entries(props)) this.put(k, String(v));
    return this;
  }
  getProperties(): Record<string, string> {
    this.c('getProperties');
    return { ...this.store };
  }
  getKeys(): string[] {
    this.c('getKeys');
    return Object.keys(this.store);
  }
  deleteProperty(key: string): this {
    this.c('deleteProperty');
    delete this.store[key];
    return this;
  }
  deleteAllProperties(): this {
    this.c('deleteAllProperties');
    for (const k of Object.keys(this.store)) delete this.store[k];
    return this;
  }
  private put(key: string, value: string): void {
    if (key.length + value.length > 9 * 1024)
      throw new Error(`Argument too large: property "${key}" exceeds 9 KB.`);
    const total = Object.entries({ ...this.store, [key]: value }).reduce(
      (n, [k, v]) => n + k.length + v.length,
      0,
    );
    if (total > 500 * 1024)
      throw new Error('You have exceeded the property storage quota (500 KB per store).');
    this.store[key] = value;
  }
}

/** Single-user emulator: a lock is always granted; it still records holding so misuse (release without hold) is visible. */
export class EmuLock implements Calls<
  GoogleAppsScript.Lock.Lock,
  'releaseLock' | 'waitLock' | 'tryLock' | 'hasLock'
> {
  private held = false;
  constructor(private readonly ctx: EmuContext) {}
  waitLock(_timeoutMs: number): void {
    this.ctx.counter.count('Lock.waitLock');
    this.held = true;
  }
  tryLock(_timeoutMs: number): boolean {
    this.ctx.counter.count('Lock.tryLock');
    this.held = true;
    return true;
  }
  hasLock(): boolean {
    return this.held;
  }
  releaseLock(): void {
    this.ctx.counter.count('Lock.releaseLock');
    this.held = false;
  }
}

class EmuHtmlOutput implements Calls<
  GoogleAppsScript.HTML.HtmlOutput,
  'setHeight' | 'setTitle' | 'setWidth'
> {
  private title = '';
  private width = 300;
  private height = 600;
  constructor(private content: string) {}
  setTitle(t: string): this {
    this.title = t;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  setWidth(w: number): this {
    this.width = w;
    return this;
  }
  setHeight(h: number): this {
    this.height = h;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  getHeight(): number {
    return this.height;
  }
  getContent(): string {
    return this.content;
  }
  setContent(c: string): this {
    this.content = c;
    return this;
  }
  append(c: string): this {
    this.content += c;
    return this;
  }
  setSandboxMode(_m: unknown): this {
    return this;
  }
  setXFrameOptionsMode(_m: unknown): this {
    return this;
  }
  addMetaTag(_n: string, _c: string): this {
    return this;
  }
}

class EmuMenu implements Calls<GoogleAppsScript.Base.Menu, 'addItem' | 'addToUi'> {
  private items: { caption: string; fn: string }[] = [];
  constructor(
    private readonly ctx: EmuContext,
    private readonly name: string,
  ) {}
  addItem(caption: string, fn: string): this {
    this.items.push({ caption, fn });
    return this;
  }
  addSeparator(): this {
    return this;
  }
  addSubMenu(menu: EmuMenu): this {
    this.items.push(...menu.items.map((i) => ({ caption: `${menu.name} › ${i.caption}`, fn: i.fn })));
    return this;
  }
  addToUi(): void {
    this.ctx.ui.push({ kind: 'menu', name: this.name, items: [...this.items] });
  }
}

function makeUi(ctx: EmuContext) {
  return {
    createMenu: (name: string) => new EmuMenu(ctx, name),
    createAddonMenu: () => new EmuMenu(ctx, 'Add-on'),
    showSidebar: (html: EmuHtmlOutput) =>
      void ctx.ui.push({ kind: 'sidebar', title: html.getTitle(), html: html.getContent() }),
    showModalDialog: (html: EmuHtmlOutput, title: string) =>
      void ctx.ui.push({ kind: 'dialog', title, html: html.getContent() }),
    showModelessDialog: (html: EmuHtmlOutput, title: string) =>
      void ctx.ui.push({ kind: 'dialog', title, html: html.getContent() }),
    alert: (message: string) => {
      ctx.ui.push({ kind: 'alert', message });
      return 'OK';
    },
    Button: { OK: 'OK', CANCEL: 'CANCEL', YES: 'YES', NO: 'NO', CLOSE: 'CLOSE' },
    ButtonSet: { OK: 'OK', OK_CANCEL: 'OK_CANCEL', YES_NO: 'YES_NO', YES_NO_CANCEL: 'YES_NO_CANCEL' },
  };
}

const AUTH_MODE = {
  NONE: 'NONE',
  LIMITED: 'LIMITED',
  FULL: 'FULL',
  CUSTOM_FUNCTION: 'CUSTOM_FUNCTION',
} as const;

/** Builds the global objects for one emulated spreadsheet. */
export function makeServices(ctx: EmuContext): Record<string, unknown> {
  const ss = new EmuSpreadsheet(ctx);
  const count = (m: string) => ctx.counter.count(m);
  const locks = { document: new EmuLock(ctx), script: new EmuLock(ctx), user: new EmuLock(ctx) };
  const html = (s: string) => new EmuHtmlOutput(s);
  return {
    SpreadsheetApp: {
      getActive: () => (count('SpreadsheetApp.getActive'), ss),
      getActiveSpreadsheet: () => (count('SpreadsheetApp.getActiveSpreadsheet'), ss),
      getActiveSheet: () => ss.getActiveSheet(),
      getUi: () => makeUi(ctx),
      flush: () => count('SpreadsheetApp.flush'),
      newConditionalFormatRule: () => new EmuConditionalFormatRuleBuilder(ctx),
      // Builders are local objects in Apps Script: no call counted (like newConditionalFormatRule, newChart).
      newTextStyle: () => new EmuTextStyleBuilder(),
      BooleanCriteria: {
        CUSTOM_FORMULA: 'CUSTOM_FORMULA',
        NUMBER_GREATER_THAN: 'NUMBER_GREATER_THAN',
        NUMBER_LESS_THAN: 'NUMBER_LESS_THAN',
        TEXT_CONTAINS: 'TEXT_CONTAINS',
        CELL_EMPTY: 'CELL_EMPTY',
      },
      ProtectionType: PROTECTION_TYPES,
      ChartType: CHART_TYPES,
      WrapStrategy: { WRAP: 'WRAP', OVERFLOW: 'OVERFLOW', CLIP: 'CLIP' },
    },
    Charts: {
      ChartType: CHART_TYPES,
      ChartMergeStrategy: { MERGE_COLUMNS: 'MERGE_COLUMNS', MERGE_ROWS: 'MERGE_ROWS' },
      ChartHiddenDimensionStrategy: { IGNORE_BOTH: 'IGNORE_BOTH', SHOW_BOTH: 'SHOW_BOTH' },
    },
    LockService: {
      getDocumentLock: () => (count('LockService.getDocumentLock'), locks.document),
      getScriptLock: () => (count('LockService.getScriptLock'), locks.script),
      getUserLock: () => (count('LockService.getUserLock'), locks.user),
    },
    PropertiesService: {
      getDocumentProperties: () => new EmuProperties(ctx, ctx.book.properties.document),
      getScriptProperties: () => new EmuProperties(ctx, ctx.book.properties.script),
      getUserProperties: () => new EmuProperties(ctx, ctx.book.properties.user),
    },
    HtmlService: {
      createHtmlOutput: (s = '') => html(String(s)),
      createHtmlOutputFromFile: (name: string) => {
        if (!ctx.readHtmlFile)
          throw new Error(
            `HtmlService: no file "${name}" (the emulator was created without an HTML directory).`,
          );
        // "Meta tags included directly in an Apps Script HTML file are ignored" (HtmlOutput.addMetaTag).
        return html(ctx.readHtmlFile(name).replace(/<meta\b[^>]*>/gi, ''));
      },
      SandboxMode: { IFRAME: 'IFRAME', NATIVE: 'NATIVE', EMULATED: 'EMULATED' },
      XFrameOptionsMode: { ALLOWALL: 'ALLOWALL', DEFAULT: 'DEFAULT' },
    },
    Utilities: {
      sleep: (_ms: number) => undefined,
      getUuid: () => globalThis.crypto.randomUUID(),
      formatDate: (d: Date, tz: string, format: string) => javaFormatDate(d, format, tz),
    },
    Session: {
      getScriptTimeZone: () => 'Etc/UTC',
      getActiveUserLocale: () => 'en',
      getEffectiveUser: () => ({ getEmail: () => 'user@example.com' }),
    },
    ScriptApp: { AuthMode: AUTH_MODE },
    Logger: { log: (...a: unknown[]) => console.log(...a) },
  };
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Utilities.formatDate's Java SimpleDateFormat subset (yyyy yy MM M dd d HH H mm ss SSS Z 'literal') in zone `tz`. */
export function javaFormatDate(instant: Date, format: string, tz = 'Etc/UTC'): string {
  checkTimeZone(tz);
  const offset = zoneOffsetMs(tz, instant.getTime());
  const d = new Date(instant.getTime() + offset);
  const minutes = Math.abs(offset) / 60000;
  const t: Record<string, string> = {
    Z: `${offset < 0 ? '-' : '+'}${pad(Math.floor(minutes / 60))}${pad(minutes % 60)}`,
    yyyy: String(d.getUTCFullYear()),
    yy: pad(d.getUTCFullYear() % 100),
    MM: pad(d.getUTCMonth() + 1),
    M: String(d.getUTCMonth() + 1),
    dd: pad(d.getUTCDate()),
    d: String(d.getUTCDate()),
    HH: pad(d.getUTCHours()),
    H: String(d.getUTCHours()),
    mm: pad(d.getUTCMinutes()),
    ss: pad(d.getUTCSeconds()),
    SSS: pad(d.getUTCMilliseconds(), 3),
  };
  return format.replace(/'([^']*)'|yyyy|yy|MM|M|dd|d|HH|H|mm|ss|SSS|Z/g, (tok, lit: string | undefined) =>
    lit !== undefined ? lit : (t[tok] ?? tok),
  );
}
