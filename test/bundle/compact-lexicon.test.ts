/** The lexicon compaction the build applies to the sentiment word lists is lossless. */
import vm from 'node:vm';
import { compactLexiconModule, isLexicon } from '../../scripts/compact-lexicon.cjs';
import labels from 'sentiment/languages/en/labels.json';
import emoji from 'sentiment/build/emoji.json';
import negators from 'sentiment/languages/en/negators.json';

/** Runs the generated module body (its one `export default` turned into a return). */
function load(source: string): Record<string, number> {
  const body = source.replace('export default lexicon;', 'return lexicon;');
  return vm.runInNewContext(`(() => { ${body} })()`) as Record<string, number>;
}

describe('compactLexiconModule', () => {
  it.each([
    ['AFINN-165 labels', labels],
    ['emoji ranking', emoji],
    ['negators', negators],
  ])('rebuilds the %s exactly (same words, multi-word phrases and emoji included)', (_name, data) => {
    const rebuilt = load(compactLexiconModule(data as Record<string, number>));
    expect({ ...rebuilt }).toEqual(data);
    expect(Object.keys(rebuilt).length).toBe(Object.keys(data).length);
  });

  it('is much smaller than the JSON it replaces', () => {
    expect(compactLexiconModule(labels).length).toBeLessThan(JSON.stringify(labels).length * 0.5);
  });

  it('refuses maps it could not rebuild exactly', () => {
    expect(isLexicon({ 'a|b': 1 })).toBe(false);
    expect(isLexicon({ a: 1.5 })).toBe(false);
    expect(isLexicon({ a: 'x' })).toBe(false);
    expect(isLexicon(JSON.parse('{"__proto__": 1}'))).toBe(false);
    expect(isLexicon([1, 2])).toBe(false);
    expect(isLexicon({})).toBe(false);
    expect(() => compactLexiconModule({ a: 0.5 })).toThrow('not a flat word');
  });
});
