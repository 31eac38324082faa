import type { FormatDef } from '../types';
import { LINKEDIN_POST_ID, col } from './helpers';

/**
 * LinkedIn personal creator analytics (partly seen): XLSX with DISCOVERY, ENGAGEMENT, TOP POSTS,
 * FOLLOWERS, DEMOGRAPHICS. TOP POSTS holds two ranked tables side by side (by engagements, by
 * impressions) under two preamble rows; rows of one post merge by URL. Dates are M/D/YYYY text.
 */
export const linkedinCreator: FormatDef = {
  id: 'linkedin-creator',
  name: 'LinkedIn creator analytics',
  platform: 'linkedin',
  description:
    'LinkedIn personal profile (creator) analytics: daily impressions/engagements, new followers, top posts.',
  evidence: 'partly seen',
  fileName: /content_|creator|aggregate/i,
  sections: [
    {
      id: 'engagement',
      table: 'daily',
      sheet: /^engagement$/i,
      signature: ['date', 'impressions', 'engagements'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin', account: 'personal' },
      columns: [
        col('date', ['Date']),
        col('impressions', ['Impressions']),
        col('engagements', ['Engagements'], 'count'),
      ],
    },
    {
      id: 'followers',
      table: 'daily',
      sheet: /^followers$/i,
      signature: ['date', 'new_followers'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin', account: 'personal' },
      columns: [col('date', ['Date']), col('new_followers', ['New followers'])],
    },
    {
      id: 'top-posts',
      table: 'posts',
      sheet: /^top posts$/i,
      signature: ['url', 'published_at', 'engagements|impressions'],
      dates: 'mdy',
      percent: 'fraction',
      sideBySide: true,
      constants: { platform: 'linkedin' },
      derive: [{ to: 'post_id', from: 'url', pattern: LINKEDIN_POST_ID }],
      requireAny: ['url'],
      columns: [
        col('url', ['Post URL']),
        col('published_at', ['Post publish date']),
        col('engagements', ['Engagements']),
        col('impressions', ['Impressions']),
      ],
    },
  ],
  notImported: [
    { sheet: /^discovery$/i, reason: 'period totals only (the daily numbers come from ENGAGEMENT)' },
    { sheet: /^demographics$/i, reason: 'audience demographics (no table in the canonical model)' },
  ],
};
