/**
 * Post-level sections of the LinkedIn Page tab: the organic / sponsored split of posts published
 * in the period, and the top posts by LinkedIn engagement rate. LinkedIn lists a boosted post as
 * an Organic row, one Sponsored row per campaign and a Total row, so Total rows are never summed.
 */
import { TABLES } from '../model/schema';
import { columnLetter, quoteSheet } from './a1';
import { columnRange, exactRef, kpiCall, metricFormula, missingFor, type FormulaCtx } from './formulas';
import type { Section } from './layout';
import { FORMATS } from './style';
import { CURRENT } from './windows';
import { count, eq, kpi, ne, sum } from './recipes';
import type { Agg, Filter } from './types';

const HEADER = { bold: true, background: '#f1f3f4' };
const POSTS_TAB = TABLES.posts.tab;

/** LinkedIn's engagement rate of a set of post rows: (clicks+reactions+comments+reposts+follows) ÷ impressions. */
export function linkedinRate(where: Filter[]): Agg {
  const s = (c: string) => sum('posts', c, where);
  return kpi(
    'LINKEDIN_ENGAGEMENT_RATE',
    s('clicks'),
    s('reactions'),
    s('comments'),
    s('shares'),
    s('impressions'),
    s('follows'),
  );
}

/** Posts published in the period, split by distribution. */
export function splitSection(platformFilter: Filter): Section {
  const rows: { label: string; where: Filter[] }[] = [
    { label: 'Organic', where: [platformFilter, eq('distribution', 'organic')] },
    { label: 'Sponsored', where: [platformFilter, eq('distribution', 'sponsored')] },
    { label: 'All (organic + sponsored)', where: [platformFilter, ne('distribution', 'total')] },
  ];
  const columns: { label: string; unit: keyof typeof FORMATS; agg: (w: Filter[]) => Agg }[] = [
    { label: 'Post rows', unit: 'count', agg: (w) => count('posts', w) },
    { label: 'Impressions', unit: 'count', agg: (w) => sum('posts', 'impressions', w) },
    { label: 'Clicks', unit: 'count', agg: (w) => sum('posts', 'clicks', w) },
    {
      label: 'CTR',
      unit: 'percent',
      agg: (w) => kpi('CTR', sum('posts', 'clicks', w), sum('posts', 'impressions', w)),
    },
    { label: 'Engagement rate', unit: 'percent', agg: linkedinRate },
  ];
  return {
    height: () => rows.length + 2,
    write(out, ctx, top) {
      out.set(`A${top}`, {
        value: 'Posts published in the period — organic vs sponsored',
        style: { bold: true },
      });
      ['Distribution', ...columns.map((c) => c.label)].forEach((label, i) =>
        out.set(`${columnLetter(i + 1)}${top + 1}`, { value: label, style: HEADER }),
      );
      rows.forEach((r, i) => {
        const row = top + 2 + i;
        out.set(`A${row}`, { value: r.label });
        columns.forEach((c, j) => {
          const agg = c.agg(r.where);
          const a1 = `${columnLetter(j + 2)}${row}`;
          const fmt = FORMATS[c.unit];
          if (missingFor(agg, ctx).length)
            out.set(a1, { value: '', note: `No data yet: ${missingFor(agg, ctx).join('; ')}.` });
          else out.set(a1, { formula: metricFormula(agg, ctx, CURRENT), ...(fmt ? { format: fmt } : {}) });
        });
      });
      out.protect(
        `B${top + 2}:${columnLetter(columns.length + 1)}${top + 1 + rows.length}`,
        'Computed from the posts tab',
      );
    },
  };
}

/** Where the per-row helper columns live (row r of the helper ↔ row r of the posts tab). */
// Far right of the trend block's working columns, away from what a stakeholder reads.
export const HELPER_RATE_COLUMN = 78; // BZ
export const HELPER_KEY_COLUMN = 79; // CA

/**
 * Top posts by organic engagement rate. A helper column holds each qualifying post row's rate
 * (LinkedIn's formula, so it reproduces the rates LinkedIn reports); LARGE + MATCH pick the top
 * rows portably. Ties are broken by row: the key adds ROW() × 1e-13, far below float32 precision.
 */
export function topPostsSection(platformName: string, count = 10): Section {
  return {
    height: () => count + 2,
    write(out, ctx, top) {
      out.set(`A${top}`, {
        value: `Top ${count} posts by engagement rate (organic, published in the period)`,
        style: { bold: true },
      });
      const labels = [
        'Post',
        'Published',
        'Organic impressions',
        'Organic engagement rate',
        'Sponsored impressions',
        'Total impressions',
        'Link',
        'Data row',
      ];
      labels.forEach((label, i) =>
        out.set(`${columnLetter(i + 1)}${top + 1}`, { value: label, style: HEADER }),
      );
      const needed = [
        'published_at',
        'platform',
        'distribution',
        'title',
        'url',
        'impressions',
        'clicks',
        'reactions',
        'comments',
        'shares',
        'follows',
      ];
      const missing = needed.filter((c) => !columnRange(ctx, 'posts', c));
      const tab = ctx.schema.tabs[POSTS_TAB];
      if (!tab || missing.length) {
        out.set(`A${top + 2}`, {
          value: tab
            ? `The posts tab lacks ${missing.join(', ')} — re-import a LinkedIn content export.`
            : 'Import a LinkedIn Page content export to list top posts.',
          style: { italic: true },
        });
        return;
      }
      const lastDataRow = Math.max(tab.rows, 1) + 1;
      const P = quoteSheet(POSTS_TAB);
      const colOf = (c: string) => columnLetter(tab.columns.indexOf(c) + 1);
      const rateL = columnLetter(HELPER_RATE_COLUMN);
      const keyL = columnLetter(HELPER_KEY_COLUMN);
      out.set(`${rateL}1`, { value: 'helper: organic post engagement rate', style: HEADER });
      out.set(`${keyL}1`, { value: 'helper: rank key', style: HEADER });
      out.helper(`${rateL}1:${keyL}${lastDataRow}`);
      const rate = missingFor(linkedinRate([]), ctx).length === 0;
      // One fill-down per helper column (plan size independent of the data): R1C1, the posts-tab
      // cell of the same row is RC<n>; R5C2/R6C2 are the period cells $B$5/$B$6.
      const same = (c: string) => `${P}!RC${tab.columns.indexOf(c) + 1}`;
      const inPeriod = `AND(N(${same('published_at')})>=R5C2,N(${same('published_at')})<R6C2+1,${same('platform')}="${platformName}",${same('distribution')}="organic")`;
      const value = rate ? rowEngagementRate(ctx, same) : '""';
      const rows = (l: string) => `${l}2:${l}${lastDataRow}`;
      out.fill({ range: rows(rateL), formulaR1C1: `=IF(${inPeriod},${value},"")` });
      const left = `RC[${HELPER_RATE_COLUMN - HELPER_KEY_COLUMN}]`;
      out.fill({
        range: rows(keyL),
        formulaR1C1: `=IF(ISNUMBER(${left}),${left}+ROW()*0.0000000000001,"")`,
      });
      const keys = `$${keyL}$2:$${keyL}$${lastDataRow}`;
      for (let k = 1; k <= count; k++) {
        const row = top + 1 + k;
        const H = `$H${row}`;
        out.set(`H${row}`, { formula: `=IFERROR(MATCH(LARGE(${keys},${k}),${keys},0)+1,"")` });
        const pick = (c: string) => `IF(${H}="","",INDEX(${P}!$${colOf(c)}:$${colOf(c)},${H}))`;
        out.set(`A${row}`, { formula: `=${pick('title')}` });
        out.set(`B${row}`, { formula: `=${pick('published_at')}`, format: 'yyyy-mm-dd' });
        out.set(`C${row}`, { formula: `=${pick('impressions')}`, format: '#,##0' });
        out.set(`D${row}`, { formula: `=IF(${H}="","",INDEX($${rateL}:$${rateL},${H}))`, format: '0.00%' });
        const url = columnRange(ctx, 'posts', 'url');
        const dist = columnRange(ctx, 'posts', 'distribution');
        const imp = columnRange(ctx, 'posts', 'impressions');
        out.set(`E${row}`, {
          // A post without a link has no sponsored rows we could match (a "" criterion would match them all).
          formula: `=IF(${H}="","",IF(INDEX(${url},${H})="",0,SUMIFS(${imp},${url},${exactRef(`INDEX(${url},${H})`)},${dist},"sponsored")))`,
          format: '#,##0',
        });
        out.set(`F${row}`, { formula: `=IF(${H}="","",N(C${row})+N(E${row}))`, format: '#,##0' });
        out.set(`G${row}`, { formula: `=${pick('url')}` });
      }
      out.protect(`A${top + 2}:H${top + 1 + count}`, 'Top posts: computed from the posts tab');
      out.protect(`${rateL}1:${keyL}${lastDataRow}`, 'Helper columns for the top-posts table');
    },
  };
}

/** LinkedIn engagement rate of one posts-tab row (the registry twin over that row's cells). */
function rowEngagementRate(ctx: FormulaCtx, ref: (column: string) => string): string {
  return kpiCall(
    ctx,
    'LINKEDIN_ENGAGEMENT_RATE',
    ['clicks', 'reactions', 'comments', 'shares', 'impressions', 'follows'].map(ref),
  );
}
