/**
 * ZIP members read under a budget: the central directory is listed first (declared sizes refuse
 * most bombs before any inflation), then each member is inflated with fflate's streaming Inflate,
 * fed a few KB of compressed input at a time, and every produced byte is counted against the
 * budget as it comes out — a member that lies about its size is stopped within one step.
 * Layout: PKWARE APPNOTE.TXT §4.3 (local headers, central directory, ZIP64 end records).
 */
import { Inflate, strFromU8 } from 'fflate';
import { isImportError } from './errors';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** As declared by the central directory (may lie). */
  size: number;
  /** Offset of the local file header. */
  offset: number;
  encrypted: boolean;
}

/** Thrown for a ZIP whose structure cannot be read (cut short, not a ZIP). */
export class ZipFormatError extends Error {}

const u16 = (b: Uint8Array, i: number) => b[i] | (b[i + 1] << 8);
const u32 = (b: Uint8Array, i: number) =>
  (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16) | (b[i + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, i: number) => u32(b, i) + u32(b, i + 4) * 2 ** 32;

/** The members listed by the central directory, in its order. */
export function listZip(bytes: Uint8Array): ZipEntry[] {
  let eocd = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 65535; i--) {
    if (u32(bytes, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ZipFormatError('no end of central directory (the file is cut short)');
  let entries = u16(bytes, eocd + 10);
  let at = u32(bytes, eocd + 16);
  const z64 = eocd - 20;
  if (z64 >= 0 && u32(bytes, z64) === 0x07064b50) {
    const rec = u64(bytes, z64 + 8);
    if (rec + 56 > bytes.length || u32(bytes, rec) !== 0x06064b50)
      throw new ZipFormatError('bad ZIP64 record');
    entries = u64(bytes, rec + 32);
    at = u64(bytes, rec + 48);
  }
  const out: ZipEntry[] = [];
  for (let k = 0; k < entries; k++) {
    if (at + 46 > bytes.length || u32(bytes, at) !== 0x02014b50) {
      throw new ZipFormatError('the central directory is damaged');
    }
    const flags = u16(bytes, at + 8);
    const nameLen = u16(bytes, at + 28);
    const extraLen = u16(bytes, at + 30);
    const commentLen = u16(bytes, at + 32);
    const entry: ZipEntry = {
      name: strFromU8(bytes.subarray(at + 46, at + 46 + nameLen), (flags & 0x800) === 0),
      method: u16(bytes, at + 10),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      offset: u32(bytes, at + 42),
      encrypted: (flags & 1) === 1,
    };
    readZip64Extra(bytes, at + 46 + nameLen, extraLen, entry);
    out.push(entry);
    at += 46 + nameLen + extraLen + commentLen;
  }
  return out;
}

/** ZIP64 extended information (id 0x0001): the 64-bit values of the fields set to 0xFFFFFFFF, in order. */
function readZip64Extra(b: Uint8Array, start: number, len: number, e: ZipEntry): void {
  const MAX = 0xffffffff;
  for (let i = start; i + 4 <= start + len;) {
    const id = u16(b, i);
    const size = u16(b, i + 2);
    if (id === 1) {
      let p = i + 4;
      const next = () => {
        const v = u64(b, p);
        p += 8;
        return v;
      };
      if (e.size === MAX) e.size = next();
      if (e.compressedSize === MAX) e.compressedSize = next();
      if (e.offset === MAX) e.offset = next();
      return;
    }
    i += 4 + size;
  }
}

/** Compressed bytes fed per step: deflate expands at most ~1032×, so one step yields ≤ ~8 MB. */
const STEP = 8 * 1024;

/**
 * A member's bytes. `take(n)` is called with every piece's size as it is produced and throws to
 * stop (the budget); with `keep` false the pieces are only counted and dropped, and the first
 * `head` bytes are returned (enough to read an XLSX sheet's `<dimension>`).
 */
export function readMember(
  bytes: Uint8Array,
  e: ZipEntry,
  take: (n: number) => void,
  keep = true,
  head = 0,
): Uint8Array {
  const at = e.offset;
  if (at + 30 > bytes.length || u32(bytes, at) !== 0x04034b50) {
    throw new ZipFormatError(`the entry "${e.name}" is damaged`);
  }
  const start = at + 30 + u16(bytes, at + 26) + u16(bytes, at + 28);
  const end = start + e.compressedSize;
  if (end > bytes.length) throw new ZipFormatError(`the entry "${e.name}" is cut short`);
  const data = bytes.subarray(start, end);
  if (e.method === 0) {
    take(data.length);
    return keep ? data : data.subarray(0, head);
  }
  if (e.method !== 8) throw new ZipFormatError(`the entry "${e.name}" uses compression method ${e.method}`);
  const pieces: Uint8Array[] = [];
  let kept = 0;
  let ended = false;
  let produced = 0;
  const inflate = new Inflate((chunk, final) => {
    produced += chunk.length;
    // The central directory holds the real size (APPNOTE 4.4.9): a member that inflates past it is forged.
    if (produced > e.size) throw new ZipFormatError(`the entry "${e.name}" unpacks to more than it declares`);
    take(chunk.length);
    if (keep || kept < head) {
      pieces.push(keep ? chunk : chunk.subarray(0, head - kept));
      kept += keep ? chunk.length : Math.min(chunk.length, head - kept);
    }
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += STEP) {
      inflate.push(data.subarray(i, Math.min(i + STEP, data.length)), i + STEP >= data.length);
    }
    if (data.length === 0) inflate.push(data, true);
  } catch (err) {
    if (isImportError(err) || err instanceof ZipFormatError) throw err;
    throw new ZipFormatError(
      `the entry "${e.name}" cannot be inflated (${err instanceof Error ? err.message : String(err)})`,
    );
  }
  if (!ended) throw new ZipFormatError(`the entry "${e.name}" is cut short`);
  return concat(pieces, kept);
}

function concat(pieces: Uint8Array[], length: number): Uint8Array {
  if (pieces.length === 1) return pieces[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of pieces) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
