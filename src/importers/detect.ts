/**
 * detectFormat: which export is this? Every format's sections are tried on every sheet; a section
 * counts when a header row carries its whole signature. Confidence grows with how many of the
 * section's columns matched and whether the sheet name fits; the generic fallback is capped low.
 */
import { FORMAT_DEFS, GENERIC_ID } from './formats';
import { aliasIndex, findHeader, normalizeHeader, normalizedRow, type HeaderMatch } from './header';
import { sheetPhrase } from './place';
import type { DetectResult, Detection, FormatDef, RawSheet, RawWorkbook, SectionRule } from './types';

export interface SectionMatch {
  section: SectionRule;
  header: HeaderMatch;
  score: number;
}

const CSV_BLOCK = /^table \d+$/;

/**
 * The best section of `format` for one sheet, or null. A section tied to a sheet name (`Totals`,
 * `TOP POSTS`) only applies to that sheet — or, for a CSV, to a file of that name (a member
 * unzipped by the user, a sheet downloaded from Google Sheets as `Book - All posts.csv`).
 */
export function matchSection(format: FormatDef, sheet: RawSheet, fileName = ''): SectionMatch | null {
  let best: SectionMatch | null = null;
  for (const section of format.sections) {
    const named = section.sheet
      ? section.sheet.test(sheet.name) || (CSV_BLOCK.test(sheet.name) && section.sheet.test(fileName))
      : false;
    if (section.sheet && !named) continue;
    const header = findHeader(sheet, section, aliasIndex(section));
    if (!header) continue;
    if (section.titledSections && !titleNamesAColumn(sheet, header.row)) continue;
    const row = sheet.rows[header.row];
    const headers = row.filter((c) => c !== null && String(c).trim() !== '').length;
    const coverage = Math.min(1, header.matched.size / Math.min(section.columns.length, 10));
    const unmatched = headers === 0 ? 0 : Math.max(0, headers - header.matched.size) / headers;
    let score =
      0.55 + 0.3 * coverage - 0.1 * unmatched + (named ? 0.1 : 0) - (section.sheet && !named ? 0.15 : 0);
    if (section.signature.length === 1) score -= 0.1;
    score = Math.max(0.05, Math.min(1, score));
    if (
      !best ||
      score > best.score ||
      (score === best.score && header.matched.size > best.header.matched.size)
    ) {
      best = { section, header, score };
    }
  }
  return best;
}

/** The line above the header is one cell (a section title) that names one of the header's columns. */
function titleNamesAColumn(sheet: RawSheet, headerRow: number): boolean {
  const above = (sheet.rows[headerRow - 1] ?? []).filter((c) => c !== null && String(c).trim() !== '');
  if (above.length !== 1) return false;
  const title = normalizeHeader(above[0]);
  return normalizedRow(sheet.rows[headerRow]).includes(title);
}

function detectOne(format: FormatDef, wb: RawWorkbook): Detection | null {
  if (format.container && format.container !== wb.kind) return null;
  let best = 0;
  const evidence: string[] = [];
  let sheetsMatched = 0;
  for (const sheet of wb.sheets) {
    const m = matchSection(format, sheet, wb.file);
    if (!m) continue;
    sheetsMatched++;
    best = Math.max(best, m.score);
    const names = [...new Set(m.header.matched.values())];
    const headers = [...m.header.matched.keys()]
      .slice(0, 6)
      .map((c) => String(sheet.rows[m.header.row][c]).trim());
    evidence.push(
      `${sheetPhrase(sheet.name) || 'the file'}, row ${m.header.row + 1} matches ${format.name} / ${m.section.id}: ${names.length} known columns (${headers.join(', ')}${m.header.matched.size > 6 ? ', …' : ''})`,
    );
  }
  if (sheetsMatched === 0) return null;
  let confidence = best + Math.min(0.05, 0.025 * (sheetsMatched - 1));
  if (format.fileName?.test(wb.file)) {
    confidence += 0.03;
    evidence.push(`file name "${wb.file}" fits ${format.name}`);
  }
  if (format.id === GENERIC_ID) {
    confidence = Math.min(0.45, confidence * 0.5);
    evidence.push('generic fallback: columns matched by common names — check the mapping');
  }
  return { format, confidence: round(Math.min(1, confidence)), evidence };
}

const round = (x: number) => Math.round(x * 100) / 100;

/** All formats that match, best first (the generic fallback last unless nothing else fits). */
export function rankFormats(wb: RawWorkbook, formats: FormatDef[] = FORMAT_DEFS): Detection[] {
  const out: Detection[] = [];
  for (const f of formats) {
    const d = detectOne(f, wb);
    if (d) out.push(d);
  }
  return out.sort((a, b) => b.confidence - a.confidence);
}

/** Best format with its confidence and evidence, plus the ranked alternatives; null when nothing matches. */
export function detectFormat(wb: RawWorkbook): DetectResult | null {
  const ranked = rankFormats(wb);
  if (ranked.length === 0) return null;
  return { ...ranked[0], alternatives: ranked.slice(1) };
}
