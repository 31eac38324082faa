/**
 * Every function of the KPIS.md catalogue ships as a top-level custom function in dist/Code.js
 * with the catalogue's parameter names (a name JavaScript reserves, like `return`, gets
 * `_value`), optional ones marked optional and row-sum ones marked row-sum.
 */
import { lib, loadBundle } from './sandbox';

/** The catalogue table of KPIS.md: `[p]` optional, `p*` row-sum. */
const CATALOGUE = `
CTR(clicks, impressions)
CONVERSION_RATE(conversions, base)
ROI(return, cost)
SOCIAL_ROI(revenue, ad_spend, [tool_cost], [labor_cost])
ROAS(revenue, spend)
CPC(spend, clicks)
CPM(spend, impressions)
CPA(spend, conversions)
CPL(spend, leads)
CPE(spend, engagements)
CAC(spend, new_customers)
AVG_DEAL_SIZE(revenue, deals)
ENGAGEMENT_RATE(engagements*, base)
LINKEDIN_ENGAGEMENT_RATE(clicks, reactions, comments, reposts, impressions, [follows])
AVG_ENGAGEMENT_RATE(engagements*, base, [method])
AMPLIFICATION_RATE(shares, base)
APPLAUSE_RATE(likes, base)
CONVERSATION_RATE(comments, base)
VIRALITY_RATE(shares, impressions)
REACH_RATE(reach, followers)
VIDEO_VIEW_RATE(views, impressions)
VIDEO_COMPLETION_RATE(completions, views)
STORY_COMPLETION_RATE(last_frame_reach, first_frame_reach)
STORY_EXIT_RATE(exits, impressions)
GROWTH_RATE(start, end)
FOLLOWER_GROWTH_RATE(start_followers, end_followers)
GROWTH_SERIES(values)
NET_NEW(start, end)
STICKINESS(dau, mau)
LOGIN_FREQUENCY(logins, active_users)
FREQUENCY_PER_WEEK(dates, [start], [end])
SSI(brand, people, insights, relationships)
SSI_FOCUS(brand, people, insights, relationships)
RELEVANCE_RATE(relevant, total)
SHARE_OF_VOICE(brand_mentions, competitor_mentions*)
NET_SENTIMENT(positive, negative, [neutral])
SENTIMENT(text)
RESPONSE_RATE(responded, received)
AVG_RESPONSE_TIME(received_at, replied_at, [method])
KPI_LIST()
`
  .trim()
  .split('\n');

interface Expected {
  name: string;
  params: { name: string; optional: boolean; rowSum: boolean }[];
}

function parse(signature: string): Expected {
  const m = /^([A-Z_]+)\((.*)\)$/.exec(signature);
  if (!m) throw new Error(`bad signature ${signature}`);
  const params = m[2]
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((p) => {
      const optional = p.startsWith('[');
      const rowSum = p.endsWith('*');
      const name = p.replace(/[[\]*]/g, '');
      return { name: name === 'return' ? 'return_value' : name, optional, rowSum };
    });
  return { name: m[1], params };
}

const context = loadBundle();
const { registry } = lib(context);

describe('the KPIS.md catalogue in dist/Code.js', () => {
  it.each(CATALOGUE.map((s) => [s]))('%s', (signature) => {
    const expected = parse(signature);
    expect(typeof context[expected.name]).toBe('function');
    const kpi = registry.find((k) => k.name === expected.name);
    expect(kpi).toBeDefined();
    expect(
      kpi!.params.map((p) => ({ name: p.name, optional: p.optional === true, rowSum: p.rowSum === true })),
    ).toEqual(expected.params);
  });
});
