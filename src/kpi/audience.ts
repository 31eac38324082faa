/** Audience KPIs: reach rate, stickiness, login frequency, relevance. */
import type { KpiDef } from './types';
import { ratio } from './define';
import { base, count } from './params';

const family = 'audience';
const note = (num: string, den: string, extra = '') =>
  `Blank or zero ${den} → blank (no data). Blank ${num} counts as 0. Negative ${den} → error.${extra ? ' ' + extra : ''}`;

export const AUDIENCE: KpiDef[] = [
  ratio({
    name: 'REACH_RATE',
    family,
    summary: 'Reach rate: unique people reached per follower.',
    unit: 'percent',
    num: count('reach', 'Unique accounts reached.'),
    den: base('followers', 'Followers at the time.'),
    source: 'Hootsuite / Sprout Social: reach ÷ followers.',
    example: { call: '=REACH_RATE(5200, 4000)', result: '1.3' },
    notes: note('reach', 'followers', 'May exceed 100 % when posts travel beyond your followers.'),
  }),
  ratio({
    name: 'STICKINESS',
    family,
    summary: 'Stickiness: daily active users as a share of monthly active users.',
    unit: 'percent',
    num: count('dau', 'Daily active users (average over the month).'),
    den: base('mau', 'Monthly active users.'),
    maxResult: { value: 1, why: 'daily actives cannot exceed monthly actives' },
    source: 'Product analytics standard (Mixpanel, Amplitude): DAU ÷ MAU.',
    example: { call: '=STICKINESS(1200, 6000)', result: '0.2' },
    notes: note(
      'dau',
      'mau',
      'DAU above MAU → error (impossible; usually swapped arguments); the native twin cannot raise errors and shows the ratio as is.',
    ),
  }),
  ratio({
    name: 'LOGIN_FREQUENCY',
    family,
    summary: 'Login frequency: logins per active user.',
    unit: 'ratio',
    num: count('logins', 'Logins (sessions) in the period.'),
    den: base('active_users', 'Active users in the period.'),
    source: 'Seed list "frequency of logins": logins ÷ active users.',
    example: { call: '=LOGIN_FREQUENCY(4500, 1500)', result: '3' },
    notes: note('logins', 'active_users'),
  }),
  ratio({
    name: 'RELEVANCE_RATE',
    family,
    summary: 'Relevance rate: share of the network (or profile viewers) that fits your target audience.',
    unit: 'percent',
    num: count('relevant', 'Relevant connections / profile viewers.'),
    den: base('total', 'All connections / profile viewers.'),
    source: 'Seed list: network relevance and profile-view relevance (LinkedIn social selling).',
    example: { call: '=RELEVANCE_RATE(180, 240)', result: '0.75' },
    notes: note('relevant', 'total'),
  }),
];
