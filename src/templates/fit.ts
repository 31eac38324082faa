/**
 * What the sidebar tells the user before a KPI tab is made: the template that fits the imported
 * data, and whether the data covers the period and its comparison (the same rule the tab applies).
 */
import { TABLES } from '../model/schema';
import { comparePeriod, defaultPeriod, periodDays, type CompareMode } from './period';
import type { DataTabSchema } from './plan';

/** The share of a window's days the data must cover before a change is shown (the tab's B10 default). */
export const COVERAGE_SHARE = 0.9;

/**
 * Several platforms → the overview; LinkedIn page data → the LinkedIn Page tab; campaigns alone →
 * the ads tab; GA4 alone → growth; otherwise the first template.
 */
export function fittingTemplate(schema: DataTabSchema): string {
  const tab = (t: keyof typeof TABLES) => schema.tabs[TABLES[t].tab];
  const platforms = new Set(
    (['posts', 'daily', 'campaigns'] as const).flatMap((t) =>
      (tab(t)?.platforms ?? []).map((p) => p.toLowerCase()),
    ),
  );
  const page = (['posts', 'daily'] as const).some((t) => (tab(t)?.rows ?? 0) > 0);
  if (platforms.size > 1) return 'social-overview';
  if (page) return 'linkedin-page';
  if ((tab('campaigns')?.rows ?? 0) > 0) return 'linkedin-ads';
  if ((tab('web')?.rows ?? 0) > 0) return 'growth';
  return 'linkedin-page';
}

function covered(from: string, to: string, range: { first: string; last: string }): number {
  const a = from > range.first ? from : range.first;
  const b = to < range.last ? to : range.last;
  return b < a ? 0 : periodDays(a, b);
}

/**
 * A warning when the data covers less than COVERAGE_SHARE of the period's or the comparison's days,
 * else null. An empty period means the tab's default (the last full 28 days in the data).
 */
export function coverageWarning(
  range: { first: string; last: string },
  period: { start?: string; end?: string },
  compare: CompareMode,
): string | null {
  const d = defaultPeriod([range.last]);
  const start = period.start || d.start;
  const end = period.end || d.end;
  if (end < start) return null;
  const c = comparePeriod(start, end, compare);
  for (const [what, from, to] of [
    ['The period', start, end],
    ['The comparison period', c.start, c.end],
  ] as const) {
    const days = periodDays(from, to);
    const n = covered(from, to, range);
    if (n < COVERAGE_SHARE * days)
      return `${what} (${from} – ${to}) has data on ${n} of its ${days} days: the tab will show no change, and say why.`;
  }
  return null;
}
