import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * LinkedIn Page followers export (inferred): same workbook style as Content; `New followers` per
 * day (sponsored / organic / auto-invited / total) plus demographic sheets, which have no place
 * in the daily model and are reported as not imported.
 */
export const linkedinPageFollowers: FormatDef = {
  id: 'linkedin-page-followers',
  name: 'LinkedIn Page — Followers',
  platform: 'linkedin',
  description:
    'LinkedIn Page analytics, Followers export: new followers per day (demographic sheets are listed, not imported).',
  evidence: 'inferred',
  fileName: /follower/i,
  sections: [
    {
      id: 'new-followers',
      table: 'daily',
      sheet: /new followers|followers|seguidores/i,
      signature: ['date', 'new_followers', 'organic_followers|sponsored_followers'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha']),
        col('sponsored_followers', ['Sponsored followers', 'Seguidores patrocinados'], 'count'),
        col(
          'organic_followers',
          ['Organic followers', 'Seguidores orgânicos', 'Seguidores orgánicos'],
          'count',
        ),
        col('auto_invited_followers', ['Auto-invited followers'], 'count'),
        col('new_followers', ['Total followers', 'New followers (total)', 'Total de seguidores']),
      ],
    },
  ],
  notImported: [
    {
      sheet: /^(location|job function|seniority|industry|company size)$/i,
      reason: 'follower demographics (no table in the canonical model)',
    },
  ],
};
