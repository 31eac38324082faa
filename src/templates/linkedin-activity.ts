/**
 * The social-selling tab's block computed from the LinkedIn member export (Data · Network, Data ·
 * Conversations): what "relevant" means (typed keywords), the period vs comparison, and one row
 * per ISO week. Every number is a native formula over whole data-tab columns, so a re-import or a
 * changed keyword recalculates it; OR-ed keywords are counted once by SUMPRODUCT (SEARCH matches
 * case-insensitively, with wildcards). The SSI pillars stay in the weekly log the user types.
 */
import { TABLES } from '../model/schema';
import { abs, cell } from './a1';
import { columnRange, kpiCall, type FormulaCtx } from './formulas';
import type { Section } from './layout';
import { DATE_FORMAT, DELTA_FORMAT, FORMATS, writeHeader } from './style';
import type { TileSpec } from './plan';
import { COMPARE, CURRENT } from './windows';

/** Weeks in the weekly table: the half year ending with the period's last ISO week. */
export const ACTIVITY_WEEKS = 26;
const KEYS = 5;
/** Keyword rows and the network column each searches ('' = company and position). */
const RELEVANCE = [
  ['Relevant companies', 'company'],
  ['Title keywords (VP, Head of…)', 'position'],
  ['Industries (in company or title)', ''],
] as const;

/** [start, end] of a window as formula expressions (the end day is included). */
type W = [string, string];
type Ranges = (column: string) => string;
/** Label, unit, formula over a window given the refs of the other metrics; `periodOnly`: no weekly column. */
type Metric = [label: string, unit: TileSpec['unit'], formula: (w: W, v: string[]) => string, periodOnly?: 1];

const inWindow = (range: string, [s, e]: W) => `${range},">="&${s},${range},"<"&(${e}+1)`;

/**
 * The 14 metrics; `col` gives a network or conversations column's range (their names differ),
 * `arr` the same column cut below the data for array-evaluated SUMPRODUCTs.
 */
function metrics(col: Ranges, arr: Ranges, ctx: FormulaCtx, relevant: string): Metric[] {
  const [conn, at, dir, hours] = ['connected_on', 'sent_at', 'direction', 'reply_hours'].map(col);
  const [aConn, aAt, aHours] = ['connected_on', 'sent_at', 'reply_hours'].map(arr);
  const rate = (name: string, a: number, b: number) => (_: W, v: string[]) =>
    kpiCall(ctx, name, [v[a], v[b]]);
  const invs = (w: W, more = '') =>
    `COUNTIFS(${inWindow(col('invited_on'), w)},${col('invitation')},"sent"${more})`;
  const msgs = (more: string) => (w: W) => `COUNTIFS(${inWindow(at, w)},${more})`;
  const opened = `${dir},"sent",${col('opens')},1`;
  const rel = (after: string, end: string, v: string) =>
    kpiCall(ctx, 'RELEVANCE_RATE', [
      `SUMPRODUCT((${aConn}<>"")${after}*(${aConn}<${end}+1)*(${relevant}>0))`,
      v,
    ]);
  // Median of the window's reply times: the mean of its two middle values, taken with LARGE inside
  // SUMPRODUCT (array-evaluated in Sheets, Excel and LibreOffice without array entry).
  const median = ([s, e]: W) => {
    const n = `COUNTIFS(${inWindow(at, [s, e])},${hours},"<>")`;
    const k = (x: string) =>
      `SUMPRODUCT(LARGE(IF((${aAt}>=${s})*(${aAt}<${e}+1)*(${aHours}<>""),${aHours}),${x}))`;
    return `IF(${n}=0,"",(${k(`INT((${n}+1)/2)`)}+${k(`INT(${n}/2)+1`)})/2)`;
  };
  return [
    ['Network size', 'count', (w) => `COUNTIFS(${conn},"<"&(${w[1]}+1))`],
    ['New connections', 'count', (w) => `COUNTIFS(${inWindow(conn, w)})`],
    ['Relevant share of network', 'percent', (w, v) => rel('', w[1], v[0]), 1],
    ['Relevant share of new connections', 'percent', (w, v) => rel(`*(${aConn}>=${w[0]})`, w[1], v[1]), 1],
    ['Invitations sent', 'count', (w) => invs(w)],
    ['Invitations accepted', 'count', (w) => invs(w, `,${conn},"<>"`)],
    ['Acceptance rate', 'percent', rate('ACCEPTANCE_RATE', 5, 4)],
    ['Messages sent', 'count', msgs(`${dir},"sent"`)],
    ['Messages received', 'count', msgs(`${dir},"received"`)],
    ['Conversations started', 'count', msgs(opened)],
    ['… that got a reply', 'count', msgs(`${opened},${col('replied')},1`)],
    ['Reply rate', 'percent', rate('REPLY_RATE', 10, 9)],
    ['Median reply time (h)', 'ratio', median],
    [
      'Active conversations / week',
      'per_week',
      (w) => `${msgs(`${col('week_first')},1`)(w)}/((${w[1]}-${w[0]}+1)/7)`,
    ],
  ];
}

/** Keyword cells: a match in the column(s) each row names, counted once per connection. */
function relevanceTerm(col: Ranges, top: number): string {
  const terms: string[] = [];
  RELEVANCE.forEach(([, where], i) => {
    for (let k = 0; k < KEYS; k++) {
      const key = abs(2 + k, top + i);
      const hit = (c: string) => `ISNUMBER(SEARCH(${key},${col(c)}))`;
      terms.push(`(${key}<>"")*${where ? hit(where) : `(${hit('company')}+${hit('position')})`}`);
    }
  });
  return `(${terms.join('+')})`;
}

const NET = TABLES.network;
const ready = (ctx: FormulaCtx) => !!ctx.schema.tabs[NET.tab] && !!ctx.schema.tabs[TABLES.conversations.tab];

export const linkedinActivity: Section = {
  // Title, keyword header + rows, gap, period header + 14 metrics, gap, weekly header + weeks.
  height: (ctx) => (ready(ctx) ? 3 + RELEVANCE.length + 2 + 14 + 2 + ACTIVITY_WEEKS : 2),
  write(out, ctx, top) {
    const on = ready(ctx);
    out.set(`A${top}`, {
      value: on
        ? 'From your LinkedIn data export (no names, e-mails or message text are imported)'
        : 'Import your LinkedIn data export ZIP (Settings → Data privacy → Get a copy of your data) to fill this block.',
      style: { bold: true },
    });
    if (!on) return;
    const table = (c: string) => (NET.columns.some((x) => x.name === c) ? 'network' : 'conversations');
    const col = (c: string) => columnRange(ctx, table(c), c) ?? '""';
    const keysTop = top + 2;
    writeHeader(out, top + 1, ['Relevant means (type up to 5)', 'Keywords']);
    RELEVANCE.forEach(([label], i) => {
      out.set(`A${keysTop + i}`, { value: label });
      for (let k = 0; k < KEYS; k++) {
        out.set(cell(2 + k, keysTop + i), { value: '', style: { background: '#fef7e0' } });
        out.input(cell(2 + k, keysTop + i));
      }
    });
    // Whole columns would cost a million rows per array in LibreOffice and Excel: arrays stop at
    // twice the rows the data tab had when the tab was generated (at least 5,000).
    const last = (c: string) => 1 + Math.max(5000, 2 * ctx.schema.tabs[TABLES[table(c)].tab].rows);
    const arr = (c: string) =>
      col(c).replace(/!\$([A-Z]+):\$\1$/, (_, l: string) => `!$${l}$2:$${l}$${last(c)}`);
    const list = metrics(col, arr, ctx, relevanceTerm(arr, keysTop));
    // Writes one metric per row (period block) or per column (weekly table) of a window.
    const put = (w: W, at: (i: number) => string | null) => {
      const refs = list.map((_, i) => at(i) ?? '""');
      list.forEach(([, unit, f], i) => {
        const a1 = at(i);
        if (a1) out.set(a1, { formula: `=${f(w, refs)}`, format: FORMATS[unit] });
      });
    };

    // Period vs comparison: column B reads the tab's period, C its comparison, D the change.
    const head = keysTop + RELEVANCE.length + 1;
    writeHeader(out, head, ['LinkedIn activity', 'This period', 'Comparison', 'Δ vs comparison']);
    put([CURRENT.start, CURRENT.end], (i) => `B${head + 1 + i}`);
    put([COMPARE.start, COMPARE.end], (i) => `C${head + 1 + i}`);
    list.forEach(([label], i) => {
      const r = head + 1 + i;
      out.set(`A${r}`, { value: label });
      out.set(`D${r}`, {
        formula: `=IF(OR(B${r}="",N(C${r})=0),"",(B${r}-C${r})/ABS(C${r}))`,
        format: DELTA_FORMAT,
      });
    });

    // One row per ISO week (Monday first) ending with the period's last week.
    const weekly = list.map((m, i) => (m[3] ? -1 : i)).filter((i) => i >= 0);
    const wHead = head + list.length + 2;
    writeHeader(out, wHead, ['Week (Monday)', 'ISO week', ...weekly.map((i) => list[i][0])]);
    for (let n = 1; n <= ACTIVITY_WEEKS; n++) {
      const r = wHead + n;
      out.set(`A${r}`, {
        formula: `=${CURRENT.end}-WEEKDAY(${CURRENT.end},3)-${7 * (ACTIVITY_WEEKS - n)}`,
        format: DATE_FORMAT,
      });
      out.set(`B${r}`, { formula: `=ISOWEEKNUM($A${r})` });
      put([`$A${r}`, `($A${r}+6)`], (i) => (weekly.includes(i) ? cell(3 + weekly.indexOf(i), r) : null));
    }
  },
};
