import { parseTargets } from '../../../sidebar/targets';

describe('targets field', () => {
  it('is empty when left blank', () => {
    expect(parseTargets('  ')).toEqual({ ok: true, targets: {} });
  });

  it('reads percents as decimals, plain numbers as they are, and upper-cases KPI keys', () => {
    expect(parseTargets('ctr=2%, CPC: 1.50; engagement rate = 4.5%')).toEqual({
      ok: true,
      targets: { CTR: 0.02, CPC: 1.5, ENGAGEMENT_RATE: 0.045 },
    });
  });

  it('keeps thousands separators inside a number', () => {
    expect(parseTargets('IMPRESSIONS=50,000, CTR=1%')).toEqual({
      ok: true,
      targets: { IMPRESSIONS: 50000, CTR: 0.01 },
    });
  });

  it('names the part it does not understand and shows the expected form', () => {
    const r = parseTargets('CTR=2%, lots of clicks');
    expect(r).toEqual({
      ok: false,
      error: 'Target "lots of clicks" is not understood. Write it like CTR=2% or CPC=1.50.',
    });
  });
});
