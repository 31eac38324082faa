/**
 * The workbench's saved spreadsheet: written atomically (temp file, then rename) with the previous
 * version kept as `<file>.prev`, and refused with a clear message when it cannot be read, so a
 * damaged file is never silently replaced by an empty book on the next save.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import * as v from 'valibot';
import type { BookSnapshot } from '../emulator';

export const previousCopy = (file: string) => `${file}.prev`;

/** The outer shape every snapshot has; the emulator checks the sheets themselves when it loads them. */
const SnapshotShape = v.looseObject({
  version: v.literal(1),
  sheets: v.array(v.looseObject({ name: v.string() })),
});

export class DamagedStateError extends Error {}

export function readState(file: string): BookSnapshot {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw damaged(file, (e as Error).message);
  }
  const r = v.safeParse(SnapshotShape, parsed);
  if (!r.success) throw damaged(file, v.summarize(r.issues).split('\n')[0]);
  return parsed as BookSnapshot;
}

function damaged(file: string, why: string): DamagedStateError {
  const prev = previousCopy(file);
  const restore = existsSync(prev)
    ? `restore the previous copy (mv "${prev}" "${file}") and start again, or `
    : '';
  return new DamagedStateError(
    `The saved workbench spreadsheet "${file}" is damaged (${why}); it was left as it is. To go on, ${restore}start a new spreadsheet with \`npm start -- --fresh\`.`,
  );
}

export function writeState(file: string, json: string): void {
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.tmp`;
  writeFileSync(tmp, json);
  if (existsSync(file)) renameSync(file, previousCopy(file));
  renameSync(tmp, file);
}
