/**
 * Deterministic synthetic canonical tables shaped like real imports: LinkedIn posts with
 * organic / sponsored / total rows (total = organic + sponsored, as LinkedIn lists boosted posts),
 * an Instagram post stream, daily page metrics with a running follower total, and campaigns.
 */
import {
  TABLES,
  type CanonicalTable,
  type CanonicalValue,
  type TableName,
} from '../../../../src/model/schema';
import { addDays } from '../../../../src/templates/period';

function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function table(name: TableName, rows: Record<string, CanonicalValue>[]): CanonicalTable {
  const columns = TABLES[name].columns.map((c) => c.name);
  return { table: name, columns, rows: rows.map((r) => columns.map((c) => r[c] ?? null)) };
}

export const FIRST_DAY = '2025-04-01';
export const DAYS = 120;

export function syntheticTables(seed = 7): Record<'posts' | 'daily' | 'campaigns' | 'web', CanonicalTable> {
  const r = rng(seed);
  const int = (n: number) => Math.floor(r() * n);
  const posts: Record<string, CanonicalValue>[] = [];
  const daily: Record<string, CanonicalValue>[] = [];
  const campaigns: Record<string, CanonicalValue>[] = [];
  const web: Record<string, CanonicalValue>[] = [];
  let followers = 5000;
  let igFollowers = 12000;
  for (let d = 0; d < DAYS; d++) {
    const date = addDays(FIRST_DAY, d);
    const li = {
      impressions: 800 + int(900),
      clicks: int(60),
      reactions: int(40) - 3,
      comments: int(8),
      shares: int(5),
    };
    const newF = int(12);
    followers += newF - int(3);
    // Follower totals are missing on some days (exports skip them); the tab must read the last known value.
    daily.push({
      platform: 'LinkedIn',
      format: 'linkedin-page',
      account: 'Acme',
      date,
      ...li,
      unique_impressions: Math.round(li.impressions * 0.6),
      new_followers: newF,
      followers_total: d % 9 === 4 ? null : followers,
    });
    igFollowers += int(20) - 5;
    daily.push({
      platform: 'Instagram',
      format: 'meta',
      account: 'acme.ig',
      date,
      impressions: 2000 + int(1000),
      reach: 1500 + int(500),
      reactions: int(90),
      comments: int(12),
      shares: int(9),
      followers_total: igFollowers,
      video_views: int(400),
      story_views: int(300),
      new_followers: int(20),
    });
    if (d % 3 === 0) {
      const hour = String(int(23)).padStart(2, '0');
      const url = `https://www.linkedin.com/feed/update/urn:li:activity:${7000000 + d}`;
      const organic = {
        impressions: 300 + int(2000),
        clicks: int(80),
        reactions: int(60),
        comments: int(10),
        shares: int(6),
        follows: d % 2 ? null : int(3),
      };
      const base = {
        platform: 'LinkedIn',
        format: 'linkedin-page',
        url,
        published_at: `${date}T${hour}:15:00Z`,
        title: d === 6 ? '=HYPERLINK("x")' : `Post ${d}`,
      };
      // LinkedIn reports rates as float32 of (clicks + reactions + comments + reposts + follows) / impressions.
      const reported = Math.fround(
        (organic.clicks + organic.reactions + organic.comments + organic.shares + (organic.follows ?? 0)) /
          organic.impressions,
      );
      posts.push({ ...base, distribution: 'organic', ...organic, engagement_rate_reported: reported });
      if (d % 4 === 0) {
        const sp = {
          impressions: 1000 + int(5000),
          clicks: int(150),
          reactions: int(70),
          comments: int(4),
          shares: int(3),
          follows: int(9),
        };
        posts.push({ ...base, distribution: 'sponsored', campaign: 'Boost', ...sp });
        const tot: Record<string, CanonicalValue> = { ...base, distribution: 'total' };
        for (const k of Object.keys(sp) as (keyof typeof sp)[])
          tot[k] = (sp[k] ?? 0) + ((organic[k] as number | null) ?? 0);
        posts.push(tot);
      }
      posts.push({
        platform: 'Instagram',
        format: 'meta',
        post_id: `1789${d}`,
        published_at: `${date}T10:00:00Z`,
        views: 900 + int(800),
        reach: 700 + int(600),
        reactions: int(120),
        comments: int(20),
        shares: int(10),
        saves: int(15),
      });
    }
    for (const channel of ['Organic Social', 'Paid Search']) {
      const sessions = 100 + int(400);
      web.push({
        date,
        channel,
        sessions,
        users: Math.round(sessions * 0.8),
        new_users: int(sessions / 2),
        engaged_sessions: int(sessions),
        key_events: int(9),
        revenue: int(2000),
      });
    }
    for (const campaign of ['Leads Q2', 'Brand']) {
      const impressions = 2000 + int(8000);
      const clicks = int(90);
      campaigns.push({
        platform: 'LinkedIn',
        format: 'linkedin-ads',
        date,
        account: 'Acme Ads',
        campaign,
        campaign_id: campaign === 'Brand' ? '5001' : '5002',
        currency: 'EUR',
        spend: Math.round(r() * 30000) / 100,
        impressions,
        clicks,
        conversions: int(6),
        leads: int(4),
        conversion_value: int(900),
      });
    }
  }
  return {
    posts: table('posts', posts),
    daily: table('daily', daily),
    campaigns: table('campaigns', campaigns),
    web: table('web', web),
  };
}

/** The same tables with no rows (just imported headers). */
export function emptyTables(): CanonicalTable[] {
  return Object.values(syntheticTables()).map((t) => ({ ...t, rows: [] }));
}
