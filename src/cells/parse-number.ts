/**
 * Text → number, only where the reading is unambiguous (KPIS.md "Argument rules"):
 * "4.5%" → 0.045, "1,204" → 1204, "$1,200.50" → 1200.5, " 12 " → 12, "-€3.5" → -3.5,
 * "12 €" → 12. Thousands separators must be well-formed comma groups of three ("1,5" is a
 * European decimal or a typo — we refuse to guess). Returns undefined when the text is not a number.
 */
const NUMBER_TEXT =
  /^([+-]?)\s*([$€£¥]?)\s*([+-]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)(?:[eE]([+-]?\d+))?\s*(%?)\s*([$€£¥]?)$/;

export function parseNumberText(text: string): number | undefined {
  const m = NUMBER_TEXT.exec(text.trim());
  if (!m) return undefined;
  const [, sign1, lead, sign2, digits, exponent, percent, trail] = m;
  if (sign1 && sign2) return undefined; // "-$-5" is not a number anyone typed on purpose
  if ((lead && trail) || (percent && (lead || trail))) return undefined; // "$5€", "$5%": which is it?
  let n = Number(digits.replace(/,/g, '') + (exponent !== undefined ? 'e' + exponent : ''));
  if (!Number.isFinite(n)) return undefined;
  if (sign1 === '-' || sign2 === '-') n = -n;
  return percent ? n / 100 : n;
}

/** True for "", whitespace-only text, null and undefined: what Sheets hands over for an empty cell. */
export function isBlank(v: unknown): boolean {
  return v === '' || v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}
