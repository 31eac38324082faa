import labels from 'sentiment/languages/en/labels.json';
import emoji from 'sentiment/build/emoji.json';
import { packLexicon, unpackLexicon } from '../../../src/kpi/afinn-codec';
import { AFINN_PACKED } from '../../../src/kpi/afinn-data';
import { afinnLexicon } from '../../../src/kpi/afinn';

const PACKAGE_LEXICON: Record<string, number> = { ...labels, ...emoji };

describe('the packed SENTIMENT lexicon', () => {
  it('holds exactly the sentiment package’s English words and emoji (run `npm run docs` when this fails)', () => {
    expect(unpackLexicon(AFINN_PACKED)).toEqual(PACKAGE_LEXICON);
    expect(afinnLexicon()).toEqual(PACKAGE_LEXICON);
  });

  it('round-trips shared prefixes, punctuation, accents and multi-code-point emoji', () => {
    const words = {
      abandon: -2,
      abandoned: -2,
      abandons: -2,
      "can't stand": -3,
      naïve: -2,
      'cover-up': -3,
      gr8: 3,
    };
    const faces = { '😂': 1, '❤': 3, '👍🏽': 2 };
    expect(unpackLexicon(packLexicon(words, faces))).toEqual({ ...words, ...faces });
  });

  it('is less than half the size of the JSON it replaces', () => {
    expect(JSON.stringify(AFINN_PACKED).length).toBeLessThan(JSON.stringify(PACKAGE_LEXICON).length / 2);
  });
});
