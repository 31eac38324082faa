/**
 * One raw sheet + the section rule that matched it → one canonical table. Column plans and typed
 * converters are built once per column; the row loop only calls them. Bad cells become blanks
 * with an issue that names file/sheet/row/column/value; bad rows are skipped with a reason.
 */
import { TABLES, type CanonicalTable, type CanonicalValue, type ColumnType } from '../model/schema';
import { normalizeHeader, snakeCase, type HeaderMatch } from './header';
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
  decideOrder,
  inferYear,
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
  /** Year anchor for dates without a year, and where it came from. */
  anchor?: { y: number; m: number; d: number; source: string };
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
  const rules = new Map(section.columns.map((r) => [r.to, r]));
  const ignored = new Set((section.ignore ?? []).map(normalizeHeader));
  const modelTypes = new Map<string, ColumnType>(def.columns.map((c) => [c.name, c.type]));
  const issues: ImportIssue[] = [];
  const skipped: SkippedRow[] = [];
  const where = (r: number) => `file "${ctx.file}", sheet "${sheet.name}", row ${r + 1}`;

  const headerRow = sheet.rows[header.row];
  const descRow = section.descriptionRow ? (sheet.rows[header.row + 1] ?? []) : [];
  const dataStart = header.row + (section.descriptionRow ? 2 : 1);
  const title = section.metricFromTitle ? findTitle(sheet, header.row) : undefined;

  const segments = section.sideBySide ? splitSegments(headerRow) : [range(0, headerRow.length)];
  const plans: PlannedColumn[][] = [];
  // Day/month order of `auto` date columns is decided from ALL rows: keep the text, convert in finish().
  const deferred: PlannedColumn[] = [];
  const taken = new Set<string>();
  const headerTargets = new Set(header.matched.values());
  for (const seg of segments) {
    const used = new Set<string>();
    const plan: PlannedColumn[] = [];
    for (const c of seg) {
      const text = headerRow[c] === null ? '' : String(headerRow[c]).trim();
      const norm = normalizeHeader(text);
      let to: string | null | undefined;
      if (ctx.mapping && Object.prototype.hasOwnProperty.call(ctx.mapping, text)) to = ctx.mapping[text];
      else if (section.descriptionRow && norm !== '')
        to = lookupAlias(section, `${norm}: ${normalizeHeader(descRow[c] ?? '')}`);
      if (to === undefined && header.matched.get(c) !== undefined) to = header.matched.get(c);
      if (
        to !== undefined &&
        to !== null &&
        section.metricFromTitle &&
        to === section.metricFromTitle.column
      ) {
        to = section.metricFromTitle.titles[normalizeHeader(title ?? '')] ?? snakeCase(title ?? 'value');
      }
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
      const rule = rules.get(to);
      const kind: ValueKind = rule?.kind ?? modelTypes.get(to) ?? inferKind(sheet, c, dataStart, section);
      const deferDate = (kind === 'date' || kind === 'datetime') && section.dates === 'auto';
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
  const account = ctx.account === undefined ? {} : { account: ctx.account };
  const constants = Object.entries({ format: ctx.format.id, ...account, ...section.constants })
    .map(([k, v]) => [pos(k), v] as const)
    .filter(([i]) => i >= 0);
  const defaults = Object.entries(section.defaults ?? {})
    .map(([k, v]) => [pos(k), v] as const)
    .filter(([i]) => i >= 0);
  const derive = (section.derive ?? [])
    .map((d) => ({ to: pos(d.to), from: pos(d.from), pattern: d.pattern }))
    .filter((d) => d.to >= 0 && d.from >= 0);
  const drops = (section.dropRows ?? []).map((d) => ({ ...d, at: pos(d.to) })).filter((d) => d.at >= 0);
  const requireAny = (section.requireAny ?? []).map(pos).filter((i) => i >= 0);
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
  const nDrops = drops.length;
  const nRequire = requireAny.length;
  const mapRow = (raw: RawCell[], r: number) => {
    for (let pi = 0; pi < plans.length; pi++) {
      const plan = plans[pi];
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
      let dropped = false;
      for (let k = 0; k < nDrops; k++) {
        const d = drops[k];
        const v = out[d.at];
        if (v !== null && d.pattern.test(String(v))) {
          skipped.push({ row: where(r), reason: d.reason });
          dropped = true;
          break;
        }
      }
      if (dropped) continue;
      if (nRequire > 0) {
        let has = false;
        for (let k = 0; k < nRequire && !has; k++) has = out[requireAny[k]] !== null;
        if (!has) {
          skipped.push({ row: where(r), reason: `no ${section.requireAny?.join(' or ')} in this row` });
          continue;
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
      if (deferred.length) rowNumbers.push(r);
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
    const at = `file "${ctx.file}", sheet "${sheet.name}"`;
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
      const convert = dateConverter(
        p.kind as 'date' | 'datetime',
        section,
        values,
        ctx,
        issues,
        p.header,
        sheet.name,
      );
      rows.forEach((row, i) => {
        const v = convert(values[i]);
        if (v === undefined) reportBadCell(p, rowNumbers[i], values[i]);
        row[p.out] = v ?? null;
      });
    }
    for (const [c, n] of badCells) {
      if (n > MAX_CELL_ISSUES) {
        issues.push({
          level: 'warning',
          message: `file "${ctx.file}", sheet "${sheet.name}", column "${headerRow[c]}": ${n - MAX_CELL_ISSUES} more invalid cells were left blank.`,
        });
      }
    }
    const mapping = plans
      .flat()
      .map((p) => ({ sheet: sheet.name, table: section.table, header: p.header, column: columns[p.out] }));
    return { table: { table: section.table, columns, rows }, skipped, issues, mapping };
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
      message: `file "${ctx.file}", sheet "${sheet.name}", column "${header}": numbers use a decimal comma (e.g. 12,5); read that way.`,
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
    case 'date':
    case 'datetime':
      return dateConverter(kind, section, [], ctx, issues, header, sheet.name);
  }
}

/** `values`: the whole column, used only by `auto` columns to decide the day/month order. */
function dateConverter(
  kind: 'date' | 'datetime',
  section: SectionRule,
  values: RawCell[],
  ctx: MapContext,
  issues: ImportIssue[],
  header: string,
  sheetName: string,
): Converter {
  let order: 'mdy' | 'dmy' = section.dates === 'dmy' ? 'dmy' : 'mdy';
  if (section.dates === 'auto') {
    const decided = decideOrder(values);
    order = decided.order;
    const col = `file "${ctx.file}", sheet "${sheetName}", column "${header}"`;
    if (decided.conflicting) {
      issues.push({
        level: 'warning',
        message: `${col}: dates mix day-first and month-first values (some first numbers and some second numbers are over 12); read as month/day. Check the dates, or fix the column in the file.`,
      });
    } else if (decided.ambiguous) {
      issues.push({
        level: 'warning',
        message: `${col}: every date fits both month/day and day/month; read as month/day (US). If they are day/month, choose the matching format or fix the file.`,
      });
    } else if (decided.numeric) {
      issues.push({
        level: 'info',
        message: `${col}: dates read as ${order === 'mdy' ? 'month/day/year' : 'day/month/year'}, decided from all rows.`,
      });
    }
  }
  const noYear = section.dates === 'no-year';
  let warnedYear = false;
  // Exports repeat the same dates thousands of times: convert each distinct text once.
  const memo = new Map<string, string | undefined>();
  const convert: Converter = (raw) => {
    if (typeof raw !== 'string' || memo.size > 50000) return convertDate(raw);
    let v = memo.get(raw);
    if (v === undefined && !memo.has(raw)) {
      v = convertDate(raw) as string | undefined;
      memo.set(raw, v);
    }
    return v;
  };
  return convert;
  function convertDate(raw: RawCell): CanonicalValue | undefined {
    if (raw === null || typeof raw === 'boolean') return raw === null ? null : undefined;
    let iso: string | undefined;
    if (typeof raw === 'number') iso = numberToIsoDate(raw);
    else {
      if (isBlank(raw)) return null;
      const parts = parseDateParts(raw, order);
      if (!parts) return undefined;
      if (parts.y === undefined) {
        if (!noYear && section.dates !== 'text' && section.dates !== 'auto') return undefined;
        const anchor = ctx.anchor;
        if (!anchor) return undefined;
        if (!warnedYear) {
          warnedYear = true;
          issues.push({
            level: 'info',
            message: `file "${ctx.file}", sheet "${sheetName}": dates have no year; years inferred from ${anchor.source}.`,
          });
        }
        iso = partsToIso(parts, inferYear(parts.m, parts.d, anchor));
      } else iso = partsToIso(parts);
    }
    if (iso === undefined) return undefined;
    return kind === 'date' ? iso.slice(0, 10) : iso;
  }
}
