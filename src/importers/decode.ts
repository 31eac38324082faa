/**
 * Bytes → text for CSV/TSV files. Uses TextDecoder (browser sidebar and Node both have it; the
 * Apps Script server never runs this module). Order: BOM, BOM-less UTF-16 by zero-byte pattern,
 * strict UTF-8, else Windows-1252 (what Excel on Windows writes for "CSV").
 */
export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-8-bom' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  const marked = unicodeMark(bytes);
  if (marked) {
    return {
      text: new TextDecoder(label(marked.encoding)).decode(bytes.subarray(marked.start)),
      encoding: marked.encoding,
    };
  }
  // Lenient decoding is faster; only a U+FFFD in the result (rare in real text) calls for the strict check.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.indexOf('\ufffd') < 0) return { text, encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
}

/** Thrown by TextPieces.next() when a file taken for UTF-8 is not: decode it again as Windows-1252. */
export class NotUtf8Error extends Error {}

/** A large text file decoded a piece at a time, so the whole text never has to exist as one string. */
export interface TextPieces {
  encoding: DecodedText['encoding'];
  /** The next piece (may be empty), or null at the end. */
  next(): string | null;
}

/**
 * The text decodeText would give, in pieces of about `pieceBytes` bytes, each cut where a character
 * starts. (Not a streaming TextDecoder: in Node it returns two-byte strings, twice the memory of a
 * one-shot decode's one-byte strings.) Without a byte-order mark the file is read as strict UTF-8
 * and next() throws NotUtf8Error at the first invalid piece; then call again with `windows1252`.
 */
export function textPieces(bytes: Uint8Array, pieceBytes: number, windows1252 = false): TextPieces {
  const marked = windows1252 ? null : unicodeMark(bytes);
  const encoding = windows1252 ? 'windows-1252' : (marked?.encoding ?? 'utf-8');
  const fatal = encoding === 'utf-8';
  // Like decodeText, the first piece drops one more BOM; later pieces keep a U+FEFF they start with.
  const first = new TextDecoder(label(encoding), { fatal });
  const rest = new TextDecoder(label(encoding), { fatal, ignoreBOM: true });
  const size = Math.max(4, pieceBytes);
  let at = marked?.start ?? 0;
  let done = false;
  const next = (): string | null => {
    if (done) return null;
    const end = pieceEnd(bytes, at, size, encoding);
    let text: string;
    try {
      text = (at === (marked?.start ?? 0) ? first : rest).decode(bytes.subarray(at, end));
    } catch {
      throw new NotUtf8Error('not UTF-8');
    }
    at = end;
    done = end >= bytes.length;
    return encoding === 'windows-1252' ? fixC1(text) : text;
  };
  return { encoding, next };
}

/** Where a piece from `at` ends: about `size` bytes on, moved back to the start of a character. */
function pieceEnd(bytes: Uint8Array, at: number, size: number, encoding: DecodedText['encoding']): number {
  let end = at + size;
  if (end >= bytes.length) return bytes.length;
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    end -= (end - at) % 2;
    const unit =
      encoding === 'utf-16le'
        ? bytes[end - 2] | (bytes[end - 1] << 8)
        : (bytes[end - 2] << 8) | bytes[end - 1];
    return unit >= 0xd800 && unit <= 0xdbff ? end - 2 : end; // keep a surrogate pair together
  }
  if (encoding === 'windows-1252') return end;
  // UTF-8: back over up to three continuation bytes (10xxxxxx) to the byte a character starts with.
  for (let k = 0; k < 3 && (bytes[end] & 0xc0) === 0x80; k++) end--;
  return end;
}

const label = (e: DecodedText['encoding']): string => (e === 'utf-8-bom' ? 'utf-8' : e);

/** Byte-order marks, then BOM-less UTF-16 by its zero bytes; null means UTF-8 or Windows-1252. */
function unicodeMark(bytes: Uint8Array): { encoding: DecodedText['encoding']; start: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8-bom', start: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', start: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', start: 2 };
  const utf16 = sniffUtf16(bytes);
  return utf16 ? { encoding: utf16, start: 0 } : null;
}

/** ASCII text in UTF-16 has a zero in every other byte; look at the first 512 bytes. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 512);
  if (n < 4) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = n / 2;
  if (oddZeros > pairs * 0.6 && evenZeros < pairs * 0.1) return 'utf-16le';
  if (evenZeros > pairs * 0.6 && oddZeros < pairs * 0.1) return 'utf-16be';
  return null;
}

/** Share of characters that no text file contains (NUL, other C0 controls, U+FFFD): binary or wrong encoding. */
export function binaryShare(text: string, sample = 4096): number {
  const n = Math.min(text.length, sample);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n;
}

// Bytes 0x80–0x9F in Windows-1252 (€ ’ – …). Browsers decode them per WHATWG; some Node builds
// decode "windows-1252" as Latin-1 and leave C1 controls, so map those here.
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text)
    ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80])
    : text;
}
