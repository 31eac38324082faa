/** A large generic posts export (CSV) for the progress test and the sidebar bench. */
export function bigPostsCsv(rows: number): Buffer {
  const lines = ['Post ID,Title,Date,Impressions,Clicks,Likes'];
  for (let i = 0; i < rows; i++) {
    const d = new Date(Date.UTC(2025, 0, 1) + (i % 180) * 86400000).toISOString().slice(0, 10);
    lines.push(`${100000 + i},Post number ${i},${d},${1000 + (i % 97)},${i % 31},${i % 17}`);
  }
  return Buffer.from(lines.join('\n'));
}
