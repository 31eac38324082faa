/** Growth KPIs: growth rate between two values, follower growth, a period-over-period series, net new. */
import type { KpiDef } from './types';
import { defineElement, type ParamDecl } from './define';
import { base, known } from './params';
import { blankIf } from './twin-formula';
import { growthSeries } from './growth-series';

const family = 'growth';

const growth = (
  name: string,
  summary: string,
  start: ParamDecl,
  end: ParamDecl,
  extra: Pick<KpiDef, 'source' | 'example'>,
) =>
  defineElement({
    name,
    family,
    summary,
    formula: `(${end.name} − ${start.name}) / ${start.name}`,
    unit: 'percent',
    params: [start, end],
    cell: (v) => (v[0] === 0 ? '' : (v[1] - v[0]) / v[0]),
    twin: (a) => blankIf([`${a[0].v}=""`, `${a[0].v}=0`, `${a[1].v}=""`], `(${a[1].v}-${a[0].v})/${a[0].v}`),
    notes:
      'Blank or zero start → blank (growth from nothing is undefined). Blank end → blank (0 would claim everything was lost). Negative start → error. Decline stays negative.',
    ...extra,
  });

export const GROWTH: KpiDef[] = [
  growth(
    'GROWTH_RATE',
    'Growth rate from a start value to an end value (new users, sales, network size).',
    base('start', 'Value at the start of the period (or previous period).'),
    known('end', 'Value at the end of the period (or this period).'),
    {
      source:
        'Standard period-over-period growth: (end − start) ÷ start (seed: new users, sales growth, network growth).',
      example: { call: '=GROWTH_RATE(800, 1000)', result: '0.25' },
    },
  ),
  growth(
    'FOLLOWER_GROWTH_RATE',
    'Follower growth rate over a period.',
    base('start_followers', 'Followers at the start of the period.'),
    known('end_followers', 'Followers at the end of the period.'),
    {
      source: 'Hootsuite / Sprout Social: (end followers − start followers) ÷ start followers.',
      example: { call: '=FOLLOWER_GROWTH_RATE(4000, 4300)', result: '0.075' },
    },
  ),
  growthSeries(family),
  defineElement({
    name: 'NET_NEW',
    family,
    summary: 'Net new: end value minus start value (new followers, connections, users).',
    formula: 'end − start',
    unit: 'count',
    params: [
      known('start', 'Value at the start of the period.'),
      known('end', 'Value at the end of the period.'),
    ],
    cell: (v) => v[1] - v[0],
    twin: (a) => blankIf([`${a[0].v}=""`, `${a[1].v}=""`], `${a[1].v}-${a[0].v}`),
    source: 'Seed list: new followers / connections / users as end − start.',
    example: { call: '=NET_NEW(4000, 4300)', result: '300' },
    notes: 'Blank start or end → blank (0 would be a false figure). Losses are negative.',
  }),
];
