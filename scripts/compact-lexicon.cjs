'use strict';
/**
 * Word lists like AFINN (`{"abandon": -2, …}`, thousands of entries) cost ~7 bytes of JSON
 * syntax per word in dist/Code.js, which every custom-function cell loads. This writes the same
 * object as a module that groups the words by score, sorts them and front-codes each group (one
 * character for the length of the prefix shared with the previous word, then the rest), and
 * rebuilds the object at load: same keys, same values, ~40 % of the bytes.
 */

const SEPARATOR = '|';
/** Prefix lengths are stored as one character from '0' (48) up to MAX_SHARED. */
const ZERO = 48;
const MAX_SHARED = 40;

function frontCode(words) {
  let prev = '';
  return words
    .slice()
    .sort()
    .map((w) => {
      let n = 0;
      while (n < MAX_SHARED && n < prev.length && n < w.length && prev[n] === w[n]) n++;
      prev = w;
      return String.fromCharCode(ZERO + n) + w.slice(n);
    })
    .join(SEPARATOR);
}

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
  const packed = Object.fromEntries(Object.entries(groups).map(([s, words]) => [s, frontCode(words)]));
  return (
    `const packed = ${JSON.stringify(packed)};\n` +
    'const lexicon = {};\n' +
    'for (const score in packed) {\n' +
    "  let word = '';\n" +
    `  for (const t of packed[score].split(${JSON.stringify(SEPARATOR)})) {\n` +
    `    word = word.slice(0, t.charCodeAt(0) - ${ZERO}) + t.slice(1);\n` +
    '    lexicon[word] = +score;\n' +
    '  }\n' +
    '}\n' +
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
