/** Customer-service KPIs: response rate and average response time. */
import type { KpiDef } from './types';
import { ratio } from './define';
import { base, count } from './params';
import { avgResponseTime } from './avg-response-time';

const family = 'service';

export const SERVICE: KpiDef[] = [
  ratio({
    name: 'RESPONSE_RATE',
    family,
    summary: 'Response rate: messages or comments answered per message received.',
    unit: 'percent',
    num: count('responded', 'Messages / comments answered.'),
    den: base('received', 'Messages / comments received.'),
    maxResult: { value: 1, why: 'you cannot answer more messages than you received' },
    source: 'Sprout Social / Meta Business Suite: responded ÷ received.',
    example: { call: '=RESPONSE_RATE(45, 50)', result: '0.9' },
    notes:
      'Blank or zero received → blank. Blank responded counts as 0. Negative received → error. responded above received → error (impossible); the native twin cannot raise errors and shows the ratio as is.',
  }),
  avgResponseTime(family),
];
