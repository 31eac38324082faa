/** `kpi-sheets formats [--json]`: the export formats the importer knows (FORMATS). */
import { parseArgs } from 'node:util';
import { FORMATS } from '../../importers';
import type { CliCommand } from '../cli';

export const formatsCommand: CliCommand = {
  summary: 'list the analytics export formats the importer detects',
  usage: 'kpi-sheets formats [--json]',
  run(args, io) {
    const { values } = parseArgs({
      args,
      options: { json: { type: 'boolean', default: false } },
      strict: true,
    });
    if (values.json) {
      io.out(JSON.stringify({ formats: FORMATS }));
      return 0;
    }
    const idWidth = Math.max(...FORMATS.map((f) => f.id.length));
    const lines = FORMATS.map(
      (f) =>
        `${f.id.padEnd(idWidth)}  ${f.platform.padEnd(16)}  ${f.evidence.padEnd(11)}  ${f.name} — ${f.description}`,
    );
    io.out(
      [
        `${'id'.padEnd(idWidth)}  ${'platform'.padEnd(16)}  ${'shape'.padEnd(11)}  name — description`,
        ...lines,
      ].join('\n'),
    );
    return 0;
  },
};
