/** What `clasp push` deploys: the manifest, and only the Apps Script files of dist/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST } from './sandbox';

const root = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(DIST, 'appsscript.json'), 'utf8'));

describe('dist/appsscript.json', () => {
  it('runs on V8', () => {
    expect(manifest.runtimeVersion).toBe('V8');
  });

  it('asks for exactly the two minimal scopes (current spreadsheet, container UI)', () => {
    expect([...manifest.oauthScopes].sort()).toEqual([
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
    ]);
  });

  it('logs exceptions to Stackdriver and uses UTC', () => {
    expect(manifest.exceptionLogging).toBe('STACKDRIVER');
    expect(manifest.timeZone).toBe('Etc/UTC');
  });

  it('is the committed appsscript.json, copied unchanged', () => {
    expect(manifest).toEqual(JSON.parse(readFileSync(join(root, 'appsscript.json'), 'utf8')));
  });
});

describe('clasp configuration', () => {
  it('pushes dist/', () => {
    const clasp = JSON.parse(readFileSync(join(root, '.clasp.json'), 'utf8'));
    expect(clasp.rootDir).toBe('dist');
    expect(typeof clasp.scriptId).toBe('string');
  });

  it('pushes only Code.js, the manifest and the sidebar (never the Node CLI bundle)', () => {
    const rules = readFileSync(join(root, '.claspignore'), 'utf8').split('\n').filter(Boolean);
    expect(rules[0]).toBe('**/**');
    expect(rules.slice(1).sort()).toEqual(['!Code.js', '!Sidebar.html', '!appsscript.json']);
  });
});

describe('dist/Code.js size', () => {
  it('stays within 150 KB, since every custom-function cell loads the whole script', () => {
    const bytes = readFileSync(join(DIST, 'Code.js')).length;
    expect(bytes / 1024).toBeLessThanOrEqual(150);
  });
});
