/**
 * LinkedIn Page: page-level daily metrics (impressions, unique impressions, clicks, reactions …)
 * when the daily tab has LinkedIn rows, else the same totals from posts (Organic + Sponsored
 * rows, never Total); followers read at the period's ends; post split and top posts below.
 */
import { buildPlan } from './layout';
import { splitSection, topPostsSection } from './post-sections';
import { at, first, input, kpi, ne, platform, sum } from './recipes';
import type { DataTabSchema } from './plan';
import type { Agg, KpiTemplate, Metric, TabSpec } from './types';

const LI = platform('linkedin');
const DAILY = [LI];
const POSTS = [LI, ne('distribution', 'total')];
const d = (c: string) => sum('daily', c, DAILY);
const p = (c: string) => sum('posts', c, POSTS);
/** Daily page metric when imported, else the posts' sum. */
const total = (daily: string, posts: string): Agg => first(d(daily), p(posts));

/**
 * LinkedIn exports new followers per day but no running total: the user may type the opening
 * count, and the end is that plus the period's new followers. An imported total wins.
 */
const followersStart: Agg = {
  kind: 'coalesce',
  options: [at('daily', 'followers_total', 'start', DAILY), input('followers_start')],
};
const followersEnd: Agg = {
  kind: 'coalesce',
  options: [
    at('daily', 'followers_total', 'end', DAILY),
    { kind: 'typedPlus', id: 'followers_start', plus: d('new_followers') },
  ],
};

const metrics: Metric[] = [
  {
    key: 'IMPRESSIONS',
    label: 'Impressions',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: total('impressions', 'impressions'),
  },
  {
    key: 'UNIQUE_IMPRESSIONS',
    label: 'Reach (unique impressions)',
    unit: 'count',
    higherIsBetter: true,
    expr: total('unique_impressions', 'reach'),
    note: 'Sum of daily unique impressions: people seen on several days count once per day.',
  },
  { key: 'CLICKS', label: 'Clicks', unit: 'count', higherIsBetter: true, expr: total('clicks', 'clicks') },
  {
    key: 'CTR',
    label: 'Click-through rate',
    unit: 'percent',
    higherIsBetter: true,
    headline: true,
    expr: first(kpi('CTR', d('clicks'), d('impressions')), kpi('CTR', p('clicks'), p('impressions'))),
  },
  {
    key: 'REACTIONS',
    label: 'Reactions',
    unit: 'count',
    higherIsBetter: true,
    expr: total('reactions', 'reactions'),
  },
  {
    key: 'COMMENTS',
    label: 'Comments',
    unit: 'count',
    higherIsBetter: true,
    expr: total('comments', 'comments'),
  },
  { key: 'REPOSTS', label: 'Reposts', unit: 'count', higherIsBetter: true, expr: total('shares', 'shares') },
  {
    key: 'ENGAGEMENT_RATE',
    label: 'Engagement rate (LinkedIn)',
    unit: 'percent',
    higherIsBetter: true,
    headline: true,
    note: 'LinkedIn: (clicks + reactions + comments + reposts + follows) ÷ impressions, pooled over the period. Page-level daily data has no per-post follows.',
    expr: first(
      kpi(
        'LINKEDIN_ENGAGEMENT_RATE',
        d('clicks'),
        d('reactions'),
        d('comments'),
        d('shares'),
        d('impressions'),
      ),
      kpi(
        'LINKEDIN_ENGAGEMENT_RATE',
        p('clicks'),
        p('reactions'),
        p('comments'),
        p('shares'),
        p('impressions'),
        p('follows'),
      ),
    ),
  },
  {
    key: 'FOLLOWS',
    label: 'New followers',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: total('new_followers', 'follows'),
  },
  {
    key: 'FOLLOWERS',
    label: 'Followers at period end',
    unit: 'count',
    higherIsBetter: true,
    expr: followersEnd,
    note: 'The imported follower total on the last day, else the typed opening count + new followers.',
  },
  {
    key: 'FOLLOWER_GROWTH',
    label: 'Follower growth rate',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('FOLLOWER_GROWTH_RATE', followersStart, followersEnd),
    note: 'Followers at the period’s start vs its end (a running total: read, never summed).',
  },
];

function spec(_schema: DataTabSchema): TabSpec {
  return {
    id: 'linkedin-page',
    title: 'LinkedIn Page KPIs',
    description:
      'Company page reach, clicks and engagement for the period, compared with the comparison period.',
    inputs: [
      {
        id: 'followers_start',
        label: 'Followers at period start (if no follower totals are imported)',
        unit: 'count',
        note: 'LinkedIn exports new followers per day, not the total: type the count shown on your page at the period start.',
      },
    ],
    metrics,
  };
}

export const linkedinPage: KpiTemplate = {
  id: 'linkedin-page',
  name: 'LinkedIn Page',
  description:
    'Impressions, clicks, CTR, engagement rate, followers and top posts of a LinkedIn company page.',
  spec,
  build: (schema, options) =>
    buildPlan(spec(schema), schema, options, [splitSection(LI), topPostsSection('linkedin')]),
};
