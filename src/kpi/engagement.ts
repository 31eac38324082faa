/** Engagement KPIs: engagement rates (generic, LinkedIn, averaged), Kaushik's rates, video and stories. */
import type { KpiDef } from './types';
import { defineElement, ratio } from './define';
import { base, count } from './params';
import { blankIf, blankOrZeroTerms } from './twin-formula';
import { avgEngagementRate } from './avg-engagement-rate';

const family = 'engagement';
const note = (num: string, den: string, extra = '') =>
  `Blank or zero ${den} → blank (no data). Blank ${num} counts as 0, as in Sheets arithmetic; negative counts are allowed (LinkedIn reports withdrawn sponsored reactions as negatives). Negative ${den} → error.${extra ? ' ' + extra : ''}`;
const SCHOOLS =
  'Two schools: per follower (Hootsuite; pass followers) or per post (Avinash Kaushik; pass the number of posts).';

export const ENGAGEMENT: KpiDef[] = [
  ratio({
    name: 'ENGAGEMENT_RATE',
    family,
    summary: 'Engagement rate: total engagements per impression, reach or follower.',
    unit: 'percent',
    num: count(
      'engagements',
      'Engagement counts; a multi-column range (likes, comments, shares …) is added per row.',
      {
        rowSum: true,
      },
    ),
    den: base('base', 'Impressions (LinkedIn, X), reach (Meta/Instagram) or followers.'),
    source: 'LinkedIn and X: engagements ÷ impressions; Meta/Instagram: ÷ reach; some guides: ÷ followers.',
    example: { call: '=ENGAGEMENT_RATE({30,5,3}, 1000)', result: '0.038' },
    notes: note('engagements', 'base', 'Columns of engagements are added per row, blanks as 0 (SUM).'),
  }),
  defineElement({
    name: 'LINKEDIN_ENGAGEMENT_RATE',
    family,
    summary:
      'LinkedIn Page engagement rate: (clicks + reactions + comments + reposts + follows) / impressions.',
    formula: '(clicks + reactions + comments + reposts + follows) / impressions',
    unit: 'percent',
    params: [
      count('clicks', 'Clicks on the post.'),
      count('reactions', 'Reactions (likes, celebrates …).'),
      count('comments', 'Comments.'),
      count('reposts', 'Reposts (shares).'),
      base('impressions', 'Impressions.'),
      count('follows', 'Follows from the post (optional; sponsored only, blank on organic posts).', {
        optional: true,
      }),
    ],
    cell: (v) => (v[4] === 0 ? '' : (v[0] + v[1] + v[2] + v[3] + v[5]) / v[4]),
    twin: (a) =>
      blankIf(blankOrZeroTerms(a[4].ref!), `(${a[0].n}+${a[1].n}+${a[2].n}+${a[3].n}+${a[5].n})/${a[4].v}`),
    source:
      'LinkedIn Page analytics help: engagement rate = (clicks + reactions + comments + reposts + follows) ÷ impressions.',
    example: { call: '=LINKEDIN_ENGAGEMENT_RATE(40, 25, 5, 2, 2000, 8)', result: '0.04' },
    notes: note(
      'counts (and follows)',
      'impressions',
      'follows defaults to 0: LinkedIn exports leave it blank on organic posts and the API omits it.',
    ),
  }),
  avgEngagementRate(family),
  ratio({
    name: 'AMPLIFICATION_RATE',
    family,
    summary: 'Amplification rate: shares per follower (or per post).',
    unit: 'percent',
    num: count('shares', 'Shares / reposts / retweets.'),
    den: base('base', 'Followers (Hootsuite) or number of posts (Kaushik).'),
    source: 'Avinash Kaushik, "Best social media metrics" (2011); Hootsuite.',
    example: { call: '=AMPLIFICATION_RATE(12, 4000)', result: '0.003' },
    notes: note('shares', 'base', SCHOOLS),
  }),
  ratio({
    name: 'APPLAUSE_RATE',
    family,
    summary: 'Applause rate: likes / reactions per follower (or per post).',
    unit: 'percent',
    num: count('likes', 'Likes / reactions / favourites.'),
    den: base('base', 'Followers (Hootsuite) or number of posts (Kaushik).'),
    source: 'Avinash Kaushik, "Best social media metrics" (2011); Hootsuite.',
    example: { call: '=APPLAUSE_RATE(90, 4000)', result: '0.0225' },
    notes: note('likes', 'base', SCHOOLS),
  }),
  ratio({
    name: 'CONVERSATION_RATE',
    family,
    summary: 'Conversation rate: comments per follower (or per post).',
    unit: 'percent',
    num: count('comments', 'Comments / replies.'),
    den: base('base', 'Followers (Hootsuite) or number of posts (Kaushik).'),
    source: 'Avinash Kaushik, "Best social media metrics" (2011); Hootsuite.',
    example: { call: '=CONVERSATION_RATE(20, 4000)', result: '0.005' },
    notes: note('comments', 'base', SCHOOLS),
  }),
  ratio({
    name: 'VIRALITY_RATE',
    family,
    summary: 'Virality rate: shares per impression.',
    unit: 'percent',
    num: count('shares', 'Shares / reposts.'),
    den: base('impressions', 'Impressions.'),
    source: 'Hootsuite / Sprout Social: virality rate = shares ÷ impressions.',
    example: { call: '=VIRALITY_RATE(15, 6000)', result: '0.0025' },
    notes: note('shares', 'impressions'),
  }),
  ratio({
    name: 'VIDEO_VIEW_RATE',
    family,
    summary: 'Video view rate: views per impression.',
    unit: 'percent',
    num: count('views', 'Video views (LinkedIn: 2 s with at least 50 % on screen).'),
    den: base('impressions', 'Impressions of the video post.'),
    source: 'LinkedIn video analytics / Google Ads view rate: views ÷ impressions.',
    example: { call: '=VIDEO_VIEW_RATE(450, 3000)', result: '0.15' },
    notes: note(
      'views',
      'impressions',
      'Each platform defines a "view" differently; compare like with like.',
    ),
  }),
  ratio({
    name: 'VIDEO_COMPLETION_RATE',
    family,
    summary: 'Video completion rate: completions per view.',
    unit: 'percent',
    num: count('completions', 'Views to 97–100 % (LinkedIn "completions").'),
    den: base('views', 'Video views.'),
    source: 'LinkedIn video analytics: completions ÷ views.',
    example: { call: '=VIDEO_COMPLETION_RATE(90, 450)', result: '0.2' },
    notes: note('completions', 'views'),
  }),
  ratio({
    name: 'STORY_COMPLETION_RATE',
    family,
    summary: 'Story completion rate: reach of the last frame over reach of the first.',
    unit: 'percent',
    num: count('last_frame_reach', 'Reach (or views) of the last frame.'),
    den: base('first_frame_reach', 'Reach (or views) of the first frame.'),
    source: 'Instagram/Facebook Stories insights; story views as in the seed list.',
    example: { call: '=STORY_COMPLETION_RATE(640, 800)', result: '0.8' },
    notes: note('last_frame_reach', 'first_frame_reach'),
  }),
  ratio({
    name: 'STORY_EXIT_RATE',
    family,
    summary: 'Story exit rate: exits per impression.',
    unit: 'percent',
    num: count('exits', 'Exits from the story.'),
    den: base('impressions', 'Story impressions.'),
    source: 'Instagram Stories insights: exits ÷ impressions.',
    example: { call: '=STORY_EXIT_RATE(60, 1200)', result: '0.05' },
    notes: note('exits', 'impressions'),
  }),
];
