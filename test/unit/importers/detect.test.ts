import { FORMATS, detectFormat, readFile } from '../../../src/importers';
import { fixtureBytes } from './helpers';

/** Every format in EXPORTS.md has at least one fixture, detected as that format with evidence. */
const CASES: [string, string][] = [
  ['linkedin-page-content.xlsx', 'linkedin-page-content'],
  ['linkedin-page-content.excel-resaved.xlsx', 'linkedin-page-content'],
  ['linkedin-page-content.google-sheets.csv', 'linkedin-page-content'],
  ['linkedin-page-content.legacy.xls', 'linkedin-page-content'],
  ['linkedin-page-followers.xlsx', 'linkedin-page-followers'],
  ['linkedin-page-visitors.xlsx', 'linkedin-page-visitors'],
  ['linkedin-campaign-manager.csv', 'linkedin-campaign-manager'],
  ['Connections.csv', 'linkedin-member-connections'],
  ['Invitations.csv', 'linkedin-member-invitations'],
  ['messages.csv', 'linkedin-member-messages'],
  ['Basic_LinkedInDataExport_01-05-2026.zip', 'linkedin-member-export'],
  ['linkedin-campaign-manager.localized-pt.csv', 'linkedin-campaign-manager'],
  ['linkedin-campaign-manager.with-totals.csv', 'linkedin-campaign-manager'],
  ['linkedin-creator.xlsx', 'linkedin-creator'],
  ['meta-posts-instagram.csv', 'meta-posts'],
  ['meta-posts-facebook.csv', 'meta-posts'],
  ['meta-insights-views.csv', 'meta-insights'],
  ['facebook-legacy-posts.csv', 'facebook-legacy-posts'],
  ['x-tweet-activity.csv', 'x-tweet-activity'],
  ['x-account-overview.csv', 'x-account-overview'],
  ['youtube-studio.zip', 'youtube-studio'],
  ['youtube-studio.localized-pt.zip', 'youtube-studio'],
  ['Overview_2026-01-05_1767571200.zip', 'tiktok-studio'],
  ['FollowerHistory_2026-01-05_1767571200.zip', 'tiktok-studio'],
  ['Content_2026-01-05_1767571200.zip', 'tiktok-studio'],
  ['ga4-traffic-acquisition.csv', 'ga4'],
  ['generic-daily-semicolon-1252.csv', 'generic'],
  ['generic-posts.tsv', 'generic'],
];

describe('detectFormat', () => {
  it.each(CASES)('detects %s as %s, ahead of every alternative, with evidence', (file, id) => {
    const d = detectFormat(readFile(file, fixtureBytes(file)));
    expect(d?.format.id).toBe(id);
    expect(d?.evidence.length).toBeGreaterThan(0);
    // Where, as the user sees it: a workbook's sheet, a file inside a ZIP, or the CSV itself.
    expect(d?.evidence[0]).toMatch(/^(sheet ".+"|".+"|the file|table \d+ of the file), row \d+ matches /);
    for (const alt of d?.alternatives ?? []) expect(alt.confidence).toBeLessThanOrEqual(d?.confidence ?? 0);
    if (id === 'generic') expect(d?.confidence).toBeLessThan(0.5);
    else expect(d?.confidence).toBeGreaterThanOrEqual(0.7);
  });

  it('covers every registered format with a fixture', () => {
    expect(new Set(CASES.map(([, id]) => id))).toEqual(new Set(FORMATS.map((f) => f.id)));
  });

  it('ranks the generic fallback below a specific format that also matches', () => {
    const d = detectFormat(readFile('x-account-overview.csv', fixtureBytes('x-account-overview.csv')));
    const generic = d?.alternatives.find((a) => a.format.id === 'generic');
    expect(generic).toBeDefined();
    expect(generic?.confidence).toBeLessThan(d?.confidence ?? 0);
  });

  it('returns null when no sheet has a known header', () => {
    expect(
      detectFormat({
        file: 'x.csv',
        kind: 'csv',
        sheets: [{ name: 'table 1', rows: [['Name', 'Colour']], preamble: [] }],
      }),
    ).toBeNull();
  });
});

describe('FORMATS list (CLI and sidebar picker)', () => {
  it('gives each format an id, name, platform, description and how well its shape is known', () => {
    for (const f of FORMATS) {
      expect(f.id).toMatch(/^[a-z0-9-]+$/);
      expect(f.name.length).toBeGreaterThan(3);
      expect(f.description.length).toBeGreaterThan(10);
      expect(['seen', 'partly seen', 'inferred']).toContain(f.evidence);
    }
    expect(new Set(FORMATS.map((f) => f.id)).size).toBe(FORMATS.length);
  });
});

describe('detection does not let common headers pass for a platform export', () => {
  it('a plain table of Date, Followers, Impressions, … is generic, not TikTok followers or LinkedIn creator', () => {
    const csv = 'Date,Followers,Impressions,Engagements,Video views,Notes\n2026-06-01,10,100,5,7,x\n';
    const d = detectFormat(readFile('stats.csv', new TextEncoder().encode(csv)));
    expect(d?.format.id).toBe('generic');
  });

  it('a section tied to a sheet name applies to a CSV of that name (a member unzipped by hand)', () => {
    const csv =
      '\ufeff"Date","Followers","Difference in followers from previous day"\n"January 2","120","3"\n';
    const d = detectFormat(readFile('FollowerHistory.csv', new TextEncoder().encode(csv)));
    expect(d?.format.id).toBe('tiktok-studio');
  });
});
