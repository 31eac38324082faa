/** Bundles the workbench page (page/main.ts + page.css) into one HTML string with esbuild. */
import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export async function buildPage(): Promise<string> {
  const dir = join(__dirname, 'page');
  const out = await build({
    entryPoints: [join(dir, 'main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2020',
    write: false,
    minify: true,
    logLevel: 'silent',
  });
  const js = out.outputFiles[0].text.replace(/<(\/script|!--)/gi, '\\x3C$1');
  const css = readFileSync(join(dir, 'page.css'), 'utf8');
  return readFileSync(join(dir, 'page.html'), 'utf8')
    .replace('/*__CSS__*/', () => css)
    .replace('/*__JS__*/', () => js);
}
