/** Paid-media KPIs: click-through, conversion, cost-per-X, ROAS and ROI. */
import type { KpiDef } from './types';
import { ratio } from './define';
import { base, count } from './params';

const family = 'advertising';
const DEN_NOTE = 'Blank or zero {den} → blank (no data). Blank {num} counts as 0, as in Sheets arithmetic.';
const note = (num: string, den: string, extra = '') =>
  DEN_NOTE.replace('{den}', den).replace('{num}', num) + (extra ? ' ' + extra : '');

export const ADVERTISING: KpiDef[] = [
  ratio({
    name: 'CTR',
    family,
    summary: 'Click-through rate: clicks per impression.',
    unit: 'percent',
    num: count('clicks', 'Clicks (LinkedIn Ads: chargeable clicks).'),
    den: base('impressions', 'Impressions (times the post or ad was shown).'),
    source: 'LinkedIn Campaign Manager, X Ads and Google Ads help: CTR = clicks ÷ impressions.',
    example: { call: '=CTR(34, 1000)', result: '0.034' },
    notes: note('clicks', 'impressions', 'Negative impressions → error.'),
  }),
];
