/**
 * `npm start` (after `npm run build`): the local workbench on http://127.0.0.1:<port>/.
 *   --port N (or PORT=N; default 8787)   --state FILE (default .workbench/state.json)   --fresh (ignore saved state)
 */
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startWorkbench } from './workbench';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      port: { type: 'string' },
      state: { type: 'string' },
      fresh: { type: 'boolean', default: false },
    },
  });
  const raw = values.port ?? process.env.PORT ?? '8787';
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`Port "${raw}" is not a port number. Use --port 8787 or PORT=8787.`);
  }
  const root = resolve(__dirname, '..', '..');
  const stateFile = resolve(values.state ?? join(root, '.workbench', 'state.json'));
  if (values.fresh) rmSync(stateFile, { force: true });
  const wb = await startWorkbench({ root, port, stateFile });
  console.log(`kpi-sheets workbench: ${wb.url}`);
  console.log(`  spreadsheet state: ${stateFile} (--fresh to start over)`);
  console.log('  load a sample export from the bar at the top, then follow the sidebar. Ctrl+C to stop.');
  // close() ends every connection, so the event loop empties and Node stops by itself.
  const stop = () => void wb.close();
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((e: Error & { code?: string }) => {
  console.error(e.code === 'EADDRINUSE' ? `Port in use: ${e.message}. Try --port 8788.` : e.message);
  process.exitCode = 1;
});
