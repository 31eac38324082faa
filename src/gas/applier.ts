/**
 * SheetPlan applier: writes a generated KPI tab in a constant number of batched calls — one
 * setValues (values and formulas together), one setNumberFormats, one setTextStyles (bold, italic,
 * size, colour together) and one call per other style attribute over the plan's bounding range; that
 * range and every range the plan names (rules, named ranges, inputs, charts) come from ONE getRangeList.
 *
 * Regenerating the same tab replaces it cleanly but keeps what belongs to the user:
 *  - input cells (targets, period, compare mode) the user edited since the last apply;
 *  - the user's own conditional-format rules (only rules this applier created before are dropped —
 *    setConditionalFormatRules replaces ALL rules, so the list is merged first);
 *  - the user's own charts and range protections.
 * What the applier created (including its sheet protection) is remembered in a document property per tab.
 */
import { columnLetter, quoteSheet } from '../cells/a1';
import type { SheetPlan } from '../templates/plan';
import { isDate } from '../cells/date-serial';
import { dateToIso } from './data-tab';
import { withDocumentLock } from './lock';
import { applyValidations, validationBox } from './validations';
import {
  expandCells,
  parseCell,
  planMatrices,
  type SheetInput,
  type StyleAttr,
  type TextSpec,
} from './plan-cells';

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

export interface ApplyResult {
  tab: string;
  sheetId: number;
  /** Input cells whose user-edited values were kept. */
  keptInputs: string[];
  /** The tab itself (applyKpiTab activates it without looking it up again). */
  sheet: Sheet;
}

/** What the applier wrote last time on a tab (document property, JSON). */
interface AppliedRecord {
  template: string;
  /** Input a1 → key of the value the applier wrote. */
  inputs: Record<string, string>;
  /** Short hashes of the conditional rules it created. */
  rules: string[];
  charts: string[];
  /** Named range → a1, as set (with the tab's suffix when it has one, see applyNames). */
  names: Record<string, string>;
  /** "" or "_<sheetId>" when the plain names were taken (e.g. left over from a deleted tab). */
  nameSuffix?: string;
  /** Whether the tab's sheet protection is ours (Sheets allows one per sheet). */
  protected?: boolean;
}

/** Document-property key prefix of the applied records (kpiTabs lists the KPI tabs from them). */
export const RECORD_PREFIX = 'kpiSheets.applied.';
const recordKey = (sheetId: number) => RECORD_PREFIX + sheetId;

const STYLE_SETTERS: Record<StyleAttr, (r: Range, m: never[][]) => void> = {
  background: (r, m) => r.setBackgrounds(m),
  hAlign: (r, m) => r.setHorizontalAlignments(m),
  vAlign: (r, m) => r.setVerticalAlignments(m),
  wrap: (r, m) => r.setWraps(m),
};

export function applyPlan(ss: Spreadsheet, plan: SheetPlan): ApplyResult {
  return withDocumentLock(() => applyLocked(ss, plan));
}

function applyLocked(ss: Spreadsheet, plan: SheetPlan): ApplyResult {
  const props = PropertiesService.getDocumentProperties();
  let sheet = ss.getSheetByName(plan.title);
  const prev: AppliedRecord | null = sheet
    ? readRecord(props.getProperty(recordKey(sheet.getSheetId())))
    : null;
  const kept = new Map<string, SheetInput>();
  let userRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] = [];
  let existingRuleCount = 0;

  // A new sheet is 1000 × 26 (Sheets' default): no need to ask.
  let size = { rows: 1000, cols: 26 };
  const isNew = !sheet;
  if (sheet) {
    size = { rows: sheet.getMaxRows(), cols: sheet.getMaxColumns() };
    collectEditedInputs(ss, sheet, size, plan, prev, kept);
    const existing = sheet.getConditionalFormatRules();
    existingRuleCount = existing.length;
    userRules = existing.filter((r) => !(prev?.rules ?? []).includes(ruleHash(r)));
  } else {
    sheet = ss.insertSheet(plan.title);
  }
  const state: TabState = { props, prev, kept, userRules, existingRuleCount, size, isNew };
  try {
    return writeTab(ss, sheet, plan, state);
  } catch (e) {
    // A tab this run created goes again, with its names (a deleted tab's names would linger as #REF!).
    if (isNew) {
      for (const name of Object.keys(state.names ?? {})) removeName(ss, name);
      ss.deleteSheet(sheet);
    }
    throw e;
  }
}

interface TabState {
  props: GoogleAppsScript.Properties.Properties;
  prev: AppliedRecord | null;
  kept: Map<string, SheetInput>;
  userRules: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
  existingRuleCount: number;
  size: { rows: number; cols: number };
  isNew: boolean;
  /** Named ranges set so far (for the clean-up when a new tab fails). */
  names?: Record<string, string>;
}

function writeTab(ss: Spreadsheet, sheet: Sheet, plan: SheetPlan, state: TabState): ApplyResult {
  const { props, prev, kept, userRules, existingRuleCount, size, isNew } = state;
  fitSize(sheet, size, plan.rowCount, plan.columnCount);
  const m = planMatrices(plan, kept);
  const bounds = `A1:${columnLetter(m.cols)}${m.rows}`;

  // The plan's bounding range and every same-tab range the plan needs, from one call.
  const local = [
    bounds,
    ...plan.conditionalRules.map((r) => r.range),
    ...plan.namedRanges.map((n) => n.a1),
    ...plan.inputs,
    ...plan.merges,
    ...[validationBox(plan.validations) ?? []].flat(),
    ...(plan.fills ?? []).map((f) => f.range),
    ...plan.charts
      .flatMap((c) => [c.domain, ...c.series.map((s) => s.range)])
      .filter((a) => !a.includes('!')),
  ];
  const ranges = new Map<string, Range>();
  for (const r of sheet.getRangeList([...new Set(local)]).getRanges()) ranges.set(r.getA1Notation(), r);
  const rangeOf = (a1: string): Range => {
    const norm = a1.replace(/\$/g, '').toUpperCase();
    const single = /^([A-Z]+\d+):\1$/.exec(norm);
    return (
      ranges.get(single ? single[1] : norm) ??
      ss.getRange(a1.includes('!') ? a1 : `${quoteSheet(plan.title)}!${a1}`)
    );
  };

  // Names first: the one step Sheets' own rules can refuse, so a refusal leaves the tab untouched.
  const sheetId = sheet.getSheetId();
  const { names, nameSuffix } = applyNames(ss, plan, sheetId, prev, rangeOf);
  state.names = names;
  if (!isNew) clearGenerated(sheet, size, prev);

  const range = rangeOf(bounds);
  // Formats before values: Sheets parses typed input against the cell's format.
  range.setNumberFormats(m.formats);
  range.setValues(m.values);
  if (m.text) range.setTextStyles(textStyles(m.text));
  for (const attr of Object.keys(m.styles) as StyleAttr[])
    STYLE_SETTERS[attr](range, m.styles[attr] as never[][]);
  if (m.notes) range.setNotes(m.notes);
  // Per-row helpers: one call per column sets its R1C1 formula in every row (relative refs follow the row).
  // No number format: a call each would break the call budget, and helper columns are not for reading.
  for (const f of plan.fills ?? []) rangeOf(f.range).setFormulaR1C1(f.formulaR1C1);

  if (plan.frozenRows || (!isNew && sheet.getFrozenRows())) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns || (!isNew && sheet.getFrozenColumns())) sheet.setFrozenColumns(plan.frozenColumns);
  setWidths(sheet, plan.columnWidths);

  for (const a1 of plan.merges) rangeOf(a1).merge();
  applyValidations(plan.validations, rangeOf);

  const ruleHashes: string[] = [];
  const newRules = plan.conditionalRules.map((r) => {
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(r.formula)
      .setRanges([rangeOf(r.range)]);
    if (r.style.background) rule.setBackground(r.style.background);
    if (r.style.fontColor) rule.setFontColor(r.style.fontColor);
    if (r.style.bold) rule.setBold(true);
    const built = rule.build();
    ruleHashes.push(ruleHash(built));
    return built;
  });
  if (newRules.length || userRules.length !== existingRuleCount) {
    sheet.setConditionalFormatRules([...userRules, ...newRules]);
  }

  const ownsProtection = protectFormulas(sheet, plan, prev, isNew, rangeOf);

  const chartIds: string[] = [];
  for (const c of plan.charts) {
    const at = parseCell(c.anchor);
    const builder = sheet
      .newChart()
      // 'line' | 'column' | 'combo' → Charts.ChartType.LINE | COLUMN | COMBO.
      .setChartType(Charts.ChartType[c.type.toUpperCase() as 'LINE' | 'COLUMN' | 'COMBO'])
      .addRange(rangeOf(c.domain))
      .setPosition(at.row, at.col, 0, 0)
      .setOption('title', c.title)
      .setOption('width', c.width)
      .setOption('height', c.height)
      .setOption('series', seriesOptions(c.series));
    for (const s of c.series) builder.addRange(rangeOf(s.range));
    sheet.insertChart(builder.build());
    chartIds.push(c.title);
  }

  const record: AppliedRecord = {
    template: plan.template,
    inputs: Object.fromEntries(
      plan.inputs.flatMap(expandCells).map((c) => [c.a1, valueKey(m.values[c.row - 1]?.[c.col - 1])]),
    ),
    rules: ruleHashes,
    charts: chartIds,
    names,
    nameSuffix,
    protected: ownsProtection,
  };
  props.setProperty(recordKey(sheetId), JSON.stringify(record));
  return { tab: plan.title, sheetId, keptInputs: [...kept.keys()], sheet };
}

/**
 * Sets the plan's (tab-prefixed) named ranges. Sheets keeps a deleted tab's names as #REF! names
 * that getNamedRanges does not list and setNamedRange refuses, so a name can be taken by a tab
 * that no longer exists: then every name of this tab gets the suffix "_<sheetId>" (a sheet id is
 * never reused, so those are free). A name this tab set before is removed and set again when it
 * moves (docs silent on setNamedRange over a live name). Names of the last apply that the plan no
 * longer has are removed.
 */
function applyNames(
  ss: Spreadsheet,
  plan: SheetPlan,
  sheetId: number,
  prev: AppliedRecord | null,
  rangeOf: (a1: string) => Range,
): { names: Record<string, string>; nameSuffix: string } {
  const attempt = (suffix: string): Record<string, string> => {
    const names: Record<string, string> = {};
    const added: string[] = [];
    try {
      for (const n of plan.namedRanges) {
        const name = n.name + suffix;
        names[name] = n.a1;
        const had = prev?.names[name];
        // Unchanged names from the last apply are still in place (regenerating costs no calls for them).
        if (had === n.a1) continue;
        if (had !== undefined) removeName(ss, name);
        ss.setNamedRange(name, rangeOf(n.a1));
        added.push(name);
      }
    } catch (e) {
      for (const name of added) removeName(ss, name);
      throw e;
    }
    return names;
  };
  const first = prev?.nameSuffix ?? '';
  let nameSuffix = first;
  let names: Record<string, string>;
  try {
    names = attempt(first);
  } catch (e) {
    nameSuffix = `_${sheetId}`;
    if (first === nameSuffix) throw namesError(plan, e);
    try {
      names = attempt(nameSuffix);
    } catch (e2) {
      throw namesError(plan, e2);
    }
  }
  for (const old of Object.keys(prev?.names ?? {})) if (!(old in names)) removeName(ss, old);
  return { names, nameSuffix };
}

/** Removes a named range the user may already have removed. */
function removeName(ss: Spreadsheet, name: string): void {
  try {
    ss.removeNamedRange(name);
  } catch {
    // Already gone.
  }
}

function namesError(plan: SheetPlan, cause: unknown): Error {
  return new Error(
    `Could not create the named ranges of "${plan.title}" (${cause instanceof Error ? cause.message : String(cause)}). ` +
      'The tab was left as it was. Open Data → Named ranges, delete the names that show #REF!, then generate the tab again.',
  );
}

function readRecord(json: string | null): AppliedRecord | null {
  if (!json) return null;
  try {
    const r = JSON.parse(json) as AppliedRecord;
    return r && typeof r === 'object' && r.inputs && Array.isArray(r.rules) ? r : null;
  } catch {
    return null;
  }
}

/** Reads the current input cells (two reads over their bounding range) and keeps the ones the user changed. */
function collectEditedInputs(
  ss: Spreadsheet,
  sheet: Sheet,
  size: { rows: number; cols: number },
  plan: SheetPlan,
  prev: AppliedRecord | null,
  kept: Map<string, SheetInput>,
): void {
  if (!plan.inputs.length) return;
  const cells = plan.inputs.flatMap(expandCells);
  const top = Math.min(...cells.map((c) => c.row));
  const left = Math.min(...cells.map((c) => c.col));
  const bottom = Math.max(...cells.map((c) => c.row));
  const right = Math.max(...cells.map((c) => c.col));
  if (bottom > size.rows || right > size.cols) return;
  const range = sheet.getRange(top, left, bottom - top + 1, right - left + 1);
  const values = range.getValues();
  const formulas = range.getFormulas();
  let zone: string | undefined;
  for (const c of cells) {
    const f = formulas[c.row - top][c.col - left];
    const v = values[c.row - top][c.col - left] as SheetInput;
    const current: SheetInput =
      f ||
      (isDate(v)
        ? dateSerial(v, (zone ??= ss.getSpreadsheetTimeZone()))
        : typeof v === 'string' && v !== ''
          ? protectText(v)
          : v);
    if (current === '') continue;
    const written = prev?.inputs[c.a1];
    // No record (older tab): keep anything non-blank; otherwise keep only what differs from what we wrote.
    if (written === undefined || written !== valueKey(current)) kept.set(c.a1, current);
  }
}

/**
 * The serial number Sheets stores for a date read back from a cell: the Date is the cell's wall-clock
 * time in the SPREADSHEET's time zone, so its UTC getTime() is off by that zone's offset (and would
 * make every period input look user-edited outside UTC).
 */
function dateSerial(d: Date, tz: string): number {
  return Date.parse(dateToIso(d, tz, 'datetime')) / 86400000 + 25569;
}

/** Text read back from a cell, protected again so setValues keeps it as text. */
function protectText(s: string): string {
  return /^[=+\-@'\t\r\n]|^\d|^(true|false)$/i.test(s) ? `'${s}` : s;
}

function valueKey(v: SheetInput | undefined): string {
  if (v === undefined || v === null || v === '') return '';
  if (typeof v === 'number') return `n:${v}`;
  if (typeof v === 'boolean') return `b:${v}`;
  const s = String(v);
  return s.startsWith('=') ? `f:${s}` : `s:${s.startsWith("'") ? s.slice(1) : s}`;
}

/**
 * Builds one TextStyle per distinct spec (builders are local objects: no round trips) and lays them
 * out as the setTextStyles matrix; unstyled cells get the empty style (the tab was just cleared).
 */
function textStyles(specs: (TextSpec | null)[][]): GoogleAppsScript.Spreadsheet.TextStyle[][] {
  const built = new Map<string, GoogleAppsScript.Spreadsheet.TextStyle>();
  const styleOf = (t: TextSpec): GoogleAppsScript.Spreadsheet.TextStyle => {
    const key = JSON.stringify(t);
    let style = built.get(key);
    if (!style) {
      const b = SpreadsheetApp.newTextStyle();
      if (t.bold) b.setBold(true);
      if (t.italic) b.setItalic(true);
      if (t.fontSize) b.setFontSize(t.fontSize);
      if (t.fontColor) b.setForegroundColor(t.fontColor);
      built.set(key, (style = b.build()));
    }
    return style;
  };
  return specs.map((row) => row.map((t) => styleOf(t ?? {})));
}

/** Removes what a previous apply generated: contents, formats, merges and its charts. */
function clearGenerated(
  sheet: Sheet,
  size: { rows: number; cols: number },
  prev: AppliedRecord | null,
): void {
  sheet.clear();
  sheet.getRange(1, 1, size.rows, size.cols).breakApart();
  const ours = new Set(prev?.charts ?? []);
  for (const c of sheet.getCharts()) if (ours.has(String(c.getOptions().get('title')))) sheet.removeChart(c);
}

/**
 * The plan protects its formula cells, warning only: one sheet protection (inputs left unprotected)
 * instead of one per range. A sheet has at most one, and `Sheet.protect()` returns the existing one,
 * so a protection that is not ours (no record, or no longer warning-only) is the user's: it is never
 * weakened or removed. Returns whether the sheet protection is ours afterwards.
 */
function protectFormulas(
  sheet: Sheet,
  plan: SheetPlan,
  prev: AppliedRecord | null,
  isNew: boolean,
  rangeOf: (a1: string) => Range,
): boolean {
  const [existing] = isNew ? [] : sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET);
  if (existing && !(prev?.protected && existing.isWarningOnly())) return false;
  if (!plan.protections.length) {
    existing?.remove();
    return false;
  }
  const p = existing ?? sheet.protect().setWarningOnly(true);
  p.setUnprotectedRanges(plan.inputs.map(rangeOf));
  return true;
}

function fitSize(sheet: Sheet, size: { rows: number; cols: number }, rows: number, cols: number): void {
  if (size.rows < rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (size.cols < cols) sheet.insertColumnsAfter(size.cols, cols - size.cols);
}

/** One setColumnWidths per run of adjacent columns with the same width. */
function setWidths(sheet: Sheet, widths: Record<string, number>): void {
  const cols = Object.entries(widths)
    .map(([letter, w]) => ({ col: parseCell(`${letter}1`).col, w }))
    .sort((a, b) => a.col - b.col);
  for (let i = 0; i < cols.length;) {
    let j = i;
    while (j + 1 < cols.length && cols[j + 1].col === cols[j].col + 1 && cols[j + 1].w === cols[i].w) j++;
    sheet.setColumnWidths(cols[i].col, j - i + 1, cols[i].w);
    i = j + 1;
  }
}

function seriesOptions(series: SheetPlan['charts'][number]['series']): Record<number, object> {
  const out: Record<number, object> = {};
  series.forEach((s, i) => {
    out[i] = {
      ...(s.type ? { type: s.type === 'column' ? 'bars' : 'line' } : {}),
      targetAxisIndex: s.axis === 'right' ? 1 : 0,
      ...(s.name ? { labelInLegend: s.name } : {}),
    };
  });
  return out;
}

/** Stable short hash of a rule (ranges + condition + style) to recognise the rules we created. */
export function ruleHash(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): string {
  const c = rule.getBooleanCondition();
  const text = [
    rule
      .getRanges()
      .map((r) => r.getA1Notation())
      .join(','),
    c?.getCriteriaType(),
    (c?.getCriteriaValues() ?? []).join('\u0001'),
    c?.getBackground(),
    c?.getFontColor(),
  ].join('|');
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h * 33) ^ text.charCodeAt(i)) >>> 0;
  return h.toString(36);
}
