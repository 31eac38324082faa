import fc from 'fast-check';
import { decodeText, NotUtf8Error, textPieces, type TextPieces } from '../../../src/importers/decode';

const all = (p: TextPieces): string[] => {
  const out: string[] = [];
  for (let s = p.next(); s !== null; s = p.next()) out.push(s);
  return out;
};

const utf16 = (s: string, le: boolean, bom: boolean): Uint8Array => {
  const off = bom ? 2 : 0;
  const out = new Uint8Array(off + s.length * 2);
  if (bom) out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < s.length; i++) {
    const [lo, hi] = [s.charCodeAt(i) & 0xff, s.charCodeAt(i) >> 8];
    out[off + 2 * i] = le ? lo : hi;
    out[off + 2 * i + 1] = le ? hi : lo;
  }
  return out;
};

const utf8 = (s: string, bom: boolean): Uint8Array => {
  const body = new TextEncoder().encode(s);
  if (!bom) return body;
  const out = new Uint8Array(body.length + 3);
  out.set([0xef, 0xbb, 0xbf]);
  out.set(body, 3);
  return out;
};

describe('textPieces: a large file decoded piece by piece gives exactly the text decodeText gives', () => {
  it('for any text, encoding and piece size (characters cut at a piece end are never split)', () => {
    const encodings = ['utf-8', 'utf-8-bom', 'utf-16le-bom', 'utf-16be-bom'] as const;
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }),
        fc.constantFrom(...encodings),
        fc.integer({ min: 1, max: 64 }),
        (text, enc, size) => {
          const bytes =
            enc === 'utf-8' || enc === 'utf-8-bom'
              ? utf8(text, enc === 'utf-8-bom')
              : utf16(text, enc === 'utf-16le-bom', true);
          const whole = decodeText(bytes);
          const pieces = textPieces(bytes, size);
          expect(pieces.encoding).toBe(whole.encoding);
          expect(all(pieces).join('')).toBe(whole.text);
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps a surrogate pair (emoji) together in UTF-16 without a BOM', () => {
    const bytes = utf16('id,text\n1,🐦🐦🐦 café\n2,ok 🐦\n'.repeat(20), true, false);
    const whole = decodeText(bytes);
    expect(whole.encoding).toBe('utf-16le');
    for (const size of [5, 6, 7, 10, 64]) {
      const parts = all(textPieces(bytes, size));
      expect(parts.join('')).toBe(whole.text);
      // No piece ends in the first half of a pair.
      for (const p of parts) expect(/[\ud800-\udbff]$/.test(p)).toBe(false);
    }
  });

  it('keeps a zero-width no-break space (U+FEFF) that happens to start a later piece', () => {
    const bytes = utf8('abcd\ufeffefgh', false);
    expect(all(textPieces(bytes, 4)).join('')).toBe(decodeText(bytes).text);
  });

  it('says when a file taken for UTF-8 is not, and then reads it as Windows-1252 like decodeText', () => {
    // "Café – “quoted”" in Windows-1252, long enough for several pieces.
    const line = [0x43, 0x61, 0x66, 0xe9, 0x20, 0x96, 0x20, 0x93, 0x71, 0x94, 0x0a];
    const bytes = new Uint8Array(Array.from({ length: 30 }, () => line).flat());
    const whole = decodeText(bytes);
    expect(whole.encoding).toBe('windows-1252');
    expect(() => all(textPieces(bytes, 16))).toThrow(NotUtf8Error);
    const again = textPieces(bytes, 16, true);
    expect(again.encoding).toBe('windows-1252');
    expect(all(again).join('')).toBe(whole.text);
    expect(whole.text.startsWith('Café – “q”')).toBe(true);
  });
});
