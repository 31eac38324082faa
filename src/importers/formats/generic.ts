import type { ColumnRule, FormatDef } from '../types';
import { col } from './helpers';

/**
 * Generic fallback: any CSV/TSV/XLSX table. The header is found by synonyms; which table it feeds
 * follows from the columns (spend → campaigns, post id/link/title → posts, else date → daily).
 * Day/month order is decided from all rows and reported. Confidence stays low so the sidebar asks
 * the user to check the mapping.
 */
const date = col('date', ['Date', 'Day', 'Data', 'Fecha', 'Datum', 'Reporting starts', 'Dia', 'Día']);
const metrics: ColumnRule[] = [
  col('impressions', ['Impressions', 'Impr.', 'Impr', 'Impressions (total)', 'Impressões', 'Impresiones']),
  col('reach', ['Reach', 'Alcance', 'Unique impressions']),
  col('clicks', ['Clicks', 'Link clicks', 'Clicks (total)', 'Cliques', 'Clics']),
  col('reactions', ['Likes', 'Reactions', 'Favorites', 'Curtidas', 'Reações']),
  col('comments', ['Comments', 'Replies', 'Comentários', 'Comentarios']),
  col('shares', ['Shares', 'Reposts', 'Retweets', 'Compartilhamentos']),
];

export const generic: FormatDef = {
  id: 'generic',
  name: 'Generic table',
  platform: 'generic',
  description: 'Any CSV/TSV/XLSX table with a header row: columns mapped by common names; check the mapping.',
  evidence: 'inferred',
  sections: [
    {
      id: 'generic-campaigns',
      table: 'campaigns',
      signature: ['campaign|campaign_id', 'spend'],
      dates: 'auto',
      percent: 'auto',
      dropRows: [
        { to: 'campaign', pattern: /^(grand )?total$/i, reason: 'total row (the sum of the other rows)' },
      ],
      columns: [
        date,
        col('account', ['Account', 'Account name', 'Ad account']),
        col('campaign', ['Campaign', 'Campaign name', 'Campaign Name']),
        col('campaign_id', ['Campaign ID', 'Campaign id']),
        col('creative', ['Ad', 'Ad name', 'Creative', 'Creative name']),
        col('currency', ['Currency']),
        col('spend', [
          'Spend',
          'Amount spent',
          'Amount spent (USD)',
          'Amount spent (EUR)',
          'Total spent',
          'Cost',
          'Ad spend',
        ]),
        ...metrics.filter((m) => ['impressions', 'reach', 'clicks'].includes(m.to)),
        col('conversions', ['Conversions', 'Results', 'Purchases']),
        col('leads', ['Leads']),
        col('video_views', ['Video views', 'Video plays']),
      ],
    },
    {
      id: 'generic-posts',
      table: 'posts',
      signature: ['post_id|url|title', 'impressions|reach|views|reactions|clicks'],
      dates: 'auto',
      percent: 'auto',
      requireAny: ['post_id', 'url', 'title'],
      dropRows: [
        { to: 'title', pattern: /^(grand )?total$/i, reason: 'total row (the sum of the other rows)' },
      ],
      columns: [
        col('post_id', ['Post ID', 'ID', 'Post id']),
        col('url', ['URL', 'Link', 'Permalink', 'Post link', 'Post URL']),
        col('title', ['Title', 'Post', 'Text', 'Message', 'Caption', 'Post title']),
        col('published_at', [
          'Date',
          'Published',
          'Publish time',
          'Posted',
          'Created',
          'Published at',
          'Publish date',
        ]),
        col('post_type', ['Type', 'Post type', 'Content type']),
        col('views', ['Views', 'Video views', 'Plays']),
        col('saves', ['Saves', 'Bookmarks']),
        col('follows', ['Follows']),
        col('engagements', ['Engagements', 'Interactions']),
        col('engagement_rate_reported', ['Engagement rate', 'ER'], 'percent'),
        col('ctr_reported', ['CTR', 'Click-through rate'], 'percent'),
        ...metrics,
      ],
    },
    {
      id: 'generic-daily',
      table: 'daily',
      signature: [
        'date',
        'impressions|reach|clicks|reactions|video_views|new_followers|followers_total|profile_views',
      ],
      dates: 'auto',
      percent: 'auto',
      dropRows: [
        { to: 'date', pattern: /^(grand )?total$/i, reason: 'total row (the sum of the other rows)' },
      ],
      columns: [
        date,
        ...metrics,
        col('followers_total', ['Followers', 'Total followers', 'Followers (total)']),
        col('new_followers', ['New followers', 'New follows', 'Follows']),
        col('lost_followers', ['Unfollows', 'Lost followers']),
        col('profile_views', ['Profile views', 'Profile visits', 'Page views']),
        col('video_views', ['Video views', 'Views']),
      ],
    },
  ],
};
