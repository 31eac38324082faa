/**
 * Splits canonical rows into upload chunks that stay well under Apps Script limits
 * (google.script.run payloads are capped around 50 MB and executions at 6 minutes; the server
 * writes each chunk in one batched call, so a few thousand rows / ~1 MB is a comfortable size).
 */
import type { CanonicalValue } from '../src/model/schema';
import { MAX_CHUNK_ROWS } from './endpoints';

export interface ChunkLimits {
  maxRows: number;
  /** Approximate JSON size in bytes. */
  maxBytes: number;
}

/** The server accepts MAX_CHUNK_ROWS rows / ~2 MB per chunk; we send at most half the size. */
export const DEFAULT_LIMITS: ChunkLimits = { maxRows: MAX_CHUNK_ROWS, maxBytes: 1_000_000 };

/** JSON length of one row, without building the string for numbers/nulls. */
export function rowBytes(row: CanonicalValue[]): number {
  let n = 2 + Math.max(0, row.length - 1);
  for (const v of row) {
    if (v === null) n += 4;
    else if (typeof v === 'number') n += String(v).length;
    else n += JSON.stringify(v).length;
  }
  return n;
}

/** Consecutive slices of `rows`, each within both limits (a single oversized row still gets its own chunk). */
export function chunkRows(
  rows: CanonicalValue[][],
  limits: ChunkLimits = DEFAULT_LIMITS,
): CanonicalValue[][][] {
  const chunks: CanonicalValue[][][] = [];
  let current: CanonicalValue[][] = [];
  let bytes = 2;
  for (const row of rows) {
    const b = rowBytes(row) + 1;
    if (current.length > 0 && (current.length >= limits.maxRows || bytes + b > limits.maxBytes)) {
      chunks.push(current);
      current = [];
      bytes = 2;
    }
    current.push(row);
    bytes += b;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
