/**
 * dist/Sidebar.html (built by scripts/build-sidebar.mjs in the suite's global setup) is what
 * HtmlService serves: one self-contained file — its script and styles inline, nothing fetched.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const html = readFileSync(join(__dirname, '..', '..', '..', 'dist', 'Sidebar.html'), 'utf8');

describe('dist/Sidebar.html', () => {
  it('holds exactly one inline script and one inline style, so nothing can end them early', () => {
    expect(html.match(/<script\b/gi)).toHaveLength(1);
    expect(html.match(/<\/script/gi)).toHaveLength(1);
    expect(html.match(/<style\b/gi)).toHaveLength(1);
    expect(html.match(/<\/style/gi)).toHaveLength(1);
    expect(html).not.toMatch(/<!--/);
  });

  it('loads nothing from elsewhere: no src/href to another file, no @import or url() in the CSS', () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc=/i);
    expect(html).not.toMatch(/<link\b/i);
    const css = html.slice(html.indexOf('<style'), html.indexOf('</style'));
    expect(css).not.toMatch(/@import|url\(/i);
  });

  it('opens links in the top window, as a Sheets sidebar must', () => {
    expect(html).toMatch(/<base target="_top"/);
  });

  it('our UI code (sidebar and workbench page) never builds HTML from strings', () => {
    const root = join(__dirname, '..', '..', '..');
    const files = [
      ...readdirSync(join(root, 'sidebar'), { recursive: true }).map((f) => join(root, 'sidebar', String(f))),
      ...readdirSync(join(root, 'src/local/workbench/page')).map((f) =>
        join(root, 'src/local/workbench/page', f),
      ),
    ].filter((f) => f.endsWith('.ts'));
    expect(files.length).toBeGreaterThan(10);
    const offenders = files.filter((f) =>
      /innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment/.test(
        readFileSync(f, 'utf8'),
      ),
    );
    expect(offenders).toEqual([]);
  });
});
