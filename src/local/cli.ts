/**
 * `kpi-sheets` CLI entry (bundled to dist/cli.js; during development `npx tsx src/local/cli.ts`).
 * The dispatcher is a table: adding a command = one module in src/local/cli/ + one entry in COMMANDS.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { checkFileSize } from '../importers';
import { formatsCommand } from './cli/formats';
import { importCommand } from './cli/import';
import { reportCommand } from './cli/report';

/**
 * What a command may touch: output streams and file bytes (injected so tests can call commands
 * directly). readFile may throw an ImportError for a file over the size budget.
 */
export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  readFile(path: string): Uint8Array;
}

export interface CliCommand {
  summary: string;
  usage: string;
  /** Returns the process exit code. */
  run(args: string[], io: CliIO): Promise<number> | number;
}

export const COMMANDS: Record<string, CliCommand> = {
  import: importCommand,
  formats: formatsCommand,
  report: reportCommand,
};

export const nodeIO: CliIO = {
  out: (t) => process.stdout.write(t.endsWith('\n') ? t : `${t}\n`),
  err: (t) => process.stderr.write(t.endsWith('\n') ? t : `${t}\n`),
  readFile: (p) => {
    // Refused by its size before a byte is read (an ImportError naming the limit).
    checkFileSize(basename(p), statSync(p).size);
    return new Uint8Array(readFileSync(p));
  },
};

function help(): string {
  const lines = ['Usage: kpi-sheets <command> [options]', '', 'Commands:'];
  for (const [name, c] of Object.entries(COMMANDS))
    lines.push(`  ${name.padEnd(9)} ${c.summary}`, `            ${c.usage}`);
  return lines.join('\n');
}

export async function runCli(argv: string[], io: CliIO = nodeIO): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.out(help());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    io.err(
      `kpi-sheets: unknown command "${name}". Commands: ${Object.keys(COMMANDS).join(', ')}. Run \`kpi-sheets --help\` for usage.`,
    );
    return 2;
  }
  try {
    return await command.run(rest, io);
  } catch (e) {
    io.err(`kpi-sheets ${name}: ${e instanceof Error ? e.message : String(e)}`);
    return 1;
  }
}

runCli(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
