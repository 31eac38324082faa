/**
 * English lexicon sentiment, the same scoring as the `sentiment` package (AFINN-165 word list +
 * Emoji Sentiment Ranking, a negator flips the next word), reimplemented in a few lines so the
 * Apps Script bundle carries only the English data — the package's entry point also pulls a
 * dynamic `require` for other languages and `process.nextTick`, neither of which exist there.
 * The lexicon ships packed (afinn-data.ts) and is unpacked on the first SENTIMENT call, so the
 * other functions' cells do not pay for it when the script loads.
 */
import negators from 'sentiment/languages/en/negators.json';
import { unpackLexicon } from './afinn-codec';
import { AFINN_PACKED } from './afinn-data';

const NEGATORS: Record<string, number> = negators;
const has = Object.prototype.hasOwnProperty;
let lexicon: Record<string, number> | undefined;

/** The word/emoji → score table (AFINN-165 + emoji), unpacked once. */
export function afinnLexicon(): Record<string, number> {
  if (!lexicon) lexicon = unpackLexicon(AFINN_PACKED);
  return lexicon;
}

/** The package's tokenizer, verbatim: lower-case, punctuation to spaces, split on single spaces. */
export function tokenize(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/\n/g, ' ')
    .replace(/[.,/#!?$%^&*;:{}=_`"~()]/g, ' ')
    .replace(/\s\s+/g, ' ')
    .trim()
    .split(' ');
}

/** Raw AFINN score: sum of word weights (−5…5 each), negated after "not", "don't" …. */
export function afinnScore(text: string): number {
  const tokens = tokenize(text);
  const LEXICON = afinnLexicon();
  let score = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!has.call(LEXICON, t)) continue;
    const w = LEXICON[t];
    score += i > 0 && has.call(NEGATORS, tokens[i - 1]) ? -w : w;
  }
  return score;
}

/**
 * Squash an unbounded score into −1…1 the way VADER's "compound" does: s / √(s² + α), α = 15.
 * A single "good" (+3) gives 0.61, "love … great" (+6) 0.84; sign and order are preserved and
 * long texts do not get diluted the way score ÷ word count would.
 */
export const NORMALIZATION_ALPHA = 15;
export function normalizeScore(score: number): number {
  return score / Math.sqrt(score * score + NORMALIZATION_ALPHA);
}
