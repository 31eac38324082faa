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
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const utf16 = sniffUtf16(bytes);
  if (utf16) return { text: new TextDecoder(utf16).decode(bytes), encoding: utf16 };
  // Lenient decoding is faster; only a U+FFFD in the result (rare in real text) calls for the strict check.
  const text = new TextDecoder('utf-8').decode(bytes);
  if (text.indexOf('\ufffd') < 0) return { text, encoding: 'utf-8' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: fixC1(new TextDecoder('windows-1252').decode(bytes)), encoding: 'windows-1252' };
  }
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
