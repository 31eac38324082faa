/** LinkedIn Ads (Campaign Manager): spend, delivery, cost per result and return on a revenue input. */
import { buildPlan } from './layout';
import { input, kpi, platform, sum } from './recipes';
import type { DataTabSchema } from './plan';
import type { KpiTemplate, Metric, TabSpec } from './types';

const LI = [platform('linkedin')];
const c = (column: string) => sum('campaigns', column, LI);
const revenue = input('revenue');

const metrics: Metric[] = [
  {
    key: 'SPEND',
    label: 'Spend',
    unit: 'currency',
    higherIsBetter: true,
    neutral: true,
    headline: true,
    expr: c('spend'),
  },
  { key: 'IMPRESSIONS', label: 'Impressions', unit: 'count', higherIsBetter: true, expr: c('impressions') },
  { key: 'CLICKS', label: 'Clicks', unit: 'count', higherIsBetter: true, expr: c('clicks') },
  {
    key: 'CTR',
    label: 'Click-through rate',
    unit: 'percent',
    higherIsBetter: true,
    headline: true,
    expr: kpi('CTR', c('clicks'), c('impressions')),
  },
  {
    key: 'CPC',
    label: 'Cost per click',
    unit: 'currency',
    higherIsBetter: false,
    headline: true,
    expr: kpi('CPC', c('spend'), c('clicks')),
  },
  {
    key: 'CPM',
    label: 'Cost per 1,000 impressions',
    unit: 'currency',
    higherIsBetter: false,
    expr: kpi('CPM', c('spend'), c('impressions')),
  },
  {
    key: 'CONVERSIONS',
    label: 'Conversions',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: c('conversions'),
  },
  {
    key: 'CONVERSION_RATE',
    label: 'Conversion rate (per click)',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('CONVERSION_RATE', c('conversions'), c('clicks')),
  },
  {
    key: 'CPA',
    label: 'Cost per conversion',
    unit: 'currency',
    higherIsBetter: false,
    expr: kpi('CPA', c('spend'), c('conversions')),
  },
  { key: 'LEADS', label: 'Leads', unit: 'count', higherIsBetter: true, expr: c('leads') },
  {
    key: 'CPL',
    label: 'Cost per lead',
    unit: 'currency',
    higherIsBetter: false,
    expr: kpi('CPL', c('spend'), c('leads')),
  },
  {
    key: 'CONVERSION_VALUE',
    label: 'Conversion value (reported)',
    unit: 'currency',
    higherIsBetter: true,
    expr: c('conversion_value'),
    note: 'What Campaign Manager attributes; type the revenue you trust in the inputs block.',
  },
  { key: 'REVENUE', label: 'Revenue (input)', unit: 'currency', higherIsBetter: true, expr: revenue },
  {
    key: 'ROAS',
    label: 'Return on ad spend',
    unit: 'ratio',
    higherIsBetter: true,
    expr: kpi('ROAS', revenue, c('spend')),
  },
  {
    key: 'ROI',
    label: 'Return on investment',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('ROI', revenue, c('spend')),
  },
];

function spec(_schema: DataTabSchema): TabSpec {
  return {
    id: 'linkedin-ads',
    title: 'LinkedIn Ads KPIs',
    description:
      'Campaign Manager spend, delivery and cost per result; ROAS and ROI from the revenue you type.',
    inputs: [
      {
        id: 'revenue',
        label: 'Revenue from LinkedIn Ads',
        unit: 'currency',
        note: 'Revenue attributed to these campaigns in each period (from your CRM).',
      },
    ],
    metrics,
  };
}

export const linkedinAds: KpiTemplate = {
  id: 'linkedin-ads',
  name: 'LinkedIn Ads',
  description: 'Spend, CTR, CPC, CPM, conversions, CPA, leads, CPL, ROAS and ROI of LinkedIn campaigns.',
  spec,
  build: (schema, options) => buildPlan(spec(schema), schema, options),
};
