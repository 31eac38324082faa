import { getTemplate } from '../../../src/templates';
import { checkOptions } from '../../../src/templates/options';

const ok = { periodStart: '2025-07-01', periodEnd: '2025-07-28', compare: 'previous' };

describe('template options are checked before a plan is built', () => {
  it('accepts well-formed options and keeps them', () => {
    expect(checkOptions('growth', { ...ok, targets: { CAC: 12.5 }, useAddonFunctions: false })).toEqual({
      ...ok,
      targets: { CAC: 12.5 },
      useAddonFunctions: false,
    });
  });

  it.each([
    [{ ...ok, compare: 'weekly' }, 'option compare is "weekly" — expected "previous" or "year"'],
    [
      { ...ok, periodStart: '07/01/2025' },
      'option periodStart is "07/01/2025" — expected a date as YYYY-MM-DD',
    ],
    [{ ...ok, periodEnd: '2025-02-30' }, 'option periodEnd is "2025-02-30" — not a calendar date'],
    [
      { ...ok, periodStart: '2025-08-01' },
      'the period ends (2025-07-28) before it starts (2025-08-01) — swap the dates',
    ],
    [{ ...ok, targets: { CTR: '=1+1' } }, 'option targets.CTR is "=1+1" — expected a number'],
    [
      { ...ok, targets: { CTR: 0.02, FOO: 3 } },
      'no KPI named FOO — targets go with SPEND, IMPRESSIONS, CLICKS, CTR, CPC, CPM, CONVERSIONS, CONVERSION_RATE, CPA, LEADS, CPL, CONVERSION_VALUE, REVENUE, ROAS, ROI.',
    ],
  ])('rejects %j with a message naming the option and value', (options, message) => {
    expect(() => getTemplate('linkedin-ads').build({ tabs: {} }, options as never)).toThrow(
      `Template linkedin-ads: ${message}`,
    );
  });
});
