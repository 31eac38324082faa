/**
 * Growth: product and sales KPIs from input cells (no analytics export carries logins, DAU/MAU,
 * CAC or deals); new users and sessions come from the GA4 web tab when it is imported.
 */
import { buildPlan } from './layout';
import { input, kpi, sum } from './recipes';
import type { DataTabSchema } from './plan';
import type { KpiTemplate, Metric, TabSpec } from './types';

const metrics: Metric[] = [
  {
    key: 'NEW_USERS',
    label: 'New users',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: { kind: 'typedOr', id: 'new_users', otherwise: sum('web', 'new_users') },
    note: 'From the GA4 web tab (dated rows in the period); a number typed in the inputs block overrides it.',
  },
  {
    key: 'SESSIONS',
    label: 'Sessions (GA4)',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: sum('web', 'sessions'),
  },
  { key: 'LOGINS', label: 'Logins', unit: 'count', higherIsBetter: true, expr: input('logins') },
  {
    key: 'LOGIN_FREQUENCY',
    label: 'Logins per active user',
    unit: 'ratio',
    higherIsBetter: true,
    expr: kpi('LOGIN_FREQUENCY', input('logins'), input('active_users')),
  },
  {
    key: 'STICKINESS',
    label: 'Stickiness (DAU / MAU)',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('STICKINESS', input('dau'), input('mau')),
  },
  {
    key: 'CAC',
    label: 'Customer acquisition cost',
    unit: 'currency',
    higherIsBetter: false,
    expr: kpi('CAC', input('spend'), input('new_customers')),
  },
  {
    key: 'SALES_GROWTH',
    label: 'Sales growth vs comparison period',
    unit: 'percent',
    higherIsBetter: true,
    noCompare: true,
    expr: kpi('GROWTH_RATE', input('sales', 'compare'), input('sales', 'current')),
    note: 'Sales this period vs the comparison period (both typed in the inputs block).',
  },
  {
    key: 'LEAD_CONVERSION',
    label: 'Lead conversion rate',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('CONVERSION_RATE', input('deals'), input('leads')),
    note: 'Deals won ÷ leads.',
  },
  {
    key: 'AVG_DEAL_SIZE',
    label: 'Average deal size',
    unit: 'currency',
    higherIsBetter: true,
    expr: kpi('AVG_DEAL_SIZE', input('sales'), input('deals')),
  },
];

function spec(_schema: DataTabSchema): TabSpec {
  return {
    id: 'growth',
    title: 'Growth KPIs',
    description:
      'Users, engagement, acquisition cost and sales for the period; type your numbers in the inputs block.',
    inputs: [
      { id: 'new_users', label: 'New users (leave blank to use GA4)', unit: 'count' },
      { id: 'logins', label: 'Logins', unit: 'count' },
      { id: 'active_users', label: 'Active users', unit: 'count' },
      { id: 'dau', label: 'Daily active users (average)', unit: 'count' },
      { id: 'mau', label: 'Monthly active users', unit: 'count' },
      { id: 'spend', label: 'Sales & marketing spend', unit: 'currency' },
      { id: 'new_customers', label: 'New customers', unit: 'count' },
      { id: 'sales', label: 'Sales (revenue)', unit: 'currency' },
      { id: 'leads', label: 'Leads', unit: 'count' },
      { id: 'deals', label: 'Deals won', unit: 'count' },
    ],
    metrics,
  };
}

export const growth: KpiTemplate = {
  id: 'growth',
  name: 'Growth',
  description: 'New users, logins, DAU/MAU, CAC, sales growth, lead conversion and average deal size.',
  spec,
  build: (schema, options) => buildPlan(spec(schema), schema, options),
};
