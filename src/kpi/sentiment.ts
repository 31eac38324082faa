/** Sentiment and share-of-voice KPIs: share of voice, net sentiment from counts, lexicon SENTIMENT of text. */
import { checkArity, coerceText, isBlank, positionLabel, toGrid, type CellOutput } from '../cells';
import type { KpiDef, KpiParam } from './types';
import { defineElement } from './define';
import { count } from './params';
import { blankIf } from './twin-formula';
import { afinnScore, normalizeScore } from './afinn';

const family = 'sentiment';
const SENTIMENT_PARAMS: KpiParam[] = [
  { name: 'text', description: 'A comment, post or review — or a column of them (English).', type: 'range' },
];

function sentimentOf(text: string): CellOutput {
  return isBlank(text) ? '' : normalizeScore(afinnScore(text));
}

export const SENTIMENT: KpiDef[] = [
  defineElement({
    name: 'SHARE_OF_VOICE',
    family,
    summary: "Share of voice: your brand's mentions as a share of all mentions in the category.",
    formula: 'brand_mentions / (brand_mentions + Σ competitor_mentions)',
    unit: 'percent',
    params: [
      count('brand_mentions', 'Mentions of your brand.', { min: 0 }),
      count(
        'competitor_mentions',
        "Competitors' mentions; several columns (one per competitor) are added per row.",
        {
          rowSum: true,
          min: 0,
        },
      ),
    ],
    cell: (v) => {
      const total = v[0] + v[1];
      return total === 0 ? '' : v[0] / total;
    },
    twin: (a) => blankIf([`${a[0].n}+${a[1].n}=0`], `${a[0].n}/(${a[0].n}+${a[1].n})`),
    source: 'Sprout Social / Brandwatch: brand mentions ÷ (brand + competitor mentions).',
    example: { call: '=SHARE_OF_VOICE(120, {200,80})', result: '0.3' },
    notes: 'Blank mentions count as 0; no mentions at all → blank. Negative mentions → error.',
  }),
  defineElement({
    name: 'NET_SENTIMENT',
    family,
    summary: 'Net sentiment from counts of positive, negative (and neutral) mentions, −1…1.',
    formula: '(positive − negative) / (positive + negative + neutral)',
    unit: 'score',
    params: [
      count('positive', 'Positive mentions / comments.', { min: 0 }),
      count('negative', 'Negative mentions / comments.', { min: 0 }),
      count('neutral', 'Neutral mentions (optional; include them to dampen the score).', {
        min: 0,
        optional: true,
      }),
    ],
    cell: (v) => {
      const total = v[0] + v[1] + v[2];
      return total === 0 ? '' : (v[0] - v[1]) / total;
    },
    twin: (a) => {
      const total = `${a[0].n}+${a[1].n}+${a[2].n}`;
      return blankIf([`${total}=0`], `(${a[0].n}-${a[1].n})/(${total})`);
    },
    source: 'Seed list "customer sentiment"; Brandwatch / Talkwalker net sentiment.',
    example: { call: '=NET_SENTIMENT(60, 15, 25)', result: '0.45' },
    notes:
      'Blank counts are 0; all zero → blank. Negative counts → error. Leaving neutral out gives the polarity of opinionated mentions only.',
  }),
  {
    name: 'SENTIMENT',
    family,
    summary:
      'Lexicon sentiment of each text, −1 (negative) … 1 (positive); spills over a column of comments.',
    formula: 'AFINN-165 score s → s / √(s² + 15)',
    unit: 'score',
    params: SENTIMENT_PARAMS,
    source:
      "AFINN-165 word list and Emoji Sentiment Ranking via the `sentiment` npm package (negation as the package does); normalization as VADER's compound score.",
    example: { call: '=SENTIMENT("I love this, great post!")', result: '0.8402' },
    notes:
      'English only. Blank → blank; text with no scored words → 0. Words are scored one by one (love +3, great +3, bad −3), a preceding "not"/"don\'t" flips a word, emoji count too; sarcasm and context are not understood. The raw score s is squashed to −1…1 by s / √(s² + 15) (VADER\'s normalization), so +3 → 0.61, +6 → 0.84. Numbers are read as text; TRUE/FALSE or dates → error. No native twin.',
    compute(args) {
      checkArity('SENTIMENT', SENTIMENT_PARAMS, args);
      const ctx = { fn: 'SENTIMENT', param: 'text' };
      const g = toGrid(args[0], ctx);
      if (g.scalar || (g.rows === 1 && g.cols === 1)) return sentimentOf(coerceText(g.cells[0], ctx, ''));
      const out: CellOutput[][] = [];
      for (let r = 0; r < g.rows; r++) {
        const row: CellOutput[] = [];
        for (let c = 0; c < g.cols; c++) {
          row.push(
            sentimentOf(coerceText(g.cells[r * g.cols + c], ctx, positionLabel(g.rows, g.cols, r, c))),
          );
        }
        out.push(row);
      }
      return out;
    },
  },
];
