/** Social selling KPIs: LinkedIn SSI, its weakest pillar, and contact frequency from a dated log. */
import type { KpiDef } from './types';
import { defineElement, ratio, type ParamDecl } from './define';
import { base, count, known } from './params';
import { blankIf } from './twin-formula';
import { frequencyPerWeek } from './frequency-per-week';

const family = 'social-selling';

/** LinkedIn's four SSI pillars, in LinkedIn's order (ties go to the first). */
export const SSI_PILLARS = [
  'Establish your professional brand',
  'Find the right people',
  'Engage with insights',
  'Build relationships',
] as const;

const pillar = (name: string, description: string): ParamDecl =>
  known(name, `${description} (SSI pillar, 0–25).`, { min: 0, max: 25 });

const PILLARS: ParamDecl[] = [
  pillar('brand', 'Establish your professional brand'),
  pillar('people', 'Find the right people'),
  pillar('insights', 'Engage with insights'),
  pillar('relationships', 'Build relationships'),
];

const SOURCE = 'LinkedIn Sales Navigator Social Selling Index: four pillars scored 0–25, total 0–100.';
const RATE_NOTE =
  'Blank or zero denominator → blank; blank numerator counts as 0; numerator above it → error.';
const BLANK_NOTE = 'Any pillar blank → blank (a missing pillar is not a 0). A pillar outside 0–25 → error.';

export const SOCIAL_SELLING: KpiDef[] = [
  defineElement({
    name: 'SSI',
    family,
    summary: 'LinkedIn Social Selling Index: the sum of its four pillars (0–100).',
    formula: 'brand + people + insights + relationships',
    unit: 'score',
    params: PILLARS,
    cell: (v) => v[0] + v[1] + v[2] + v[3],
    twin: (a) =>
      blankIf(
        a.map((x) => `${x.v}=""`),
        `${a[0].v}+${a[1].v}+${a[2].v}+${a[3].v}`,
      ),
    source: SOURCE,
    example: { call: '=SSI(18.5, 12, 15.25, 20)', result: '65.75' },
    notes: BLANK_NOTE,
  }),
  defineElement({
    name: 'SSI_FOCUS',
    family,
    summary: 'The weakest SSI pillar — what to work on next.',
    formula: 'name of min(brand, people, insights, relationships)',
    unit: 'text',
    params: PILLARS,
    cell: (v) => {
      let k = 0;
      for (let i = 1; i < 4; i++) if (v[i] < v[k]) k = i;
      return SSI_PILLARS[k];
    },
    twin: (a) => {
      const min = `MIN(${a.map((x) => x.v).join(',')})`;
      const pick = a
        .slice(0, 3)
        .reduceRight((rest, x, i) => `IF(${x.v}=${min},"${SSI_PILLARS[i]}",${rest})`, `"${SSI_PILLARS[3]}"`);
      return blankIf(
        a.map((x) => `${x.v}=""`),
        pick,
      );
    },
    source: SOURCE,
    example: { call: '=SSI_FOCUS(18.5, 12, 15.25, 20)', result: 'Find the right people' },
    notes: `${BLANK_NOTE} Returns LinkedIn's pillar name; on a tie the first in LinkedIn's order wins.`,
  }),
  frequencyPerWeek(family),
  ratio({
    name: 'ACCEPTANCE_RATE',
    family,
    summary: 'Share of the invitations you sent that were accepted.',
    unit: 'percent',
    num: count('accepted', 'Accepted.'),
    den: base('sent', 'Sent.'),
    source: 'LinkedIn data export: accepted ÷ sent invitations.',
    example: { call: '=ACCEPTANCE_RATE(18, 40)', result: '0.45' },
    notes: RATE_NOTE,
  }),
  ratio({
    name: 'REPLY_RATE',
    family,
    summary: 'Share of the conversations you opened that got a reply.',
    unit: 'percent',
    num: count('replied', 'Answered.'),
    den: base('started', 'Opened.'),
    source: 'LinkedIn data export: answered ÷ opened conversations.',
    example: { call: '=REPLY_RATE(12, 30)', result: '0.4' },
    notes: RATE_NOTE,
  }),
];
