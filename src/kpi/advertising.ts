/** Paid-media KPIs: click-through, conversion, cost per click/mille/action/lead/engagement, ROAS. */
import type { KpiDef } from './types';
import { ratio } from './define';
import { base, count, known, money } from './params';

const family = 'advertising';
const zeroNote = (num: string, den: string, extra = '') =>
  `Blank or zero ${den} → blank (no data). Blank ${num} counts as 0, as in Sheets arithmetic. Negative ${den} → error.${extra ? ' ' + extra : ''}`;
const costNote = (den: string) =>
  `Blank or zero ${den} → blank (nothing to divide by). Blank spend counts as 0 (nothing spent). Negative spend or ${den} → error.`;

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
    notes: zeroNote('clicks', 'impressions'),
  }),
  ratio({
    name: 'CONVERSION_RATE',
    family,
    summary:
      'Conversions per click (or per session, interaction or impression — pass the base you report on).',
    unit: 'percent',
    num: count('conversions', 'Conversions (leads, sign-ups, purchases).'),
    den: base(
      'base',
      'What a conversion is counted against: clicks (LinkedIn, most guides), sessions, interactions (Google) or impressions (X).',
    ),
    source:
      'LinkedIn Campaign Manager (conversions ÷ clicks); Google Ads (÷ interactions); X Ads (÷ impressions).',
    example: { call: '=CONVERSION_RATE(12, 400)', result: '0.03' },
    notes: zeroNote(
      'conversions',
      'base',
      'Platforms differ on the base; clicks is the usual choice, so say which one your report uses.',
    ),
  }),
  ratio({
    name: 'ROAS',
    family,
    summary: 'Return on ad spend: revenue per unit of spend.',
    unit: 'ratio',
    num: known('revenue', 'Revenue attributed to the ads.'),
    den: base('spend', 'Ad spend.'),
    source: 'Google Ads / Meta Ads: ROAS = conversion value ÷ cost.',
    example: { call: '=ROAS(4200, 1200)', result: '3.5' },
    notes:
      'Blank or zero spend → blank. Blank revenue → blank (a missing revenue figure is not zero revenue). Negative spend → error. Shown as a multiple (3.5 = 3.5×), not a percent.',
  }),
  ratio({
    name: 'CPC',
    family,
    summary: 'Cost per click.',
    unit: 'currency',
    num: money('spend', 'Ad spend.'),
    den: base('clicks', 'Clicks.'),
    source: 'LinkedIn Campaign Manager, Google Ads: CPC = spend ÷ clicks.',
    example: { call: '=CPC(250, 125)', result: '2' },
    notes: costNote('clicks'),
  }),
  ratio({
    name: 'CPM',
    family,
    summary: 'Cost per thousand impressions.',
    unit: 'currency',
    num: money('spend', 'Ad spend.'),
    den: base('impressions', 'Impressions.'),
    scale: 1000,
    source: 'LinkedIn Campaign Manager, Google Ads: CPM = spend × 1000 ÷ impressions.',
    example: { call: '=CPM(50, 20000)', result: '2.5' },
    notes: costNote('impressions'),
  }),
  ratio({
    name: 'CPA',
    family,
    summary: 'Cost per acquisition (per conversion or result).',
    unit: 'currency',
    num: money('spend', 'Ad spend.'),
    den: base('conversions', 'Conversions / results.'),
    source: 'Google Ads "cost / conv.", Meta "cost per result".',
    example: { call: '=CPA(600, 24)', result: '25' },
    notes: costNote('conversions'),
  }),
  ratio({
    name: 'CPL',
    family,
    summary: 'Cost per lead.',
    unit: 'currency',
    num: money('spend', 'Ad spend.'),
    den: base('leads', 'Leads (e.g. LinkedIn Lead Gen Form submissions).'),
    source: 'LinkedIn Campaign Manager: cost per lead = spend ÷ leads.',
    example: { call: '=CPL(900, 30)', result: '30' },
    notes: costNote('leads'),
  }),
  ratio({
    name: 'CPE',
    family,
    summary: 'Cost per engagement.',
    unit: 'currency',
    num: money('spend', 'Ad spend.'),
    den: base('engagements', 'Engagements (clicks, reactions, comments, shares …).'),
    source: 'LinkedIn Campaign Manager / X Ads: cost per engagement = spend ÷ engagements.',
    example: { call: '=CPE(120, 480)', result: '0.25' },
    notes: costNote('engagements'),
  }),
];
