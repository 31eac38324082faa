/**
 * Social selling: a weekly log the user fills on the tab (LinkedIn's SSI pillars, network and
 * profile numbers, conversations). Scores and network sizes are running values, read at the
 * period's ends; views and conversations are weekly counts, summed and turned into rates.
 */
import { buildPlan } from './layout';
import { linkedinActivity } from './linkedin-activity';
import { at, kpi, perWeek, sum } from './recipes';
import type { DataTabSchema } from './plan';
import type { Agg, KpiTemplate, LogSpec, Metric, TabSpec } from './types';

const PILLARS = ['brand', 'people', 'insights', 'relationships'];
const pillarsAt = (bound: 'start' | 'end'): Agg[] => PILLARS.map((p) => at('log', p, bound));
const log = (c: string) => sum('log', c);

export const SOCIAL_SELLING_LOG: LogSpec = {
  title: 'Weekly log — one row per week (type your numbers from linkedin.com/sales/ssi and your profile)',
  rows: 52,
  dateColumn: 'week',
  columns: [
    { name: 'week', label: 'Week (date)', unit: 'text' },
    { name: 'brand', label: 'SSI: professional brand (0–25)', unit: 'score' },
    { name: 'people', label: 'SSI: find the right people (0–25)', unit: 'score' },
    { name: 'insights', label: 'SSI: engage with insights (0–25)', unit: 'score' },
    { name: 'relationships', label: 'SSI: build relationships (0–25)', unit: 'score' },
    { name: 'connections', label: 'Connections (total)', unit: 'count' },
    { name: 'relevant_connections', label: 'Relevant connections (total)', unit: 'count' },
    { name: 'profile_views', label: 'Profile views (this week)', unit: 'count' },
    { name: 'relevant_views', label: 'Relevant profile views (this week)', unit: 'count' },
    { name: 'messages', label: 'Messages / calls (this week)', unit: 'count' },
    { name: 'conversations', label: 'Off-LinkedIn conversations (this week)', unit: 'count' },
  ],
};

const metrics: Metric[] = [
  {
    key: 'SSI',
    label: 'Social Selling Index (0–100)',
    unit: 'score',
    higherIsBetter: true,
    headline: true,
    expr: kpi('SSI', ...pillarsAt('end')),
  },
  {
    key: 'SSI_CHANGE',
    label: 'SSI change over the period',
    unit: 'score',
    higherIsBetter: true,
    expr: kpi('NET_NEW', kpi('SSI', ...pillarsAt('start')), kpi('SSI', ...pillarsAt('end'))),
    note: 'SSI on the period’s last logged week minus SSI on the week logged at its start.',
  },
  {
    key: 'WEAKEST_PILLAR',
    label: 'Weakest pillar (work on this next)',
    unit: 'text',
    higherIsBetter: true,
    expr: kpi('SSI_FOCUS', ...pillarsAt('end')),
  },
  {
    key: 'CONNECTIONS',
    label: 'Connections',
    unit: 'count',
    higherIsBetter: true,
    expr: at('log', 'connections', 'end'),
  },
  {
    key: 'NEW_CONNECTIONS',
    label: 'New connections',
    unit: 'count',
    higherIsBetter: true,
    expr: kpi('NET_NEW', at('log', 'connections', 'start'), at('log', 'connections', 'end')),
  },
  {
    key: 'NETWORK_RELEVANCE',
    label: 'Network relevance (relevant ÷ all connections)',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('RELEVANCE_RATE', at('log', 'relevant_connections', 'end'), at('log', 'connections', 'end')),
  },
  {
    key: 'PROFILE_VIEWS',
    label: 'Profile views',
    unit: 'count',
    higherIsBetter: true,
    headline: true,
    expr: log('profile_views'),
  },
  {
    key: 'PROFILE_VIEW_RELEVANCE',
    label: 'Profile-view relevance',
    unit: 'percent',
    higherIsBetter: true,
    expr: kpi('RELEVANCE_RATE', log('relevant_views'), log('profile_views')),
  },
  {
    key: 'MESSAGES_PER_WEEK',
    label: 'Messages / calls per week',
    unit: 'per_week',
    higherIsBetter: true,
    headline: true,
    expr: perWeek(log('messages')),
    note: 'Σ logged messages/calls ÷ (days in the period ÷ 7), as FREQUENCY_PER_WEEK counts weeks.',
  },
  {
    key: 'CONVERSATIONS_PER_WEEK',
    label: 'Off-LinkedIn conversations per week',
    unit: 'per_week',
    higherIsBetter: true,
    expr: perWeek(log('conversations')),
  },
];

function spec(_schema: DataTabSchema): TabSpec {
  return {
    id: 'social-selling',
    title: 'Social selling KPIs',
    description: 'LinkedIn Social Selling Index, network and conversations, from the weekly log below.',
    inputs: [],
    metrics,
    log: SOCIAL_SELLING_LOG,
  };
}

export const socialSelling: KpiTemplate = {
  id: 'social-selling',
  name: 'Social selling',
  description:
    'SSI and its trend, weakest pillar, network and profile-view relevance, messages and conversations per week.',
  spec,
  build: (schema, options) => buildPlan(spec(schema), schema, options, [linkedinActivity]),
};
