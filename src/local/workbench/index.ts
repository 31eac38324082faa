/**
 * Starts the local workbench: the built dist/Code.js in a vm against the emulated spreadsheet,
 * the real dist/Sidebar.html beside it, served on 127.0.0.1. Used by `npm start`, the e2e tests and the bench.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createHost, type Host } from './host';
import { buildPage } from './page';
import { startServer, type RunningWorkbench } from './server';

export interface StartOptions {
  /** Repository root (dist/ and examples/ live here). */
  root?: string;
  port?: number;
  /** JSON file the spreadsheet persists to; null = in memory only (tests). */
  stateFile?: string | null;
}

export interface Workbench extends RunningWorkbench {
  host: Host;
}

export async function startWorkbench(opts: StartOptions = {}): Promise<Workbench> {
  const root = resolve(opts.root ?? join(__dirname, '..', '..', '..'));
  const dist = join(root, 'dist');
  const need = (f: string) => {
    const p = join(dist, f);
    if (!existsSync(p))
      throw new Error(`${p} is missing. Run \`npm run build\` first (npm start does it for you).`);
    return p;
  };
  const codeJs = readFileSync(need('Code.js'), 'utf8');
  const sidebarPath = need('Sidebar.html');
  const stateFile =
    opts.stateFile === null ? undefined : (opts.stateFile ?? join(root, '.workbench', 'state.json'));
  const host = createHost({
    codeJs,
    stateFile,
    readHtmlFile: (name) => readFileSync(join(dist, `${name.replace(/\.html$/, '')}.html`), 'utf8'),
  });
  const running = await startServer({
    host,
    page: await buildPage(),
    sidebarHtml: () => readFileSync(sidebarPath, 'utf8'),
    examplesDir: join(root, 'examples'),
    port: opts.port ?? 0,
  });
  return { ...running, host };
}
