/**
 * The workbench's saved spreadsheet: each save keeps the previous version, and a damaged file is
 * refused with what to do instead of being replaced by an empty book.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHost } from '../../src/local/workbench/host';

const CODE = join(__dirname, '..', '..', 'dist', 'Code.js');

describe('workbench state file', () => {
  let dir: string;
  let stateFile: string;
  const host = () => createHost({ codeJs: readFileSync(CODE, 'utf8'), stateFile });
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kpi-state-'));
    stateFile = join(dir, 'state.json');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('saves atomically and keeps the version before the last save as state.json.prev', () => {
    const h = host();
    h.typeInto('Sheet1', 'A1', 'first');
    expect(existsSync(`${stateFile}.tmp`)).toBe(false);
    h.typeInto('Sheet1', 'A1', 'second');
    expect(readFileSync(stateFile, 'utf8')).toContain('second');
    expect(readFileSync(`${stateFile}.prev`, 'utf8')).toContain('first');
    expect(readFileSync(`${stateFile}.prev`, 'utf8')).not.toContain('second');
    expect(host().spreadsheet().getRange('Sheet1!A1').getValue()).toBe('second');
  });

  it('refuses a damaged file, leaves it as it is, and says how to restore the copy or start fresh', () => {
    const h = host();
    h.typeInto('Sheet1', 'A1', 'kept');
    h.typeInto('Sheet1', 'A2', 'more');
    writeFileSync(stateFile, '{"version": 1, "sheets": [');
    expect(() => host()).toThrow(
      new RegExp(
        `"${stateFile}" is damaged .*left as it is.*restore the previous copy \\(mv "${stateFile}.prev" "${stateFile}"\\).*npm start -- --fresh`,
      ),
    );
    expect(readFileSync(stateFile, 'utf8')).toBe('{"version": 1, "sheets": [');
  });

  it('refuses JSON that is not a workbench spreadsheet', () => {
    writeFileSync(stateFile, '{"hello": "world"}');
    expect(() => host()).toThrow(/is damaged \(.*version.*\).*--fresh/);
  });
});
