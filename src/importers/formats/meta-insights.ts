import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * Meta per-metric insights export (seen in copies): UTF-16LE + BOM, `sep=,`, then the metric title
 * (`"Views"`), then `"Date","Primary"` and one row per day. The title picks the target column.
 * 2023 layout (seen, ../shared/EXPORTS.md): one title line per section (`"Facebook Page reach"`),
 * then `"Date","Facebook Page reach"` — the value column is named by the title — and an Instagram
 * section under it in the same file. The section's title says the platform, so the two are kept apart.
 */
const reach = { to: 'reach' };
export const metaInsights: FormatDef = {
  id: 'meta-insights',
  name: 'Meta — per-metric insights',
  platform: 'meta',
  description:
    'Meta Business Suite insights export for one metric (Views, Reach, Follows, …) per day, also the 2023 layout with Facebook and Instagram sections.',
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
          views: { to: 'views' },
          impressions: { to: 'impressions' },
          reach,
          'facebook reach': { to: 'reach', platform: 'facebook' },
          'instagram reach': { to: 'reach', platform: 'instagram' },
          follows: { to: 'new_followers' },
          'new follows': { to: 'new_followers' },
          unfollows: { to: 'lost_followers' },
          'profile visits': { to: 'profile_views' },
          visits: { to: 'profile_views' },
          'link clicks': { to: 'clicks' },
          interactions: { to: 'interactions' },
          'content interactions': { to: 'interactions' },
        },
      },
      columns: [col('date', ['Date', 'Data', 'Fecha']), col('primary', ['Primary', 'Principal'], 'number')],
    },
    {
      id: 'metric-2023',
      table: 'daily',
      signature: ['date'],
      dates: 'iso',
      percent: 'fraction',
      constants: { platform: 'meta' },
      titledSections: true,
      metricFromTitle: {
        column: 'primary',
        titles: {
          'facebook page reach': { to: 'reach', platform: 'facebook' },
          'facebook page visits': { to: 'profile_views', platform: 'facebook' },
          'facebook page likes': { to: 'new_followers', platform: 'facebook' },
          'facebook page new likes': { to: 'new_followers', platform: 'facebook' },
          'instagram reach': { to: 'reach', platform: 'instagram' },
          'instagram profile visits': { to: 'profile_views', platform: 'instagram' },
          'instagram followers': { to: 'new_followers', platform: 'instagram' },
          'instagram new followers': { to: 'new_followers', platform: 'instagram' },
        },
      },
      columns: [col('date', ['Date', 'Data', 'Fecha'])],
    },
  ],
};
