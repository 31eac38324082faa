/**
 * LinkedIn member export figures (`npx tsx scripts/bench.ts linkedin-member`):
 *  - member_messages_vs_papaparse: importFile on a generated messages.csv of 100,000 messages
 *    (the real header, quoted text with commas and line breaks; test/fixtures/linkedin-member.ts)
 *    ÷ TextDecoder + Papa.parse of the same bytes, same run, medians of 7 interleaved runs
 *    (target ≤ 2.0). Our side includes detection, mapping, dropping the private columns and the
 *    owner / direction / reply pass.
 *  - member_connections_vs_papaparse: the same for 20,000 connections.
 */
import Papa from 'papaparse';
import { importFile } from '../src/importers';
import { connectionsCsv, messagesCsv } from '../test/fixtures/linkedin-member';
import { median, time } from './measure';

const round2 = (x: number) => Math.round(x * 100) / 100;

function compare(name: string, bytes: Uint8Array): { ours: number; papa: number; rows: number } {
  importFile(name, bytes.subarray(0, 200_000));
  Papa.parse(new TextDecoder().decode(bytes.subarray(0, 200_000)));
  const ours: number[] = [];
  const papa: number[] = [];
  let rows = 0;
  for (let i = 0; i < 7; i++) {
    papa.push(time(() => Papa.parse(new TextDecoder().decode(bytes))));
    ours.push(
      time(() => {
        rows = importFile(name, bytes).tables[0].rows.length;
      }),
    );
  }
  return { ours: median(ours), papa: median(papa), rows };
}

export default async function linkedinMemberBench(): Promise<Record<string, unknown>> {
  const enc = new TextEncoder();
  const connections = connectionsCsv(20_000);
  const messages = enc.encode(messagesCsv(100_000, connections.urls.slice(0, 5000)).text);
  const m = compare('messages.csv', messages);
  const c = compare('Connections.csv', enc.encode(connections.text));
  return {
    member_messages_bytes: messages.length,
    member_messages_rows: m.rows,
    member_messages_import_ms: round2(m.ours),
    member_messages_papaparse_ms: round2(m.papa),
    member_messages_vs_papaparse: round2(m.ours / m.papa),
    member_connections_rows: c.rows,
    member_connections_vs_papaparse: round2(c.ours / c.papa),
  };
}
