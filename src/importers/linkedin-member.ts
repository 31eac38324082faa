/**
 * Whole-file passes for the LinkedIn member data export (formats/linkedin-member-*.ts): choose the
 * partner's profile URL by invitation direction, find the export's owner in messages.csv and turn
 * each message into sent/received with the conversation facts the social-selling tab counts.
 * Names, subjects and text never get here: those columns are private and dropped while mapping.
 */
import type { CanonicalTable, CanonicalValue } from '../model/schema';
import type { ImportIssue, SkippedRow, TablePass } from './types';

type Rows = CanonicalValue[][];

/** A table without some helper columns (they only feed a pass, never a cell). */
function withoutColumns(t: CanonicalTable, drop: string[], rows: Rows): CanonicalTable {
  const keep = t.columns.map((c, i) => (drop.includes(c) ? -1 : i)).filter((i) => i >= 0);
  return {
    table: t.table,
    columns: keep.map((i) => t.columns[i]),
    rows: rows.map((r) => keep.map((i) => r[i] ?? null)),
  };
}

/** Rows of Connections.csv without a URL: hidden or closed profiles (`,,,,,07 Jun 2022` rows). */
export const connectionsPass: TablePass = (t, where) => {
  const url = t.columns.indexOf('profile_url');
  const rows: Rows = [];
  const skipped: SkippedRow[] = [];
  t.rows.forEach((r, i) => {
    if (url >= 0 && r[url] !== null && r[url] !== '') rows.push(r);
    else
      skipped.push({
        row: where(i),
        reason:
          'no profile URL (a hidden or closed profile, or an export from before mid-2023): it cannot be matched on re-import, so it is not counted in the network',
      });
  });
  return {
    table: { ...t, rows },
    issues: countWarning(skipped, 'connections without a profile URL'),
    skipped,
  };
};

function countWarning(skipped: SkippedRow[], what: string): ImportIssue[] {
  return skipped.length
    ? [{ level: 'warning', message: `${skipped.length} ${what} were left out (listed under skipped rows).` }]
    : [];
}

/** Invitations.csv: the partner is the invitee of an invitation you sent, the inviter of one you received. */
export const invitationsPass: TablePass = (t, where) => {
  const dir = t.columns.indexOf('invitation');
  const inviter = t.columns.indexOf('inviter_url');
  const invitee = t.columns.indexOf('invitee_url');
  let out = t.columns.indexOf('profile_url');
  const columns = out >= 0 ? t.columns : [...t.columns, 'profile_url'];
  if (out < 0) out = columns.length - 1;
  const rows: Rows = [];
  const skipped: SkippedRow[] = [];
  t.rows.forEach((r, i) => {
    const d = dir >= 0 ? r[dir] : null;
    const partner = d === 'sent' ? r[invitee] : d === 'received' ? r[inviter] : null;
    if (typeof partner !== 'string' || partner === '') {
      skipped.push({
        row: where(i),
        reason:
          d === 'sent' || d === 'received'
            ? 'no profile URL for the other member (exports before mid-2023 lack it), so it cannot be matched to a connection'
            : `direction ${JSON.stringify(d)} is neither INCOMING nor OUTGOING`,
      });
      return;
    }
    const row = columns.map((_, k) => r[k] ?? null);
    row[out] = partner;
    rows.push(row);
  });
  return {
    table: withoutColumns({ ...t, columns }, ['inviter_url', 'invitee_url'], rows),
    issues: countWarning(skipped, 'invitations'),
    skipped,
  };
};

const HOUR = 3_600_000;

/** Monday (UTC, as ISO text) of the ISO week an ISO datetime falls in. */
export function isoWeekStart(iso: string): string {
  const t = Date.parse(iso.length === 10 ? `${iso}T00:00:00Z` : iso.endsWith('Z') ? iso : `${iso}Z`);
  const d = new Date(t);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() - back))
    .toISOString()
    .slice(0, 10);
}

const epoch = (iso: string) => Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`);
const urlsOf = (v: CanonicalValue): string[] =>
  typeof v === 'string' ? v.split(/[,\s]+/).filter((u) => u !== '') : [];

/**
 * The owner is the participant present in every conversation (sender or recipient). When several
 * qualify (a single conversation), the one who sent most messages is taken, and the user is told.
 */
function findOwner(
  rows: Rows,
  conv: number,
  sender: number,
  recipients: number,
): { owner: string | null; issues: ImportIssue[] } {
  const inConversations = new Map<string, Set<CanonicalValue>>();
  const sent = new Map<string, number>();
  const conversations = new Set<CanonicalValue>();
  for (const r of rows) {
    conversations.add(r[conv]);
    const from = r[sender] as string;
    sent.set(from, (sent.get(from) ?? 0) + 1);
    for (const u of [from, ...urlsOf(r[recipients])]) {
      let s = inConversations.get(u);
      if (!s) inConversations.set(u, (s = new Set()));
      s.add(r[conv]);
    }
  }
  let most = 0;
  for (const s of inConversations.values()) most = Math.max(most, s.size);
  const candidates = [...inConversations.keys()].filter((u) => inConversations.get(u)!.size === most);
  candidates.sort((a, b) => (sent.get(b) ?? 0) - (sent.get(a) ?? 0));
  const owner = candidates[0] ?? null;
  const issues: ImportIssue[] = [];
  if (owner && most < conversations.size) {
    issues.push({
      level: 'warning',
      message: `messages.csv: no member takes part in every conversation; the export's owner was taken to be ${owner} (in ${most} of ${conversations.size}). If that is wrong, the sent/received split is reversed for the others.`,
    });
  } else if (owner && candidates.length > 1) {
    issues.push({
      level: 'warning',
      message: `messages.csv: ${candidates.length} members take part in every conversation; the export's owner was taken to be ${owner}, who sent the most messages. Import a longer history to be sure.`,
    });
  }
  return { owner, issues };
}

/**
 * messages.csv → one row per message: direction (sent/received) as seen by the export's owner,
 * the partner's profile URL, and per conversation whether the row opens it, whether an opening
 * you sent got a reply and after how many hours, and whether it is the conversation's first
 * message of its ISO week (so active conversations per week are a COUNTIFS).
 */
export const messagesPass: TablePass = (t, where) => {
  const col = (c: string) => t.columns.indexOf(c);
  const [conv, at, sender, recipients, folder, draft] = [
    'conversation_id',
    'sent_at',
    'sender_url',
    'recipient_urls',
    'folder',
    'draft',
  ].map(col);
  const skipped: SkippedRow[] = [];
  const kept: { row: CanonicalValue[]; i: number }[] = [];
  t.rows.forEach((r, i) => {
    const reason =
      draft >= 0 && /^yes$/i.test(String(r[draft] ?? ''))
        ? 'a draft, never sent'
        : folder >= 0 && /^spam$/i.test(String(r[folder] ?? ''))
          ? 'in the SPAM folder'
          : r[sender] === null || r[sender] === ''
            ? 'no sender profile URL (sponsored InMail or a "LinkedIn Member" who left)'
            : r[conv] === null || r[at] === null
              ? 'no conversation id or date'
              : null;
    if (reason) skipped.push({ row: where(i), reason });
    else kept.push({ row: r, i });
  });
  const { owner, issues } = findOwner(
    kept.map((k) => k.row),
    conv,
    sender,
    recipients,
  );
  issues.push(...countWarning(skipped, 'messages'));

  const columns = [...t.columns];
  const add = (c: string) => (columns.includes(c) ? columns.indexOf(c) : columns.push(c) - 1);
  const [dir, partner, opens, replied, hours, weekFirst] = [
    'direction',
    'partner_url',
    'opens',
    'replied',
    'reply_hours',
    'week_first',
  ].map(add);
  const out: Rows = kept.map(({ row }) => {
    const r = columns.map((_, k) => row[k] ?? null);
    const mine = row[sender] === owner;
    r[dir] = mine ? 'sent' : 'received';
    r[partner] = mine
      ? urlsOf(row[recipients])
          .filter((u) => u !== owner)
          .join(' ') || null
      : row[sender];
    return r;
  });

  // Per conversation, in time order (file order breaks ties).
  const order = out.map((_, i) => i);
  order.sort((a, b) => {
    const ca = String(out[a][conv]);
    const cb = String(out[b][conv]);
    if (ca !== cb) return ca < cb ? -1 : 1;
    const ta = String(out[a][at]);
    const tb = String(out[b][at]);
    return ta < tb ? -1 : ta > tb ? 1 : a - b;
  });
  let first = -1;
  let firstReply = false;
  const weeks = new Set<string>();
  for (let k = 0; k < order.length; k++) {
    const r = out[order[k]];
    const starts = k === 0 || out[order[k - 1]][conv] !== r[conv];
    if (starts) {
      first = order[k];
      firstReply = false;
      weeks.clear();
      r[opens] = 1;
      if (r[dir] === 'sent') r[replied] = 0;
    } else r[opens] = 0;
    const week = isoWeekStart(String(r[at]));
    r[weekFirst] = weeks.has(week) ? 0 : 1;
    weeks.add(week);
    const opening = out[first];
    if (!starts && !firstReply && opening[dir] === 'sent' && r[dir] === 'received') {
      firstReply = true;
      opening[replied] = 1;
      opening[hours] = Math.round(((epoch(String(r[at])) - epoch(String(opening[at]))) / HOUR) * 100) / 100;
    }
  }
  return {
    table: withoutColumns({ ...t, columns }, ['sender_url', 'recipient_urls', 'folder', 'draft'], out),
    issues,
    skipped,
  };
};
