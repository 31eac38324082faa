/**
 * The LinkedIn member data export (Connections.csv, Invitations.csv, messages.csv, alone or in the
 * ZIP LinkedIn delivers) → the `network` and `conversations` tables, with nothing private in them.
 */
import { importFile, mergeRows, type ImportResult } from '../../../src/importers';
import { connectionsCsv, messagesCsv, OWNER, smallExport } from '../../fixtures/linkedin-member';
import { enc, importFixture, rows, table } from './helpers';

const ZIP = 'Basic_LinkedInDataExport_01-05-2026.zip';
const everyCell = (r: ImportResult) => r.tables.flatMap((t) => [...t.columns, ...t.rows.flat()]).map(String);

describe('Connections.csv', () => {
  const r = importFixture('Connections.csv');
  const net = rows(r, 'network');

  it('is read after its Notes: preamble, one row per connection keyed by profile URL', () => {
    expect(r.format).toBe('linkedin-member-connections');
    expect(net).toHaveLength(120);
    expect(r.issues.some((i) => /report notes above the table \("Notes:"\)/.test(i.message))).toBe(true);
    expect(new Set(net.map((x) => x.profile_url)).size).toBe(120);
  });

  it('keeps quoted commas and quotes, non-English text, and turns "07 Dec 2025" into ISO dates', () => {
    expect(net.some((x) => x.company === 'Acme, Inc.')).toBe(true);
    expect(net.some((x) => x.position === 'VP, Sales')).toBe(true);
    expect(net.some((x) => x.company === 'Umbrella "Labs"')).toBe(true);
    expect(net).toContainEqual(
      expect.objectContaining({
        profile_url: 'https://www.linkedin.com/in/zo%C3%AB-brandt',
        company: 'Société Générale',
        position: 'Directrice commerciale',
      }),
    );
    for (const x of net) expect(x.connected_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(net[0].connected_on).toBe('2026-01-01');
  });

  it('leaves out a hidden profile (date only) with a reason and a warning', () => {
    expect(r.skipped).toEqual([
      expect.objectContaining({
        row: 'file "Connections.csv", table 2 of the file, row 122',
        reason: expect.stringMatching(/no profile URL/),
      }),
    ]);
    expect(r.issues).toContainEqual({
      level: 'warning',
      message: expect.stringMatching(/1 connections without/),
    });
  });

  it('never reads names or e-mail addresses, even when the user maps them in the sidebar', () => {
    const mapped = importFile('Connections.csv', enc(connectionsCsv(30).text), {
      mapping: { 'Email Address': 'position', 'First Name': 'company' },
    });
    const cells = everyCell(mapped);
    expect(cells.some((c) => c.includes('@example.com'))).toBe(false);
    expect(cells).not.toContain('Ada');
    expect(mapped.mapping.map((m) => m.header)).not.toContain('Email Address');
  });
});

describe('Invitations.csv', () => {
  const r = importFixture('Invitations.csv');
  const inv = rows(r, 'network');

  it('keys each invitation by the other member: the invitee of one you sent, the inviter of one you received', () => {
    expect(r.format).toBe('linkedin-member-invitations');
    expect(inv).toHaveLength(60);
    expect(inv.filter((x) => x.invitation === 'sent')).toHaveLength(45);
    expect(inv.filter((x) => x.invitation === 'received')).toHaveLength(15);
    expect(inv.map((x) => x.profile_url)).not.toContain(OWNER);
    for (const x of inv) expect(x.invited_on).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(table(r, 'network').columns).not.toContain('inviter_url');
  });

  it('reads "3/5/26, 1:45 AM" as month/day/two-digit year', () => {
    const one = importFile(
      'Invitations.csv',
      enc(
        'From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\nSam,Kim,"3/5/26, 1:45 AM",,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/kim\n',
      ),
    );
    expect(rows(one, 'network')).toEqual([
      expect.objectContaining({
        profile_url: 'https://www.linkedin.com/in/kim',
        invited_on: '2026-03-05',
        invitation: 'sent',
      }),
    ]);
  });
});

describe('messages.csv', () => {
  const csv = [
    'CONVERSATION ID,CONVERSATION TITLE,FROM,SENDER PROFILE URL,TO,RECIPIENT PROFILE URLS,DATE,SUBJECT,CONTENT,FOLDER',
    // A: you open on a Monday, they answer 2.5 h later, you follow up the next week.
    `A,,Me,${OWNER},Ann,https://x/in/ann,2026-03-02 09:00:00 UTC,Hi,"Hello, Ann",INBOX`,
    `A,,Ann,https://x/in/ann,Me,${OWNER},2026-03-02 11:30:00 UTC,,Sure,INBOX`,
    `A,,Me,${OWNER},Ann,https://x/in/ann,2026-03-09 08:00:00 UTC,,Call?,INBOX`,
    // B: they open, you answer.
    `B,,Bob,https://x/in/bob,Me,${OWNER},2026-03-03 10:00:00 UTC,,Hey,INBOX`,
    `B,,Me,${OWNER},Bob,https://x/in/bob,2026-03-03 12:00:00 UTC,,Hey back,ARCHIVE`,
    // C: you open twice, no answer.
    `C,,Me,${OWNER},Cy,https://x/in/cy,2026-03-04 10:00:00 UTC,,Ping,INBOX`,
    `C,,Me,${OWNER},Cy,https://x/in/cy,2026-03-05 10:00:00 UTC,,Ping again,INBOX`,
  ].join('\n');
  const r = importFile('messages.csv', enc(csv));
  const msgs = rows(r, 'conversations');
  const pick = (c: string) =>
    msgs
      .filter((m) => m.conversation_id === c)
      .map((m) => [m.direction, m.partner_url, m.opens, m.replied, m.reply_hours, m.week_first]);

  it('tells sent from received by the owner (the member in every conversation), partners as profile URLs', () => {
    expect(r.format).toBe('linkedin-member-messages');
    expect(pick('A')).toEqual([
      ['sent', 'https://x/in/ann', 1, 1, 2.5, 1],
      ['received', 'https://x/in/ann', 0, null, null, 0],
      ['sent', 'https://x/in/ann', 0, null, null, 1],
    ]);
    expect(pick('B')).toEqual([
      ['received', 'https://x/in/bob', 1, null, null, 1],
      ['sent', 'https://x/in/bob', 0, null, null, 0],
    ]);
    expect(pick('C')).toEqual([
      ['sent', 'https://x/in/cy', 1, 0, null, 1],
      ['sent', 'https://x/in/cy', 0, null, null, 0],
    ]);
    expect(msgs[0].sent_at).toBe('2026-03-02T09:00:00Z');
  });

  it('keeps no text, subject, name or folder', () => {
    const cells = everyCell(r);
    for (const secret of ['Hello, Ann', 'Sure', 'Hi', 'Ann', 'Me', 'ARCHIVE', 'Ping again'])
      expect(cells).not.toContain(secret);
    expect(table(r, 'conversations').columns).toEqual([
      'sent_at',
      'conversation_id',
      'direction',
      'partner_url',
      'opens',
      'replied',
      'reply_hours',
      'week_first',
    ]);
  });

  it('leaves out drafts, spam and sponsored rows, each with its reason', () => {
    const f = importFixture('messages.csv');
    expect(f.skipped.map((s) => s.reason)).toEqual([
      'a draft, never sent',
      'in the SPAM folder',
      expect.stringMatching(/no sender profile URL/),
    ]);
    expect(rows(f, 'conversations')).toHaveLength(400);
  });
});

describe('the ZIP LinkedIn delivers', () => {
  const r = importFixture(ZIP);

  it('reads connections, invitations and messages from it and lists every other file as not imported', () => {
    expect(r.format).toBe('linkedin-member-export');
    expect(rows(r, 'network').length).toBe(135); // 120 connections + 15 pending invitations
    expect(rows(r, 'conversations').length).toBe(400);
    for (const f of ['Profile.csv', 'Skills.csv', 'guide_messages.csv'])
      expect(r.issues).toContainEqual({
        level: 'info',
        message: expect.stringContaining(`"${f}": not imported`),
      });
  });

  it('joins an invitation you sent to the connection it became (accepted)', () => {
    const net = rows(r, 'network');
    const accepted = net.filter((x) => x.invitation === 'sent' && x.connected_on !== null);
    const pending = net.filter((x) => x.invitation === 'sent' && x.connected_on === null);
    expect(accepted).toHaveLength(30);
    expect(pending).toHaveLength(15);
  });

  it('holds none of the private values of the files (names, e-mails, notes, subjects, text)', () => {
    const cells = everyCell(r).join('\u0000');
    const leaked = smallExport().secrets.filter((s) => cells.includes(s));
    expect(leaked).toEqual([]);
  });
});

describe('re-importing a later export', () => {
  it('adds only the new connections and messages', () => {
    const before = smallExport();
    const [head, ...body] = before.connections.text.split('\n\n')[1].split('\n');
    // Five new connections on top (every generated file has the same non-English profile: left out).
    const newer = connectionsCsv(7, Date.UTC(2026, 1, 1), 99)
      .text.split('\n\n')[1]
      .split('\n')
      .slice(1, 7)
      .filter((l) => !l.includes('zo%C3%AB'));
    const laterConnections = `${before.connections.text.split('\n\n')[0]}\n\n${[head, ...newer, ...body].join('\n')}`;
    // 20 new messages (texts hold line breaks: cut by record, not by line), before the draft/spam/ad rows.
    const more = messagesCsv(20, ['https://www.linkedin.com/in/new-partner'], Date.UTC(2026, 1, 1), 98).text;
    const newRecords = more.slice(more.indexOf('\n') + 1, more.indexOf('2-draft'));
    const laterMessages = `${before.messages.text}${newRecords}`;

    const first = importFile('Connections.csv', enc(before.connections.text));
    const later = importFile('Connections.csv', enc(laterConnections));
    const net = mergeRows(table(first, 'network'), table(later, 'network'));
    expect([net.added, net.unchanged]).toEqual([5, 120]);

    const m1 = importFile('messages.csv', enc(before.messages.text));
    const m2 = importFile('messages.csv', enc(laterMessages));
    const conv = mergeRows(table(m1, 'conversations'), table(m2, 'conversations'));
    expect(conv.added).toBe(20);
    expect(conv.table.rows).toHaveLength(420);
  });
});

describe('large exports (generated at test time)', () => {
  it('imports 20,000 connections and 100,000 messages', () => {
    const c = connectionsCsv(20_000);
    const net = importFile('Connections.csv', enc(c.text));
    expect(table(net, 'network').rows).toHaveLength(20_000);
    const m = messagesCsv(100_000, c.urls.slice(0, 5000));
    const conv = importFile('messages.csv', enc(m.text));
    expect(table(conv, 'conversations').rows).toHaveLength(100_000);
    const dir = table(conv, 'conversations').columns.indexOf('direction');
    const sent = table(conv, 'conversations').rows.filter((x) => x[dir] === 'sent').length;
    expect(sent).toBeGreaterThan(30_000);
    expect(sent).toBeLessThan(70_000);
  });
});
