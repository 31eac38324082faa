import { REGISTRY, getKpi, runKpi } from '../../../src/kpi/registry';

const CATALOGUE = [
  'CTR',
  'CONVERSION_RATE',
  'ROI',
  'SOCIAL_ROI',
  'ROAS',
  'CPC',
  'CPM',
  'CPA',
  'CPL',
  'CPE',
  'CAC',
  'AVG_DEAL_SIZE',
  'ENGAGEMENT_RATE',
  'LINKEDIN_ENGAGEMENT_RATE',
  'AVG_ENGAGEMENT_RATE',
  'AMPLIFICATION_RATE',
  'APPLAUSE_RATE',
  'CONVERSATION_RATE',
  'VIRALITY_RATE',
  'REACH_RATE',
  'VIDEO_VIEW_RATE',
  'VIDEO_COMPLETION_RATE',
  'STORY_COMPLETION_RATE',
  'STORY_EXIT_RATE',
  'GROWTH_RATE',
  'FOLLOWER_GROWTH_RATE',
  'GROWTH_SERIES',
  'NET_NEW',
  'STICKINESS',
  'LOGIN_FREQUENCY',
  'FREQUENCY_PER_WEEK',
  'SSI',
  'SSI_FOCUS',
  'RELEVANCE_RATE',
  // Issue #13: rates of the LinkedIn member export (invitations, conversations).
  'ACCEPTANCE_RATE',
  'REPLY_RATE',
  'SHARE_OF_VOICE',
  'NET_SENTIMENT',
  'SENTIMENT',
  'RESPONSE_RATE',
  'AVG_RESPONSE_TIME',
  'KPI_LIST',
];
const FAMILIES = [
  'engagement',
  'advertising',
  'growth',
  'audience',
  'social-selling',
  'sentiment',
  'service',
  'business',
  'meta',
];
const RESERVED = new Set([
  'return',
  'function',
  'var',
  'let',
  'const',
  'new',
  'delete',
  'default',
  'class',
  'in',
  'do',
  'if',
]);

describe('the KPI registry', () => {
  it('holds exactly the KPIS.md catalogue, once each', () => {
    expect(REGISTRY.map((k) => k.name).sort()).toEqual([...CATALOGUE].sort());
  });

  it.each(REGISTRY.map((k) => [k.name, k]))('%s is a complete entry', (_, k) => {
    expect(k.name).toMatch(/^[A-Z][A-Z_]*$/);
    expect(FAMILIES).toContain(k.family);
    for (const field of [k.summary, k.formula, k.source, k.notes, k.example.call, k.example.result]) {
      expect(field.trim().length).toBeGreaterThan(0);
    }
    expect(k.example.call.startsWith(`=${k.name}(`)).toBe(true);
    for (const p of k.params) {
      expect(p.name).toMatch(/^[a-z][a-z0-9_]*$/);
      expect(RESERVED.has(p.name)).toBe(false);
      expect(p.description.length).toBeGreaterThan(0);
    }
    // Optional parameters come last, so Sheets can omit them.
    const firstOptional = k.params.findIndex((p) => p.optional);
    if (firstOptional >= 0) expect(k.params.slice(firstOptional).every((p) => p.optional)).toBe(true);
    const hasTwin = typeof k.twin === 'function';
    expect(hasTwin).toBe(!['SENTIMENT', 'KPI_LIST'].includes(k.name));
  });

  it('finds entries case-insensitively and refuses unknown names', () => {
    expect(getKpi('ctr').name).toBe('CTR');
    expect(() => getKpi('CTRR')).toThrow('Unknown KPI function "CTRR"');
  });

  it('runKpi runs the compute the stubs call', () => {
    expect(runKpi('CPC', [250, 125])).toBe(2);
  });
});

describe('KPI_LIST()', () => {
  it('spills a header and one row per function: name, summary, formula, unit', () => {
    const out = runKpi('KPI_LIST', []) as string[][];
    expect(out[0]).toEqual(['function', 'summary', 'formula', 'unit']);
    expect(out).toHaveLength(REGISTRY.length + 1);
    const ctr = out.find((r) => r[0] === 'CTR');
    expect(ctr).toEqual(['CTR', getKpi('CTR').summary, 'clicks / impressions', 'percent']);
    expect(out.some((r) => r[0] === 'KPI_LIST')).toBe(true);
  });
  it('takes no arguments', () => {
    expect(() => runKpi('KPI_LIST', [1])).toThrow('KPI_LIST: takes at most 0 argument(s)');
  });
});
