/**
 * `kpi-sheets report FILE… --template ID [--from YYYY-MM-DD --to YYYY-MM-DD] [--compare previous|year] -o report.xlsx`
 * Imports the exports, builds data tabs + the KPI tab with native formulas, writes an .xlsx that
 * opens in Excel, LibreOffice and Google Sheets (charts are not included — exceljs cannot write them).
 */
import { writeFileSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { TEMPLATES } from '../../templates';
import type { CliCommand } from '../cli';
import { buildReport } from '../report/build-report';
import { parsedOrProblem, usageError } from './usage';

const ISO = /^\d{4}-\d{2}-\d{2}$/;

export const reportCommand: CliCommand = {
  summary: 'build an .xlsx KPI report (data tabs + KPI tab with native formulas) from analytics exports',
  usage: `kpi-sheets report FILE… --template ${TEMPLATES.map((t) => t.id).join('|')} [--from YYYY-MM-DD --to YYYY-MM-DD] [--compare previous|year] -o report.xlsx`,
  async run(args, io) {
    const parsed = parsedOrProblem(() =>
      parseArgs({
        args,
        options: {
          template: { type: 'string', short: 't' },
          from: { type: 'string' },
          to: { type: 'string' },
          compare: { type: 'string', default: 'previous' },
          output: { type: 'string', short: 'o' },
        },
        allowPositionals: true,
        strict: true,
      }),
    );
    if (typeof parsed === 'string') return usageError(io, 'report', reportCommand.usage, parsed);
    const v = parsed.values;
    const problems: string[] = [];
    if (parsed.positionals.length === 0) problems.push('no input file given');
    if (!v.template) problems.push('--template is required');
    if (!v.output) problems.push('-o report.xlsx is required');
    for (const k of ['from', 'to'] as const)
      if (v[k] && !ISO.test(v[k])) problems.push(`--${k} "${v[k]}" is not a date like 2025-07-31`);
    if (v.compare !== 'previous' && v.compare !== 'year')
      problems.push(`--compare "${v.compare}" must be previous or year`);
    if (problems.length) return usageError(io, 'report', reportCommand.usage, problems.join('; '));
    const files = parsed.positionals.map((p) => ({ name: basename(p), bytes: io.readFile(p) }));
    const res = await buildReport(files, {
      template: v.template as string,
      from: v.from,
      to: v.to,
      compare: v.compare as 'previous' | 'year',
    });
    writeFileSync(v.output as string, res.bytes);
    const byTab = new Map(res.writes.map((w) => [w.tab, w.rows]));
    const rows = [...byTab].map(([tab, n]) => `${tab}: ${n} rows`).join(', ');
    io.out(
      `Wrote ${v.output}: "${res.plan.title}" for ${res.period.start} … ${res.period.end} (${rows}). Charts are not included in .xlsx; the formulas recalculate on open.`,
    );
    return 0;
  },
};
