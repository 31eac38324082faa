import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * X (Twitter) post exports, one row per post:
 * - tweet activity (seen, 2015): one header line, every field quoted, `time` as
 *   `2015-09-30 18:42 +0000`, numbers like `"424.0"`, engagement rate a fraction, promoted columns
 *   `-` when the tweet was not promoted (kept as extra columns, blank). Re-saved by Excel (seen,
 *   EXPORTS.md): unquoted, ids rounded to `6.49E+17` (the id survives in `Tweet permalink`), time
 *   `01-29-2016 0:00`.
 * - the 2024+ post export `account_analytics_content_<from>_<to>.csv` (seen, EXPORTS.md):
 *   `Post id,Date,Post text,Link,Impressions,Likes,Engagements,Bookmarks,Share,New follows,Replies,
 *   Reposts,Profile visits,Detail expands,Url clicks,Hashtag clicks,Permalink clicks`, dates
 *   `Mon Feb 17 2025`, several posts per day. X counts DM/link `Share` apart from `Reposts`.
 */
export const xTweetActivity: FormatDef = {
  id: 'x-tweet-activity',
  name: 'X (Twitter) — tweet activity',
  platform: 'x',
  description:
    'X / Twitter analytics tweet activity export: one row per tweet with impressions and engagements.',
  evidence: 'seen',
  fileName: /tweet_activity|tweet|account_analytics_content/i,
  sections: [
    {
      id: 'tweets',
      table: 'posts',
      signature: ['post_id', 'url', 'impressions'],
      dates: 'iso',
      percent: 'fraction',
      constants: { platform: 'x', post_type: 'tweet' },
      requireAny: ['post_id'],
      repairId: { to: 'post_id', from: 'url', pattern: /\/status(?:es)?\/(\d{6,})/ },
      columns: [
        col('post_id', ['Tweet id', 'Post id']),
        col('url', ['Tweet permalink', 'Post permalink', 'Link']),
        col('title', ['Tweet text', 'Post text']),
        col('published_at', ['time', 'Date']),
        col('impressions', ['impressions']),
        col('engagements', ['engagements']),
        col('bookmarks', ['Bookmarks'], 'count'),
        col('link_shares', ['Share'], 'count'),
        col('profile_visits', ['Profile visits'], 'count'),
        col('engagement_rate_reported', ['engagement rate']),
        col('shares', ['retweets', 'reposts']),
        col('comments', ['replies']),
        col('reactions', ['favorites', 'likes']),
        col('clicks', ['url clicks']),
        col('follows', ['follows', 'New follows']),
        col('views', ['media views']),
        // Known extras, kept under their own names (and counted as evidence).
        ...[
          'user profile clicks',
          'hashtag clicks',
          'detail expands',
          'permalink clicks',
          'app opens',
          'app installs',
          'email tweet',
          'dial phone',
          'media engagements',
        ].map((h) => col(h.replace(/ /g, '_'), [h], 'count')),
        ...[
          'impressions',
          'engagements',
          'retweets',
          'replies',
          'favorites',
          'likes',
          'user profile clicks',
          'url clicks',
          'hashtag clicks',
          'detail expands',
          'permalink clicks',
          'app opens',
          'app installs',
          'follows',
          'email tweet',
          'dial phone',
          'media views',
          'media engagements',
        ].map((h) => col(`promoted_${h.replace(/ /g, '_')}`, [`promoted ${h}`], 'count')),
        col('promoted_engagement_rate', ['promoted engagement rate'], 'percent'),
      ],
    },
  ],
};
