import type { FormatDef } from '../types';
import { col } from './helpers';

/**
 * LinkedIn Page visitors export (inferred): page views and unique visitors per day by page section
 * and device; the `(total)` columns feed the model, the rest are kept as extra columns.
 */
export const linkedinPageVisitors: FormatDef = {
  id: 'linkedin-page-visitors',
  name: 'LinkedIn Page — Visitors',
  platform: 'linkedin',
  description:
    'LinkedIn Page analytics, Visitors export: page views and unique visitors per day (demographic sheets are listed, not imported).',
  evidence: 'inferred',
  fileName: /visitor/i,
  sections: [
    {
      id: 'visitor-metrics',
      table: 'daily',
      sheet: /visitor metrics|visitors|metrics/i,
      signature: ['date', 'profile_views'],
      dates: 'mdy',
      percent: 'fraction',
      constants: { platform: 'linkedin' },
      columns: [
        col('date', ['Date', 'Data', 'Fecha']),
        col('profile_views', ['Total page views (total)', 'Total page views']),
        col('unique_visitors', ['Total unique visitors (total)', 'Total unique visitors'], 'count'),
      ],
    },
  ],
  notImported: [
    {
      sheet: /^(location|job function|seniority|industry|company size)$/i,
      reason: 'visitor demographics (no table in the canonical model)',
    },
  ],
};
