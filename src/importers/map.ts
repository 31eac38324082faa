/**
 * One raw sheet + the section rule that matched it → one canonical table. Column plans and typed
 * converters are built once per column; the row loop only calls them. Bad cells become blanks
 * with an issue that names file/sheet/row/column/value; bad rows are skipped with a reason.
 */
import { TABLES, type CanonicalTable, type CanonicalValue, type ColumnType } from '../model/schema';
import { normalizeHeader, normalizedRow, snakeCase, visibleText, type HeaderMatch } from './header';
import { ImportError } from './errors';
import { placeOf } from './place';
import type {
  ColumnMapping,
  FormatDef,
  ImportIssue,
  MappingOverrides,
  RawCell,
  RawSheet,
  SectionRule,
  SkippedRow,
  ValueKind,
} from './types';
import {
  assignYears,
  decideOrder,
  type DateParts,
  isBlank,
  numberToIsoDate,
  parseDateParts,
  parseDuration,
  parseId,
  numberCell,
  parseNumber,
  parsePercent,
  percentCell,
  parseText,
  partsToIso,
} from './values';

export interface MapContext {
  file: string;
  format: FormatDef;
  /** Year anchor for dates without a year, where it came from, and whether it is only today's date. */
  anchor?: { y: number; m: number; d: number; source: string; guessed?: boolean };
  /** Day/month order of the user's spreadsheet locale, for date columns whose values do not decide it. */
  dateOrder?: 'mdy' | 'dmy';
  /** A report's first day (`# Start date: 20260801` in GA4's preamble), for `Nth day` columns. */
  reportStart?: string;
  mapping?: MappingOverrides;
  /** The account (page) the file belongs to, when its name or content says so. */
  account?: string;
}

export interface MappedSheet {
  table: CanonicalTable;
  skipped: SkippedRow[];
  issues: ImportIssue[];
  /** Which file header fed which column (for the sidebar's mapping step). */
  mapping: ColumnMapping[];
  /** The file row (0-based within the sheet) each table row came from, to name rows in messages. */
  sourceRows: number[];
}

type Converter = (raw: RawCell) => CanonicalValue | undefined;

interface PlannedColumn {
  source: number;
  header: string;
  out: number;
  kind: ValueKind;
  convert: Converter;
  valueMap?: Record<string, string>;
}

const MAX_CELL_ISSUES = 5;

/** Map every row of a sheet at once (XLSX sheets, small CSV files). */
export function mapSheet(
  sheet: RawSheet,
  section: SectionRule,
  header: HeaderMatch,
  ctx: MapContext,
): MappedSheet {
  const mapper = createMapper(sheet, section, header, ctx);
  for (let r = mapper.dataStart; r < sheet.rows.length; r++) mapper.push(sheet.rows[r], r);
  return mapper.finish(Boolean(sheet.truncated));
}

/** Maps rows one at a time, so a large CSV can be mapped chunk by chunk while it is parsed. */
export interface SheetMapper {
  /** Index of the first data row (after header and description row). */
  dataStart: number;
  /** Row `r` (0-based within the sheet) of the raw table. Rows before dataStart are ignored. */
  push(raw: RawCell[], r: number): void;
  /** `truncated`: the reader saw the file end inside a row, so the last row is incomplete. */
  finish(truncated: boolean): MappedSheet;
}

/**
 * Plans columns from the header and the rows available now (`sheet` may be only the first rows of a
 * large file: they are enough to find the header and infer extra column types).
 */
export function createMapper(
  sheet: RawSheet,
  section: SectionRule,
  header: HeaderMatch,
  ctx: MapContext,
): SheetMapper {
  const def = TABLES[section.table];
  const columns = def.columns.map((c) => c.name);
  // Name → position and per-base suffix counters: headers can number in the thousands, so no indexOf scans.
  const columnAt = new Map(columns.map((c, i) => [c, i]));
  const suffixes = new Map<string, number>();
  const rules = new Map<string, (typeof section.columns)[number]>();
  for (const r of section.columns) if (!rules.has(r.to)) rules.set(r.to, r);
  const ignored = new Set((section.ignore ?? []).map(normalizeHeader));
  const modelTypes = new Map<string, ColumnType>(def.columns.map((c) => [c.name, c.type]));
  const issues: ImportIssue[] = [];
  const skipped: SkippedRow[] = [];
  const where = (r: number) => `${placeOf(ctx.file, sheet.name)}, row ${r + 1}`;

  const headerRow = sheet.rows[header.row];
  const normalizedHeader = normalizedRow(headerRow);
  const descRow = section.descriptionRow ? (sheet.rows[header.row + 1] ?? []) : [];
  const dataStart = header.row + (section.descriptionRow ? 2 : 1);
  const title = section.metricFromTitle ? findTitle(sheet, header.row) : undefined;
  const titled = title === undefined ? undefined : section.metricFromTitle?.titles[normalizeHeader(title)];

  const segments = section.sideBySide ? splitSegments(headerRow) : [range(0, headerRow.length)];
  const plans: PlannedColumn[][] = [];
  // Date columns whose convention does not fix the order are decided from ALL rows (day/month order,
  // years of year-less dates): keep the text, convert in finish().
  const deferred: PlannedColumn[] = [];
  const taken = new Set<string>();
  const privateDropped: string[] = [];
  const headerTargets = new Set(header.matched.values());
  for (const seg of segments) {
    const used = new Set<string>();
    const plan: PlannedColumn[] = [];
    for (const c of seg) {
      const text = visibleText(headerRow[c]);
      const norm = normalizedHeader[c] ?? '';
      if (section.private && header.matched.get(c) === undefined) {
        if (text !== '') privateDropped.push(text);
        continue;
      }
      let to: string | null | undefined;
      if (ctx.mapping && Object.prototype.hasOwnProperty.call(ctx.mapping, text)) to = ctx.mapping[text];
      else if (section.descriptionRow && norm !== '')
        to = lookupAlias(section, `${norm}: ${normalizeHeader(descRow[c] ?? '')}`);
      if (to === undefined && header.matched.get(c) !== undefined) to = header.matched.get(c);
      // The value column is `Primary`, or (2023 layout) is named by the title itself.
      const isValue =
        section.metricFromTitle !== undefined &&
        (to === section.metricFromTitle.column ||
          (to === undefined && title !== undefined && norm === normalizeHeader(title)));
      if (isValue) to = titled?.to ?? snakeCase(title ?? 'value');
      if (to === null) continue;
      if (to === undefined) {
        if (norm === '' && columnIsEmpty(sheet, c, dataStart)) continue;
        if (ignored.has(norm)) continue;
        to = snakeCase(text === '' ? `column ${c + 1}` : text);
        // An unknown header never takes a model column another header already fills (X's `Shares` vs `Reposts`).
        if (modelTypes.has(to) ? headerTargets.has(to) || taken.has(to) : taken.has(to))
          to = uniqueName(to, taken, suffixes);
      }
      if (used.has(to)) to = uniqueName(`${to}_${snakeCase(text)}`, taken, suffixes);
      used.add(to);
      taken.add(to);
      let out = columnAt.get(to);
      if (out === undefined) {
        out = columns.push(to) - 1;
        columnAt.set(to, out);
      }
      // Two spellings may land in one column with different converters (GA4 `Date` and `Nth day`).
      const rule =
        section.columns.find((r) => r.to === to && r.aliases.some((a) => normalizeHeader(a) === norm)) ??
        rules.get(to);
      const kind: ValueKind = rule?.kind ?? modelTypes.get(to) ?? inferKind(sheet, c, dataStart, section);
      const deferDate = (kind === 'date' || kind === 'datetime') && !FIXED_DATES.has(section.dates);
      const convert = deferDate
        ? keepRaw
        : converterFor(kind, section, sheet, c, dataStart, ctx, issues, text);
      const planned: PlannedColumn = {
        source: c,
        header: text === '' ? `column ${c + 1}` : text,
        out,
        kind,
        convert,
        valueMap: section.valueMap?.[to],
      };
      plan.push(planned);
      if (deferDate) deferred.push(planned);
    }
    plans.push(plan);
  }

  const width = columns.length;
  const pos = (name: string) => columnAt.get(name) ?? -1;
  const constants = Object.entries({
    format: ctx.format.id,
    ...(ctx.account === undefined ? {} : { account: ctx.account }),
    ...section.constants,
    ...(titled?.platform ? { platform: titled.platform } : {}),
  })
    .map(([k, v]) => [pos(k), v] as const)
    .filter(([i]) => i >= 0);
  const defaults = Object.entries(section.defaults ?? {})
    .map(([k, v]) => [pos(k), v] as const)
    .filter(([i]) => i >= 0);
  const derive = (section.derive ?? [])
    .map((d) => ({ to: pos(d.to), from: pos(d.from), pattern: d.pattern }))
    .filter((d) => d.to >= 0 && d.from >= 0);
  // Total rows are recognised on the cell as written (`Ge­samt` with a soft hyphen, `Total` in a date column).
  const planDrops = plans.map((plan) =>
    (section.dropRows ?? []).flatMap((d) => {
      const p = plan.find((x) => x.out === pos(d.to));
      return p ? [{ ...d, source: p.source }] : [];
    }),
  );
  const footers = section.footers ?? [];
  const requireAny = (section.requireAny ?? []).map(pos).filter((i) => i >= 0);
  const repair = section.repairId
    ? { to: pos(section.repairId.to), from: pos(section.repairId.from), pattern: section.repairId.pattern }
    : null;
  const repaired: { row: number; was: string; id: string }[] = [];
  const badCells = new Map<number, number>();
  const headerWidth = lastNonBlank(headerRow) + 1;
  const rows: CanonicalValue[][] = [];
  const rowNumbers: number[] = [];
  let pending: RawCell[] | null = null;
  let pendingRow = -1;

  const reportBadCell = (p: PlannedColumn, r: number, cell: RawCell) => {
    const n = (badCells.get(p.source) ?? 0) + 1;
    badCells.set(p.source, n);
    if (n <= MAX_CELL_ISSUES) {
      issues.push({
        level: 'warning',
        message: `${where(r)}, column "${p.header}": ${JSON.stringify(String(cell))} is not a valid ${describe(p.kind)}; the cell was left blank. Fix the value in the file, or map this column to another field.`,
      });
    }
  };

  // Hot loop: indexed loops only (no iterators or closures per row).
  const nRequire = requireAny.length;
  const mapRow = (raw: RawCell[], r: number) => {
    for (let pi = 0; pi < plans.length; pi++) {
      const plan = plans[pi];
      const drops = planDrops[pi];
      let dropped = false;
      for (let k = 0; k < drops.length; k++) {
        const d = drops[k];
        const cell = d.source < raw.length ? raw[d.source] : null;
        if (cell !== null && d.pattern.test(visibleText(cell))) {
          skipped.push({ row: where(r), reason: d.reason });
          dropped = true;
          break;
        }
      }
      if (dropped) continue;
      const out: CanonicalValue[] = new Array(width).fill(null);
      let any = false;
      for (let k = 0; k < plan.length; k++) {
        const p = plan[k];
        let cell = p.source < raw.length ? raw[p.source] : null;
        if (p.valueMap && typeof cell === 'string') cell = p.valueMap[cell.trim().toLowerCase()] ?? cell;
        const v = p.convert(cell);
        if (v === undefined) {
          reportBadCell(p, r, cell);
          continue;
        }
        if (v !== null) any = true;
        out[p.out] = v;
      }
      if (!any) continue;
      if (nRequire > 0) {
        let has = false;
        for (let k = 0; k < nRequire && !has; k++) has = out[requireAny[k]] !== null;
        if (!has) {
          skipped.push({ row: where(r), reason: `no ${section.requireAny?.join(' or ')} in this row` });
          continue;
        }
      }
      if (repair && repair.to >= 0 && repair.from >= 0) {
        const id = out[repair.to];
        if (typeof id === 'string' && out[repair.from] !== null) {
          const m = repair.pattern.exec(String(out[repair.from]));
          if (m && m[1] !== id && isRoundedId(id, m[1])) {
            repaired.push({ row: r, was: id, id: m[1] });
            out[repair.to] = m[1];
          }
        }
      }
      for (let k = 0; k < derive.length; k++) {
        const d = derive[k];
        if (out[d.to] === null && out[d.from] !== null) {
          const m = d.pattern.exec(String(out[d.from]));
          if (m) out[d.to] = m[1];
        }
      }
      for (let k = 0; k < defaults.length; k++)
        if (out[defaults[k][0]] === null) out[defaults[k][0]] = defaults[k][1];
      for (let k = 0; k < constants.length; k++) out[constants[k][0]] = constants[k][1];
      rows.push(out);
      rowNumbers.push(r);
    }
  };

  // Text rows of another width than the header: counted (first one kept) and reported in finish().
  const widthOff = { long: 0, firstLong: -1, longCells: 0, short: 0, firstShort: -1, shortCells: 0 };
  const checkWidth = (raw: RawCell[], r: number) => {
    if (raw.length > headerWidth && lastNonBlank(raw) >= headerWidth) {
      if (widthOff.long++ === 0) {
        widthOff.firstLong = r;
        widthOff.longCells = lastNonBlank(raw) + 1;
      }
    } else if (raw.length < headerWidth && widthOff.short++ === 0) {
      widthOff.firstShort = r;
      widthOff.shortCells = raw.length;
    }
  };

  const push = (raw: RawCell[], r: number) => {
    if (r < dataStart || isBlankRow(raw)) return;
    if (footers.length > 0 && isFooter(raw, footers)) {
      skipped.push({
        row: where(r),
        reason: `a note the platform adds under the table (${JSON.stringify(visibleText(raw[0]))}), not data`,
      });
      return;
    }
    // One row of delay: only at the end do we know whether the last row was cut short.
    if (pending) {
      if (sheet.fromText) checkWidth(pending, pendingRow);
      mapRow(pending, pendingRow);
    }
    pending = raw;
    pendingRow = r;
  };

  const finish = (truncated: boolean): MappedSheet => {
    if (pending) {
      const short = Boolean(sheet.fromText) && pending.length < headerWidth;
      if (short || truncated) {
        skipped.push({
          row: where(pendingRow),
          reason: short
            ? `row is cut short (${pending.length} of ${headerWidth} cells): the file seems truncated`
            : 'the file ends inside this row: it seems truncated',
        });
        issues.push({
          level: 'error',
          message: `${where(pendingRow)}: the file ends in the middle of a row, so it looks truncated. That row was not imported; download the export again to get all rows.`,
        });
      } else {
        if (sheet.fromText) checkWidth(pending, pendingRow);
        mapRow(pending, pendingRow);
      }
      pending = null;
    }
    const at = placeOf(ctx.file, sheet.name);
    if (widthOff.long > 0) {
      issues.push({
        level: 'warning',
        message: `${at}: ${widthOff.long} row(s) have more cells than the header's ${headerWidth} columns (first: row ${widthOff.firstLong + 1}, ${widthOff.longCells} cells); the cells beyond the header were not imported. Check the delimiter and quoting of those rows, or add a header for the extra column.`,
      });
    }
    if (widthOff.short > 0) {
      issues.push({
        level: 'warning',
        message: `${at}: ${widthOff.short} row(s) have fewer cells than the header's ${headerWidth} columns (first: row ${widthOff.firstShort + 1}, ${widthOff.shortCells} cells); the missing cells were left blank. Check those rows in the file (a line break inside a value splits a row).`,
      });
    }
    for (const p of deferred) {
      const values = rows.map((row) => row[p.out] as RawCell);
      const converted = convertDateColumn(
        p.kind as 'date' | 'datetime',
        section,
        values,
        ctx,
        issues,
        p.header,
        sheet.name,
      );
      for (let i = 0; i < rows.length; i++) {
        const v = converted[i];
        if (v === undefined) reportBadCell(p, rowNumbers[i], values[i]);
        rows[i][p.out] = v ?? null;
      }
    }
    if (repaired.length > 0 && section.repairId) {
      const first = repaired[0];
      const idHeader = plans.flat().find((p) => columns[p.out] === section.repairId?.to)?.header ?? '';
      const linkHeader = plans.flat().find((p) => columns[p.out] === section.repairId?.from)?.header ?? '';
      issues.push({
        level: 'warning',
        message: `${placeOf(ctx.file, sheet.name)}, column "${idHeader}": ${repaired.length} ids were rounded by a spreadsheet program (row ${first.row + 1} has ${JSON.stringify(first.was)}), so rows would be mistaken for one another; each id was taken from the "${linkHeader}" column instead (row ${first.row + 1}: ${first.id}). To keep ids intact, import the export as downloaded rather than after opening and saving it in Excel.`,
      });
    }
    for (const [c, n] of badCells) {
      if (n > MAX_CELL_ISSUES) {
        issues.push({
          level: 'warning',
          message: `${placeOf(ctx.file, sheet.name)}, column "${visibleText(headerRow[c])}": ${n - MAX_CELL_ISSUES} more invalid cells were left blank.`,
        });
      }
    }
    const mapping = plans
      .flat()
      .map((p) => ({ sheet: sheet.name, table: section.table, header: p.header, column: columns[p.out] }));
    if (privateDropped.length) {
      issues.push({
        level: 'info',
        message: `${placeOf(ctx.file, sheet.name)}: private columns not read (${privateDropped.join(', ')}) — the sheet is shared, so text, names and e-mail addresses never reach it.`,
      });
    }
    let table: CanonicalTable = { table: section.table, columns, rows };
    if (section.finish) {
      const done = section.finish(table, (i) => where(rowNumbers[i] ?? 0));
      table = done.table;
      issues.push(...done.issues);
      skipped.push(...done.skipped);
      const kept = new Set(table.columns);
      // finish() may regroup rows; their file rows are known only while it keeps them one to one.
      const sourceRows = table.rows.length === rows.length ? rowNumbers : [];
      return { table, skipped, issues, mapping: mapping.filter((m) => kept.has(m.column)), sourceRows };
    }
    return { table, skipped, issues, mapping, sourceRows: rowNumbers };
  };

  return { dataStart, push, finish };
}

const keepRaw: Converter = (raw) =>
  raw === null || (typeof raw === 'string' && isBlank(raw))
    ? null
    : typeof raw === 'boolean'
      ? String(raw)
      : raw;

function lookupAlias(section: SectionRule, key: string): string | undefined {
  const cut = key.indexOf(': ');
  const head = key.slice(0, cut);
  const desc = key.slice(cut + 2);
  for (const rule of section.columns) {
    for (const a of rule.aliases) {
      const n = normalizeHeader(a);
      const i = n.indexOf(': ');
      if (i > 0 && n.slice(0, i) === head && desc.endsWith(n.slice(i + 2))) return rule.to;
    }
  }
  return undefined;
}

function describe(kind: ValueKind): string {
  switch (kind) {
    case 'date':
    case 'datetime':
      return 'date';
    case 'percent':
      return 'percentage';
    case 'duration':
      return 'duration (H:MM:SS)';
    case 'day-index':
      return 'day number (0000, 0001, …)';
    case 'count':
    case 'number':
    case 'currency':
      return 'number';
    default:
      return kind;
  }
}

const range = (a: number, b: number) => Array.from({ length: b - a }, (_, i) => a + i);

/** Side-by-side tables: column groups separated by blank header cells. */
function splitSegments(header: RawCell[]): number[][] {
  const segs: number[][] = [];
  let cur: number[] = [];
  header.forEach((h, i) => {
    if (h === null || String(h).trim() === '') {
      if (cur.length) segs.push(cur);
      cur = [];
    } else cur.push(i);
  });
  if (cur.length) segs.push(cur);
  return segs;
}

/** `base_2`, `base_3`, …: the next free suffix, resumed from the last one given for this base (linear in the headers). */
function uniqueName(base: string, taken: Set<string>, next: Map<string, number>): string {
  let n = next.get(base) ?? 2;
  while (taken.has(`${base}_${n}`)) n++;
  next.set(base, n + 1);
  return `${base}_${n}`;
}

function isBlankRow(row: RawCell[]): boolean {
  for (let i = 0; i < row.length; i++) {
    const c = row[i];
    if (c === null) continue;
    if (typeof c !== 'string') return false;
    if (c.length > 0 && (c.charCodeAt(0) > 32 || c.trim() !== '')) return false;
  }
  return true;
}

/**
 * `6.49E+17`, or the 15 significant digits Excel keeps followed by zeros: a rounded copy of `full`.
 */
function isRoundedId(id: string, full: string): boolean {
  const sci = /^(\d)(?:\.(\d+))?e\+?(\d+)$/i.exec(id.trim());
  if (sci) return full.startsWith(sci[1] + (sci[2] ?? '').replace(/0+$/, '')) && full.length === +sci[3] + 1;
  if (!/^\d+$/.test(id) || id.length !== full.length) return false;
  const kept = id.replace(/0+$/, '');
  return kept.length < id.length && full.startsWith(kept);
}

/** A one-cell line under the table that the export always writes (YouTube's `Die 500 besten Ergebnisse …`). */
function isFooter(raw: RawCell[], footers: RegExp[]): boolean {
  for (let i = 1; i < raw.length; i++) if (!isBlank(raw[i])) return false;
  const text = visibleText(raw[0]);
  return footers.some((f) => f.test(text));
}

function lastNonBlank(row: RawCell[]): number {
  for (let i = row.length - 1; i >= 0; i--) if (row[i] !== null && String(row[i]).trim() !== '') return i;
  return -1;
}

function columnIsEmpty(sheet: RawSheet, c: number, from: number): boolean {
  for (let r = from; r < sheet.rows.length; r++) if (!isBlank(sheet.rows[r][c] ?? null)) return false;
  return true;
}

/** The title line above a single-metric table (`"Views"`), from the rows above the header or the preamble. */
function findTitle(sheet: RawSheet, headerRow: number): string | undefined {
  for (let r = headerRow - 1; r >= 0; r--) {
    const cells = sheet.rows[r].filter((c) => c !== null && String(c).trim() !== '');
    if (cells.length === 1) return String(cells[0]).trim();
  }
  for (let i = sheet.preamble.length - 1; i >= 0; i--) {
    const line = sheet.preamble[i].replace(/^#\s*/, '').trim();
    if (line && !/^sep=/i.test(line)) return line.replace(/^"|"$/g, '');
  }
  return undefined;
}

function sample(sheet: RawSheet, c: number, from: number, max = 200): RawCell[] {
  const out: RawCell[] = [];
  for (let r = from; r < sheet.rows.length && out.length < max; r++) {
    const v = sheet.rows[r][c] ?? null;
    if (!isBlank(v)) out.push(v);
  }
  return out;
}

/** Extra columns: numbers if every sampled value is one, `"4.5%"` → percent, `1:02:03` → duration, else text. */
function inferKind(sheet: RawSheet, c: number, from: number, section: SectionRule): ValueKind {
  const values = sample(sheet, c, from);
  if (values.length === 0) return 'text';
  // Long digit runs and leading zeros (ids, zip codes) would lose digits as numbers.
  if (values.some((v) => typeof v === 'string' && /^[-+]?0\d/.test(v.trim()))) return 'text';
  if (values.every((v) => typeof v === 'string' && /^\d{16,}$/.test(v.trim()))) return 'id';
  if (
    values.every((v) => typeof v === 'string' && /%\s*$/.test(v)) &&
    values.every((v) => parsePercent(v, 'auto') !== undefined)
  )
    return 'percent';
  if (values.every((v) => typeof v === 'string' && /^\d+:\d{2}(:\d{2})?$/.test(v.trim()))) return 'duration';
  if (values.every((v) => parseNumber(v, section.decimalComma) !== undefined)) return 'number';
  return 'text';
}

/**
 * Files whose convention is not fixed (generic tables re-saved by a European Excel): a number column
 * uses a decimal comma when some value can only be read that way (`12,5`, `1.234,56`) and none
 * has a decimal point. Said in the issues.
 */
function inferDecimalComma(
  sheet: RawSheet,
  c: number,
  from: number,
  kind: ValueKind,
  ctx: MapContext,
  issues: ImportIssue[],
  header: string,
): boolean {
  if (kind !== 'count' && kind !== 'number' && kind !== 'currency' && kind !== 'percent') return false;
  let comma = false;
  for (const v of sample(sheet, c, from, 500)) {
    if (typeof v !== 'string') continue;
    const t = v.trim().replace(/%$/, '');
    if (/^-?\d+\.\d{1,2}$|^-?\d+\.\d{4,}$|^-?\d{1,3}(,\d{3})+\.\d+$/.test(t)) return false;
    if (/^-?\d+,\d{1,2}$|^-?\d+,\d{4,}$|^-?\d{1,3}(\.\d{3})+,\d+$/.test(t)) comma = true;
  }
  if (comma) {
    issues.push({
      level: 'info',
      message: `${placeOf(ctx.file, sheet.name)}, column "${header}": numbers use a decimal comma (e.g. 12,5); read that way.`,
    });
  }
  return comma;
}

function converterFor(
  kind: ValueKind,
  section: SectionRule,
  sheet: RawSheet,
  c: number,
  from: number,
  ctx: MapContext,
  issues: ImportIssue[],
  header: string,
): Converter {
  const dc = section.decimalComma ?? inferDecimalComma(sheet, c, from, kind, ctx, issues, header);
  switch (kind) {
    case 'text':
      return parseText;
    case 'id':
      return parseId;
    case 'count':
    case 'number':
    case 'currency':
      return numberCell(dc);
    case 'percent':
      return percentCell(section.percent, dc);
    case 'duration':
      return parseDuration;
    case 'day-index':
      return dayIndexConverter(ctx, sheet.name, header);
    case 'date':
    case 'datetime':
      return dateConverter(kind, section);
  }
}

/** `Nth day` (`0000`, `0001`, …) → the ISO date that many days after the report's start date. */
function dayIndexConverter(ctx: MapContext, sheetName: string, header: string): Converter {
  const start = ctx.reportStart;
  if (!start) {
    throw new ImportError('the days are numbered, but the report does not say on which date it starts', {
      file: ctx.file,
      sheet: sheetName,
      column: header,
      expected: 'a "# Start date: YYYYMMDD" line above the table, as Google Analytics writes it',
      action: 'export the report again from Google Analytics without editing the lines that start with #',
    });
  }
  const t0 = Date.UTC(+start.slice(0, 4), +start.slice(4, 6) - 1, +start.slice(6, 8));
  return (raw) => {
    if (raw === null || (typeof raw === 'string' && isBlank(raw))) return null;
    const n =
      typeof raw === 'number' ? raw : /^\d{1,5}$/.test(String(raw).trim()) ? +String(raw).trim() : NaN;
    return Number.isInteger(n) ? new Date(t0 + n * 86400000).toISOString().slice(0, 10) : undefined;
  };
}

/** Conventions that fix how a date is read, so each cell is converted on its own while rows stream in. */
const FIXED_DATES = new Set<SectionRule['dates']>(['mdy', 'dmy', 'yyyymmdd']);

/** A date column whose convention fixes the order (`mdy`, `dmy`, `yyyymmdd`): one converter per cell. */
function dateConverter(kind: 'date' | 'datetime', section: SectionRule): Converter {
  const order: 'mdy' | 'dmy' = section.dates === 'dmy' ? 'dmy' : 'mdy';
  // Exports repeat the same dates thousands of times: convert each distinct text once.
  const memo = new Map<string, string | undefined>();
  const convertDate = (raw: RawCell): CanonicalValue | undefined => {
    if (raw === null) return null;
    if (typeof raw === 'boolean') return undefined;
    if (typeof raw === 'number') return cut(kind, numberToIsoDate(raw));
    if (isBlank(raw)) return null;
    const parts = parseDateParts(raw, order);
    return parts && parts.y !== undefined ? cut(kind, partsToIso(parts)) : undefined;
  };
  return (raw) => {
    if (typeof raw !== 'string' || memo.size > 50000) return convertDate(raw);
    let v = memo.get(raw);
    if (v === undefined && !memo.has(raw)) {
      v = convertDate(raw) as string | undefined;
      memo.set(raw, v);
    }
    return v;
  };
}

const cut = (kind: 'date' | 'datetime', iso: string | undefined) =>
  iso === undefined || kind === 'datetime' ? iso : iso.slice(0, 10);

/**
 * A whole date column whose convention does not fix it: the day/month order is decided over all
 * values (no evidence → the spreadsheet's locale, said), a column that would need half its values
 * swapped is refused, and year-less dates get years over the whole column (assignYears), reported.
 */
function convertDateColumn(
  kind: 'date' | 'datetime',
  section: SectionRule,
  values: RawCell[],
  ctx: MapContext,
  issues: ImportIssue[],
  header: string,
  sheetName: string,
): (CanonicalValue | undefined)[] {
  const col = `${placeOf(ctx.file, sheetName)}, column "${header}"`;
  const decided = decideOrder(values);
  if (decided.conflicting) {
    throw new ImportError('the dates in this column are written in two orders (day/month and month/day)', {
      file: ctx.file,
      sheet: sheetName,
      column: header,
      value: `${decided.examples.dayFirst} and ${decided.examples.monthFirst}`,
      expected: 'one order for the whole column, so no date has to be swapped',
      action:
        'fix the dates in the file so they all use one order (or write them as 2026-06-13), then import it again',
    });
  }
  let order = decided.order;
  if (decided.ambiguous) {
    order = ctx.dateOrder ?? 'mdy';
    const how = order === 'dmy' ? 'day/month/year' : 'month/day/year';
    issues.push({
      level: 'warning',
      message: ctx.dateOrder
        ? `${col}: every date fits both day/month and month/day, so they were read as ${how}, the order of your spreadsheet's locale. If that is wrong, fix the dates in the file or change the spreadsheet's locale (File > Settings) and import again.`
        : `${col}: every date fits both day/month and month/day, so they were read as ${how} (US). If that is wrong, fix the dates in the file or choose the date order, and import again.`,
    });
  } else if (decided.numeric) {
    issues.push({
      level: 'info',
      message: `${col}: dates read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'}, decided from all rows.`,
    });
  }
  // Exports repeat the same dates thousands of times: parse each distinct text once, keeping its
  // parts (year-less dates get their year below) and, when it has a year, its ISO text.
  const memo = new Map<string, { blank: boolean; p?: DateParts; iso?: string }>();
  const parts: (DateParts | undefined)[] = new Array(values.length);
  const out: (CanonicalValue | undefined)[] = new Array(values.length);
  let yearless = false;
  for (let i = 0; i < values.length; i++) {
    const raw = values[i];
    if (raw === null) out[i] = null;
    else if (typeof raw === 'number') out[i] = cut(kind, numberToIsoDate(raw));
    else if (typeof raw !== 'string') out[i] = undefined;
    else {
      let m = memo.get(raw);
      if (m === undefined) {
        const blank = isBlank(raw);
        const p = blank ? undefined : parseDateParts(raw, order);
        m = { blank, p, iso: p && p.y !== undefined ? cut(kind, partsToIso(p)) : undefined };
        if (memo.size < 50000) memo.set(raw, m);
      }
      if (m.blank) out[i] = null;
      else {
        parts[i] = m.p;
        if (m.p && m.p.y === undefined) yearless = true;
        else out[i] = m.iso;
      }
    }
  }
  if (!yearless) return out;
  const anchor = ctx.anchor;
  const canInfer =
    anchor && (section.dates === 'no-year' || section.dates === 'text' || section.dates === 'auto');
  const years = canInfer ? assignYears(parts, anchor) : [];
  let first: string | undefined;
  let last: string | undefined;
  for (let i = 0; i < values.length; i++) {
    const p = parts[i];
    if (!p || p.y !== undefined) continue;
    const iso = canInfer ? cut(kind, partsToIso(p, years[i])) : undefined;
    out[i] = iso;
    if (iso !== undefined) {
      if (first === undefined || iso < first) first = iso;
      if (last === undefined || iso > last) last = iso;
    }
  }
  if (canInfer && first !== undefined && last !== undefined) {
    issues.push(
      anchor.guessed
        ? {
            level: 'warning',
            message: `${col}: dates have no year and the file name carries no export date, so years were chosen so that no date is after ${anchor.source}; they run from ${first.slice(0, 10)} to ${last.slice(0, 10)}. If the export is older, import the file under the name the platform gave it (it carries the export date).`,
          }
        : {
            level: 'info',
            message: `${col}: dates have no year; years inferred from ${anchor.source}, so they run from ${first.slice(0, 10)} to ${last.slice(0, 10)}, none after it.`,
          },
    );
  }
  return out;
}
