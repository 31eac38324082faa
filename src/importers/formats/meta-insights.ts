import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * Meta per-metric insights export (seen in copies): UTF-16LE + BOM, `sep=,`, then the metric title
 * (`"Views"`), then `"Date","Primary"` and one row per day. The title picks the target column.
 */
export const metaInsights: FormatDef = {
  id: 'meta-insights',
  name: 'Meta — per-metric insights',
  platform: 'meta',
  description: 'Meta Business Suite insights export for one metric (Views, Reach, Follows, …) per day.',
  evidence: 'seen',
  sections: [
    {
      id: 'metric',
      table: 'daily',
      signature: ['date', 'primary'],
      dates: 'iso',
      percent: 'fraction',
      constants: { platform: 'meta' },
      metricFromTitle: {
        column: 'primary',
        titles: {
          views: 'views',
          impressions: 'impressions',
          reach: 'reach',
          'facebook reach': 'reach',
          'instagram reach': 'reach',
          follows: 'new_followers',
          'new follows': 'new_followers',
          unfollows: 'lost_followers',
          'profile visits': 'profile_views',
          visits: 'profile_views',
          'link clicks': 'clicks',
          interactions: 'interactions',
          'content interactions': 'interactions',
        },
      },
      columns: [col('date', ['Date', 'Data', 'Fecha']), col('primary', ['Primary', 'Principal'], 'number')],
    },
  ],
};
