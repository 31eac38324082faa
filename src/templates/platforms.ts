/**
 * Platforms as a tab names them, and the one rule every platform is counted by. Ids are the
 * importers' `platform` constants (src/importers/formats/*); names are each brand's own spelling.
 */
import { eq, first, ne, sum } from './recipes';
import type { Agg } from './types';

const NAMES: Record<string, string> = {
  linkedin: 'LinkedIn',
  x: 'X',
  instagram: 'Instagram',
  facebook: 'Facebook',
  meta: 'Meta',
  youtube: 'YouTube',
  tiktok: 'TikTok',
  'google-analytics': 'Google Analytics',
};

export const platformName = (id: string): string => NAMES[id.toLowerCase()] ?? id;

/**
 * A platform's Σ column: its daily page metrics when it has that column there, else its posts
 * (Total rows of boosted posts left out), else its ad campaigns.
 */
export const platformSum = (column: string, p: string): Agg =>
  first(
    sum('daily', column, [eq('platform', p)]),
    sum('posts', column, [eq('platform', p), ne('distribution', 'total')]),
    sum('campaigns', column, [eq('platform', p)]),
  );
