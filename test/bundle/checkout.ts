/** A throwaway copy of the repo's sources (no dist/, no node_modules) for tests that run the package bin. */
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
const SOURCES = ['bin', 'scripts', 'src', 'sidebar', 'appsscript.json', 'package.json', 'tsconfig.json'];

/** Copies the sources into a new temporary folder named `<prefix>…` and returns its path. */
export function sourceCheckout(prefix: string): string {
  const checkout = mkdtempSync(join(tmpdir(), prefix));
  for (const p of SOURCES)
    if (existsSync(join(ROOT, p))) cpSync(join(ROOT, p), join(checkout, p), { recursive: true });
  return checkout;
}
