/** Business outcomes: ROI, social-media ROI, customer acquisition cost, deal size. */
import type { KpiDef } from './types';
import { defineElement, ratio } from './define';
import { base, known, money } from './params';
import { blankIf, isBlankF } from './twin-formula';

const family = 'business';

export const BUSINESS: KpiDef[] = [
  defineElement({
    name: 'ROI',
    family,
    summary: 'Return on investment: profit as a share of cost.',
    formula: '(return_value − cost) / cost',
    unit: 'percent',
    params: [
      known('return_value', 'What the investment brought in (revenue or value attributed).'),
      base('cost', 'What it cost.'),
    ],
    cell: (v) => (v[1] === 0 ? '' : (v[0] - v[1]) / v[1]),
    twin: (a) =>
      blankIf([isBlankF(a[0].ref!), `${a[1].v}=""`, `${a[1].v}=0`], `(${a[0].v}-${a[1].v})/${a[1].v}`),
    source: 'Advertising ROI as in the seed list; standard (gain − cost) ÷ cost.',
    example: { call: '=ROI(1500, 1000)', result: '0.5' },
    notes:
      'Blank or zero cost → blank. Blank return_value → blank (unknown, not a 100 % loss). Negative cost → error. Losses stay negative (−0.2 = −20 %). The parameter is return_value because `return` is reserved in Apps Script.',
  }),
  defineElement({
    name: 'SOCIAL_ROI',
    family,
    summary: 'Social media ROI counting every cost: ads, tools and labour.',
    formula: '(revenue − (ad_spend + tool_cost + labor_cost)) / (ad_spend + tool_cost + labor_cost)',
    unit: 'percent',
    params: [
      known('revenue', 'Revenue attributed to social media.'),
      money('ad_spend', 'Ad spend.'),
      money('tool_cost', 'Tool / software cost for the period (optional).', { optional: true }),
      money('labor_cost', 'Staff / agency cost for the period (optional).', { optional: true }),
    ],
    cell: (v) => {
      const costs = v[1] + v[2] + v[3];
      return costs === 0 ? '' : (v[0] - costs) / costs;
    },
    twin: (a) => {
      const costs = `${a[1].n}+${a[2].n}+${a[3].n}`;
      return blankIf([isBlankF(a[0].ref!), `${costs}=0`], `(${a[0].v}-(${costs}))/(${costs})`);
    },
    source:
      'Hootsuite, "How to calculate social media ROI": all costs (ads, tools, people) in the denominator.',
    example: { call: '=SOCIAL_ROI(4500, 2000, 500, 500)', result: '0.5' },
    notes: 'Blank costs count as 0; total cost 0 → blank. Blank revenue → blank. Negative costs → error.',
  }),
  ratio({
    name: 'CAC',
    family,
    summary: 'Customer acquisition cost: spend per new customer.',
    unit: 'currency',
    num: money('spend', 'Sales and marketing spend for the period.'),
    den: base('new_customers', 'Customers won in the period.'),
    source: 'Standard SaaS/marketing definition: spend ÷ new customers.',
    example: { call: '=CAC(10000, 40)', result: '250' },
    notes:
      'Blank or zero new_customers → blank. Blank spend counts as 0. Negative spend or new_customers → error.',
  }),
  ratio({
    name: 'AVG_DEAL_SIZE',
    family,
    summary: 'Average deal size: revenue per closed deal.',
    unit: 'currency',
    num: known('revenue', 'Revenue from closed deals.'),
    den: base('deals', 'Number of closed deals.'),
    source: 'Standard sales definition: closed revenue ÷ closed deals.',
    example: { call: '=AVG_DEAL_SIZE(48000, 12)', result: '4000' },
    notes: 'Blank or zero deals → blank. Blank revenue → blank. Negative deals → error.',
  }),
];
