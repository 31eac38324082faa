'use strict';
/**
 * Word lists like AFINN (`{"abandon": -2, …}`, thousands of entries) cost ~7 bytes of JSON
 * syntax per word in dist/Code.js, which every custom-function cell loads. This writes the same
 * object as a module that groups the words by score in one string each and rebuilds the object
 * at load: same keys, same values, about half the bytes.
 */

const SEPARATOR = '|';

/** True when `obj` is a flat word → integer map this module can rebuild exactly. */
function isLexicon(obj) {
  if (typeof obj !== 'object' || obj === null || Array.isArray(obj)) return false;
  const keys = Object.keys(obj);
  return (
    keys.length > 0 &&
    keys.every((k) => k !== '' && !k.includes(SEPARATOR) && k !== '__proto__' && Number.isInteger(obj[k]))
  );
}

/** ES module source whose default export deep-equals `obj` (throws when it cannot). */
function compactLexiconModule(obj) {
  if (!isLexicon(obj)) throw new Error('compact-lexicon: not a flat word → integer map');
  const groups = {};
  for (const [word, score] of Object.entries(obj)) (groups[score] ??= []).push(word);
  const packed = Object.fromEntries(Object.entries(groups).map(([s, words]) => [s, words.join(SEPARATOR)]));
  return (
    `const packed = ${JSON.stringify(packed)};\n` +
    'const lexicon = {};\n' +
    `for (const score in packed) for (const word of packed[score].split(${JSON.stringify(SEPARATOR)})) lexicon[word] = +score;\n` +
    'export default lexicon;\n'
  );
}

/** esbuild plugin: JSON files matching `filter` that are lexicons load compacted; others as usual. */
function compactLexiconPlugin(filter) {
  return {
    name: 'compact-lexicon',
    setup(build) {
      const { readFile } = require('node:fs/promises');
      build.onLoad({ filter }, async (args) => {
        const obj = JSON.parse(await readFile(args.path, 'utf8'));
        if (!isLexicon(obj)) return undefined;
        return { contents: compactLexiconModule(obj), loader: 'js' };
      });
    },
  };
}

module.exports = { isLexicon, compactLexiconModule, compactLexiconPlugin };
