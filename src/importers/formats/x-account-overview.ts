import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * X account overview (2024+, inferred): one row per day, newest first, dates `"Tue, Aug 25, 2026"`.
 * X counts DM/link `Shares` apart from `Reposts`; reposts are the model's shares.
 */
export const xAccountOverview: FormatDef = {
  id: 'x-account-overview',
  name: 'X — account overview',
  platform: 'x',
  description: 'X analytics account overview export (2024+): daily impressions, engagements, follows.',
  evidence: 'inferred',
  // `account_analytics_content_…` is the post export (x-tweet-activity), not this one.
  fileName: /account_overview|account_analytics(?!_content)|overview/i,
  sections: [
    {
      id: 'overview',
      table: 'daily',
      signature: ['date', 'impressions', 'new_followers|lost_followers'],
      dates: 'text',
      percent: 'fraction',
      constants: { platform: 'x' },
      columns: [
        col('date', ['Date']),
        col('impressions', ['Impressions']),
        col('reactions', ['Likes']),
        col('engagements', ['Engagements'], 'count'),
        col('bookmarks', ['Bookmarks'], 'count'),
        col('link_shares', ['Shares'], 'count'),
        col('new_followers', ['New follows']),
        col('lost_followers', ['Unfollows']),
        col('comments', ['Replies']),
        col('shares', ['Reposts']),
        col('profile_views', ['Profile visits']),
        col('posts_created', ['Create Post'], 'count'),
        col('video_views', ['Video views']),
        col('media_views', ['Media views'], 'count'),
      ],
    },
  ],
};
