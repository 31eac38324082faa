/**
 * Social overview: every imported platform, totals on top and side by side below. Share of
 * voice, response rate and sentiment counts come from input cells (no export carries them);
 * SENTIMENT of pasted comments works only with the add-on functions (it has no native formula).
 */
import { TABLES } from '../model/schema';
import { buildPlan } from './layout';
import { platformSection, platformsOf, type PlatformRow } from './platform-section';
import { missingFor } from './formulas';
import { platformSum } from './platforms';
import { add, at, count, first, input, kpi, ne, sum } from './recipes';
import type { DataTabSchema } from './plan';
import type { Agg, Filter, KpiTemplate, Metric, TabSpec } from './types';

const POSTS: Filter[] = [ne('distribution', 'total')];
const d = (c: string, where: Filter[] = []) => sum('daily', c, where);
const engagements = (where: Filter[] = []) =>
  add(d('reactions', where), d('comments', where), d('shares', where));
/** Followers summed over platforms, each read at its own latest date (platforms report on different days). */
const followersAt = (platforms: string[], bound: 'start' | 'end'): Agg =>
  platforms.length
    ? add(...platforms.map((p) => at('daily', 'followers_total', bound, [{ column: 'platform', equals: p }])))
    : at('daily', 'followers_total', bound);

/** Only the recipes the imported data can compute (a platform without the column is left out, not blank). */
function available(schema: DataTabSchema, parts: Agg[]): Agg[] {
  const ctx = { schema, addon: false, inputs: {} };
  return parts.filter((a) => !missingFor(a, ctx).length);
}

/**
 * Σ over every imported platform by the same rule (platformSum: page metrics, else posts, else ads);
 * `only` limits it to platforms that have `with` (a rate's numerator and denominator agree).
 */
function everyPlatform(
  schema: DataTabSchema,
  parts: (p: string) => Agg,
  fallback: Agg,
  withColumn?: string,
): Agg {
  const ps = platformsOf(schema).filter(
    (p) => !withColumn || available(schema, [platformSum(withColumn, p)]).length,
  );
  const all = available(schema, ps.map(parts));
  // No platform column (a generic table): the tabs' own totals.
  return all.length ? add(...all) : fallback;
}

function metrics(schema: DataTabSchema): Metric[] {
  const platforms = schema.tabs[TABLES.daily.tab]?.platforms ?? [];
  const total = (c: string, withColumn?: string) =>
    everyPlatform(schema, (p) => platformSum(c, p), first(d(c), sum('posts', c, POSTS)), withColumn);
  const engaged = (withColumn?: string) =>
    everyPlatform(
      schema,
      (p) => {
        const parts = ['reactions', 'comments', 'shares'].map((c) => platformSum(c, p));
        const known = available(schema, parts);
        // None known: the (missing) reactions recipe, which everyPlatform then leaves out.
        return known.length ? add(...known) : parts[0];
      },
      engagements(),
      withColumn,
    );
  return [
    {
      key: 'REACH',
      label: 'Reach (Σ daily, all platforms)',
      unit: 'count',
      higherIsBetter: true,
      headline: true,
      expr: total('reach'),
      note: 'Each platform’s daily reach (else its posts’ reach) added over days and platforms: a person reached on two days counts twice.',
    },
    {
      key: 'IMPRESSIONS',
      label: 'Impressions (all platforms)',
      unit: 'count',
      higherIsBetter: true,
      headline: true,
      expr: total('impressions'),
      note: 'Each platform’s page metrics, else its posts, else its ads: organic + sponsored where the export has both.',
    },
    {
      key: 'ENGAGEMENTS',
      label: 'Engagements (reactions + comments + shares)',
      unit: 'count',
      higherIsBetter: true,
      expr: engaged(),
    },
    {
      key: 'ENGAGEMENT_RATE',
      label: 'Engagement rate (per impression)',
      unit: 'percent',
      higherIsBetter: true,
      headline: true,
      expr: kpi('ENGAGEMENT_RATE', engaged('impressions'), total('impressions')),
      note: 'Pooled: Σ engagements ÷ Σ impressions over the platforms that report impressions.',
    },
    {
      key: 'FOLLOWERS',
      label: 'Followers at period end (all platforms)',
      unit: 'count',
      higherIsBetter: true,
      expr: followersAt(platforms, 'end'),
    },
    {
      key: 'FOLLOWER_GROWTH',
      label: 'Follower growth rate',
      unit: 'percent',
      higherIsBetter: true,
      expr: kpi('FOLLOWER_GROWTH_RATE', followersAt(platforms, 'start'), followersAt(platforms, 'end')),
    },
    { key: 'VIDEO_VIEWS', label: 'Video views', unit: 'count', higherIsBetter: true, expr: d('video_views') },
    { key: 'STORY_VIEWS', label: 'Story views', unit: 'count', higherIsBetter: true, expr: d('story_views') },
    {
      key: 'SHARE_OF_VOICE',
      label: 'Share of voice',
      unit: 'percent',
      higherIsBetter: true,
      expr: kpi('SHARE_OF_VOICE', input('brand_mentions'), input('competitor_mentions')),
    },
    {
      key: 'RESPONSE_RATE',
      label: 'Response rate',
      unit: 'percent',
      higherIsBetter: true,
      expr: kpi('RESPONSE_RATE', input('responded'), input('received')),
    },
    {
      key: 'NET_SENTIMENT',
      label: 'Net sentiment (−1…1)',
      unit: 'score',
      higherIsBetter: true,
      expr: kpi('NET_SENTIMENT', input('positive'), input('negative'), input('neutral')),
    },
    {
      key: 'SENTIMENT',
      label: 'Sentiment of pasted comments (−1…1)',
      unit: 'score',
      higherIsBetter: true,
      expr: { kind: 'sentiment', column: 'sentiment' },
    },
    {
      key: 'SOCIAL_ROI',
      label: 'Social ROI',
      unit: 'percent',
      higherIsBetter: true,
      expr: kpi(
        'SOCIAL_ROI',
        input('revenue'),
        first(sum('campaigns', 'spend'), input('ad_spend')),
        input('tool_cost'),
        input('labor_cost'),
      ),
      note: 'Ad spend from the campaigns tab when imported, else the input.',
    },
  ];
}

/** Post-level totals of the posts published in the period (Total rows of boosted posts left out). */
const ps = (c: string, p: Filter) => sum('posts', c, [p, ...POSTS]);
const postEngagements = (p: Filter) =>
  add(ps('reactions', p), ps('comments', p), ps('shares', p), ps('saves', p));

/** Rows of the by-platform table (exported for tests and the report). */
export const BY_PLATFORM: PlatformRow[] = [
  // Page metrics, else posts, else ads (platformSum): an X account with posts only is not blank.
  { label: 'Reach (Σ daily)', unit: 'count', agg: (p) => platformSum('reach', p.equals!) },
  { label: 'Impressions', unit: 'count', agg: (p) => platformSum('impressions', p.equals!) },
  { label: 'Engagements', unit: 'count', agg: (p) => engagements([p]) },
  {
    label: 'Engagement rate',
    unit: 'percent',
    agg: (p) => kpi('ENGAGEMENT_RATE', engagements([p]), d('impressions', [p])),
  },
  { label: 'Followers at period end', unit: 'count', agg: (p) => at('daily', 'followers_total', 'end', [p]) },
  {
    label: 'Follower growth rate',
    unit: 'percent',
    agg: (p) =>
      kpi(
        'FOLLOWER_GROWTH_RATE',
        at('daily', 'followers_total', 'start', [p]),
        at('daily', 'followers_total', 'end', [p]),
      ),
  },
  { label: 'Video views', unit: 'count', agg: (p) => d('video_views', [p]) },
  { label: 'Story views', unit: 'count', agg: (p) => d('story_views', [p]) },
  {
    label: 'Posts published',
    unit: 'count',
    agg: (p) => count('posts', [p, ne('distribution', 'total'), ne('distribution', 'sponsored')]),
  },
  { label: 'Post reach (posts published in the period)', unit: 'count', agg: (p) => ps('reach', p) },
  { label: 'Post views', unit: 'count', agg: (p) => ps('views', p) },
  { label: 'Post engagements (reactions + comments + shares + saves)', unit: 'count', agg: postEngagements },
  {
    label: 'Post engagement rate by reach (Meta’s base)',
    unit: 'percent',
    agg: (p) => kpi('ENGAGEMENT_RATE', postEngagements(p), ps('reach', p)),
  },
];

function spec(schema: DataTabSchema): TabSpec {
  return {
    id: 'social-overview',
    title: 'Social media overview',
    description:
      'All imported platforms: reach, impressions, engagement, followers, views; share of voice, response rate, sentiment and ROI from your inputs.',
    inputs: [
      { id: 'brand_mentions', label: 'Brand mentions', unit: 'count', note: 'From your listening tool.' },
      { id: 'competitor_mentions', label: 'Competitor mentions (all competitors)', unit: 'count' },
      { id: 'responded', label: 'Messages / comments answered', unit: 'count' },
      { id: 'received', label: 'Messages / comments received', unit: 'count' },
      { id: 'positive', label: 'Positive mentions', unit: 'count' },
      { id: 'negative', label: 'Negative mentions', unit: 'count' },
      { id: 'neutral', label: 'Neutral mentions', unit: 'count' },
      { id: 'revenue', label: 'Revenue from social', unit: 'currency' },
      { id: 'ad_spend', label: 'Ad spend (used when no campaigns are imported)', unit: 'currency' },
      { id: 'tool_cost', label: 'Tool cost', unit: 'currency' },
      { id: 'labor_cost', label: 'Labor cost', unit: 'currency' },
    ],
    metrics: metrics(schema),
    log: {
      title: 'Comments to score — paste one per row (scored with the add-on SENTIMENT function)',
      rows: 50,
      columns: [
        { name: 'comment', label: 'Comment', unit: 'text' },
        { name: 'sentiment', label: 'SENTIMENT score', unit: 'score', sentimentOf: 'comment' },
      ],
    },
  };
}

export const socialOverview: KpiTemplate = {
  id: 'social-overview',
  name: 'Social media overview',
  description:
    'All platforms side by side: reach, impressions, engagement rate, followers, video and story views, share of voice, sentiment, ROI.',
  spec,
  build: (schema, options) =>
    buildPlan(spec(schema), schema, options, [platformSection(platformsOf(schema), BY_PLATFORM)]),
};
