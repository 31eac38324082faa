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
const DAY = 86_400_000;

/** Days since 1970-01-01 of the Monday of the ISO week an ISO date(time) falls in (no Date objects: hot path). */
export function isoWeekKey(iso: string): number {
  const days = Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY;
  // 1970-01-01 was a Thursday: (days + 3) % 7 is 0 on Mondays.
  return days - ((((days + 3) % 7) + 7) % 7);
}

const epoch = (iso: string) => Date.parse(iso.endsWith('Z') ? iso : `${iso}Z`);
/** `RECIPIENT PROFILE URLS` is comma-joined; most messages have one recipient (no split needed). */
const urlsOf = (v: CanonicalValue): string[] =>
  typeof v !== 'string' || v === '' ? [] : /[,\s]/.test(v) ? v.split(/[,\s]+/).filter((u) => u !== '') : [v];

/**
 * The owner is the participant present in every conversation (sender or recipient). When several
 * qualify (a single conversation), the one who sent most messages is taken, and the user is told.
 */
function findOwner(
  groups: Rows[],
  sender: number,
  recipients: number,
): { owner: string | null; issues: ImportIssue[] } {
  const participants = (g: Rows) => {
    const here = new Set<string>();
    for (const r of g) {
      here.add(r[sender] as string);
      for (const u of urlsOf(r[recipients])) here.add(u);
    }
    return here;
  };
  const sentBy = (u: string) => groups.reduce((n, g) => n + g.filter((r) => r[sender] === u).length, 0);
  // Usually one member is in every conversation: narrow the first conversation's participants down.
  let common = groups.length ? [...participants(groups[0])] : [];
  for (let i = 1; i < groups.length && common.length; i++) {
    const g = groups[i];
    common = common.filter((u) => g.some((r) => r[sender] === u || urlsOf(r[recipients]).includes(u)));
  }
  let most = groups.length;
  let candidates = common;
  if (!candidates.length) {
    // Nobody is in all of them: take whoever is in most, and say so.
    const count = new Map<string, number>();
    for (const g of groups) for (const u of participants(g)) count.set(u, (count.get(u) ?? 0) + 1);
    most = Math.max(0, ...count.values());
    candidates = [...count.keys()].filter((u) => count.get(u) === most);
  }
  const sent = new Map(candidates.map((u) => [u, candidates.length > 1 ? sentBy(u) : 0]));
  candidates.sort((a, b) => (sent.get(b) ?? 0) - (sent.get(a) ?? 0));
  const owner = candidates[0] ?? null;
  const issues: ImportIssue[] = [];
  if (owner && most < groups.length) {
    issues.push({
      level: 'warning',
      message: `messages.csv: no member takes part in every conversation; the export's owner was taken to be ${owner} (in ${most} of ${groups.length}). If that is wrong, the sent/received split is reversed for the others.`,
    });
  } else if (owner && candidates.length > 1) {
    issues.push({
      level: 'warning',
      message: `messages.csv: ${candidates.length} members take part in every conversation; the export's owner was taken to be ${owner}, who sent the most messages. Import a longer history to be sure.`,
    });
  }
  return { owner, issues };
}

const OUT = [
  'sent_at',
  'conversation_id',
  'direction',
  'partner_url',
  'opens',
  'replied',
  'reply_hours',
  'week_first',
];

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
  if (conv < 0 || at < 0 || sender < 0) {
    const issue: ImportIssue = {
      level: 'error',
      message:
        'messages.csv: CONVERSATION ID, DATE and SENDER PROFILE URL are needed to count conversations; map them back to their own columns in the mapping step.',
    };
    return { table: { table: t.table, columns: OUT, rows: [] }, issues: [issue], skipped };
  }
  // Conversations in order of first appearance, each with its rows in file order.
  const byConversation = new Map<CanonicalValue, Rows>();
  t.rows.forEach((r, i) => {
    const reason =
      draft >= 0 && String(r[draft] ?? '').toLowerCase() === 'yes'
        ? 'a draft, never sent'
        : folder >= 0 && String(r[folder] ?? '').toLowerCase() === 'spam'
          ? 'in the SPAM folder'
          : r[sender] === null || r[sender] === ''
            ? 'no sender profile URL (sponsored InMail or a "LinkedIn Member" who left)'
            : r[conv] === null || r[at] === null
              ? 'no conversation id or date'
              : null;
    if (reason) return void skipped.push({ row: where(i), reason });
    const g = byConversation.get(r[conv]);
    if (g) g.push(r);
    else byConversation.set(r[conv], [r]);
  });
  const groups = [...byConversation.values()];
  const { owner, issues } = findOwner(groups, sender, recipients);
  issues.push(...countWarning(skipped, 'messages'));

  // The mapper puts the model columns first (OUT order) and the helper columns after them, so each
  // row is rewritten in place and cut to the model's width: no second copy of 100,000 rows.
  const pos = OUT.map(col);
  if (pos.some((p, i) => p !== i)) throw new Error('messagesPass: model columns are not first');
  const width = OUT.length;
  const rows: Rows = [];
  for (const g of groups) {
    // Time order within the conversation (ISO text sorts by time; the sort is stable for ties).
    g.sort((a, b) =>
      (a[at] as string) < (b[at] as string) ? -1 : (a[at] as string) > (b[at] as string) ? 1 : 0,
    );
    const weeks = new Set<number>();
    let opening: CanonicalValue[] | null = null;
    let answered = false;
    for (const r of g) {
      const time = r[at] as string;
      const from = r[sender];
      const mine = from === owner;
      const to = r[recipients];
      const week = isoWeekKey(time);
      r[2] = mine ? 'sent' : 'received';
      r[3] = mine
        ? typeof to === 'string' && to !== owner && !/[,\s]/.test(to)
          ? to
          : urlsOf(to)
              .filter((u) => u !== owner)
              .join(' ') || null
        : from;
      r[4] = opening ? 0 : 1;
      r[5] = opening || !mine ? null : 0;
      r[6] = null;
      r[7] = weeks.has(week) ? 0 : 1;
      r.length = width;
      weeks.add(week);
      if (!opening) opening = r;
      else if (!answered && opening[2] === 'sent' && !mine) {
        answered = true;
        opening[5] = 1;
        opening[6] = Math.round(((epoch(time) - epoch(opening[0] as string)) / HOUR) * 100) / 100;
      }
      rows.push(r);
    }
  }
  return { table: { table: t.table, columns: OUT, rows }, issues, skipped };
};
