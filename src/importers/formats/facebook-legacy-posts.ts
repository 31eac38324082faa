import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * Facebook Insights legacy post export (seen, 2015): header row, then a row of descriptions, then
 * data. `Lifetime Post Stories by action type` appears several times; only the description
 * (ending in `share` / `like` / `comment`) tells the copies apart. `Posted` is M/D/YYYY H:MM AM/PM.
 */
export const facebookLegacyPosts: FormatDef = {
  id: 'facebook-legacy-posts',
  name: 'Facebook Insights — legacy post export',
  platform: 'facebook',
  description: 'Facebook Page Insights "Post data" export (pre-2020 layout with a description row).',
  evidence: 'seen',
  fileName: /facebook|insights/i,
  sections: [
    {
      id: 'post-data',
      table: 'posts',
      signature: ['post_id', 'published_at', 'reach'],
      descriptionRow: true,
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'facebook' },
      requireAny: ['post_id'],
      columns: [
        col('post_id', ['Post ID']),
        col('url', ['Permalink']),
        col('title', ['Post Message']),
        col('post_type', ['Type']),
        col('published_at', ['Posted']),
        col('reach', ['Lifetime Post Total Reach']),
        col('impressions', ['Lifetime Post Total Impressions']),
        col('engagements', ['Lifetime Engaged Users']),
        col('clicks', ['Lifetime Post Consumptions']),
        col('shares', [
          'Lifetime Post Stories by action type: share',
          'Lifetime Talking About This (Post) by action type: share',
        ]),
        col('reactions', [
          'Lifetime Post Stories by action type: like',
          'Lifetime Talking About This (Post) by action type: like',
        ]),
        col('comments', [
          'Lifetime Post Stories by action type: comment',
          'Lifetime Talking About This (Post) by action type: comment',
        ]),
      ],
    },
  ],
};
