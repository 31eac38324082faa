/**
 * Bundles the sidebar (sidebar/main.ts + the importer core it runs in the browser) with esbuild and
 * inlines JS and CSS into ONE dist/Sidebar.html — HtmlService serves a single file and the sidebar
 * must make no external requests.
 */
import { build } from 'esbuild';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import htmlService from './html-service-check.cjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * `</script` inside inlined JS would end the script element early and `<!--` can switch the HTML
 * parser's script states. Both can only occur inside strings, regexes, templates or comments, where
 * `\x3C` means the same `<`.
 */
export function inlineSafe(js) {
  return js.replace(/<(\/script|!--)/gi, '\\x3C$1');
}

export async function buildSidebar({ outDir = 'dist', minify = true } = {}) {
  const result = await build({
    entryPoints: [join(root, 'sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: ['es2020', 'chrome100'],
    minify,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  const js = inlineSafe(result.outputFiles[0].text);
  const css = (await readFile(join(root, 'sidebar/styles.css'), 'utf8')).replace(/<\//g, '<\\/');
  const template = await readFile(join(root, 'sidebar/index.html'), 'utf8');
  // Function replacers: `$&` and friends in the bundle must not be interpreted.
  const html = template.replace('/*__CSS__*/', () => css).replace('/*__JS__*/', () => js);
  const problems = htmlService.htmlServiceProblems(html);
  if (problems.length)
    throw new Error(`Sidebar.html would break in HtmlService:\n- ${problems.join('\n- ')}`);
  const out = resolve(root, outDir, 'Sidebar.html');
  await mkdir(dirname(out), { recursive: true });
  await writeFile(out, html);
  return { file: out, bytes: Buffer.byteLength(html) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildSidebar({ outDir: process.argv[2] ?? 'dist' }).then(
    (r) => console.log(`sidebar: ${r.file} (${(r.bytes / 1024).toFixed(0)} KB)`),
    (e) => {
      console.error(e.message ?? e);
      process.exit(1);
    },
  );
}
