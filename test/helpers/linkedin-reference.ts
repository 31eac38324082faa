/**
 * What the social-selling tab's LinkedIn block must show, computed directly on the canonical
 * network and conversations rows with the KPI registry (shared by the emulator and report tests).
 */
import { getKpi } from '../../src/kpi/registry';
import type { CanonicalTable, CanonicalValue } from '../../src/model/schema';
import { isoToSerial } from '../../src/templates/period';

export type Row = Record<string, CanonicalValue>;
export interface Keywords {
  companies: string[];
  titles: string[];
  industries: string[];
}
export const objects = (t: CanonicalTable): Row[] =>
  t.rows.map((r) => Object.fromEntries(t.columns.map((c, i) => [c, r[i]])));
export const serialToIso = (n: number) => new Date((n - 25569) * 86400000).toISOString().slice(0, 10);
const kpi = (name: string, ...args: (number | string)[]) => getKpi(name).compute(args) as number | string;

/** The reference: counts over the canonical rows of one window [s, e] (ISO days, e included). */
export function reference(
  KEYWORDS: Keywords,
  net: Row[],
  conv: Row[],
  s: string,
  e: string,
): (number | string)[] {
  const day = (v: CanonicalValue) => (typeof v === 'string' ? v.slice(0, 10) : null);
  const inside = (v: CanonicalValue) => day(v) !== null && day(v)! >= s && day(v)! <= e;
  const has = (text: CanonicalValue, keys: string[]) =>
    keys.some((k) =>
      String(text ?? '')
        .toLowerCase()
        .includes(k.toLowerCase()),
    );
  const relevant = (r: Row) =>
    has(r.company, KEYWORDS.companies) ||
    has(r.position, KEYWORDS.titles) ||
    has(r.company, KEYWORDS.industries) ||
    has(r.position, KEYWORDS.industries);
  const connected = net.filter((r) => r.connected_on !== null && day(r.connected_on)! <= e);
  const fresh = net.filter((r) => inside(r.connected_on));
  const sent = net.filter((r) => r.invitation === 'sent' && inside(r.invited_on));
  const accepted = sent.filter((r) => r.connected_on !== null);
  const msgs = conv.filter((r) => inside(r.sent_at));
  const started = msgs.filter((r) => r.direction === 'sent' && r.opens === 1);
  const replied = started.filter((r) => r.replied === 1);
  const hours = msgs
    .filter((r) => r.reply_hours !== null)
    .map((r) => r.reply_hours as number)
    .sort((a, b) => a - b);
  const median = hours.length
    ? (hours[Math.floor((hours.length - 1) / 2)] + hours[Math.ceil((hours.length - 1) / 2)]) / 2
    : '';
  const weeks = (isoToSerial(e) - isoToSerial(s) + 1) / 7;
  return [
    connected.length,
    fresh.length,
    kpi('RELEVANCE_RATE', connected.filter(relevant).length, connected.length),
    kpi('RELEVANCE_RATE', fresh.filter(relevant).length, fresh.length),
    sent.length,
    accepted.length,
    kpi('ACCEPTANCE_RATE', accepted.length, sent.length),
    msgs.filter((r) => r.direction === 'sent').length,
    msgs.filter((r) => r.direction === 'received').length,
    started.length,
    replied.length,
    kpi('REPLY_RATE', replied.length, started.length),
    median,
    msgs.filter((r) => r.week_first === 1).length / weeks,
  ];
}
