/**
 * `npm run docs`: regenerate the files derived from code — docs/FUNCTIONS.md from the KPI
 * registry, and src/kpi/afinn-data.ts (the packed SENTIMENT lexicon) from the `sentiment` package.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as prettier from 'prettier';
import labels from 'sentiment/languages/en/labels.json';
import emoji from 'sentiment/build/emoji.json';
import { functionsMarkdown } from '../src/kpi/docs';
import { lexiconModuleSource, packLexicon } from '../src/kpi/afinn-codec';

async function main(): Promise<void> {
  const root = resolve(__dirname, '..');
  const docs = resolve(root, 'docs', 'FUNCTIONS.md');
  writeFileSync(docs, functionsMarkdown());
  console.log(`docs: wrote ${docs}`);

  const lexicon = resolve(root, 'src', 'kpi', 'afinn-data.ts');
  const options = { ...(await prettier.resolveConfig(lexicon)), filepath: lexicon };
  writeFileSync(lexicon, await prettier.format(lexiconModuleSource(packLexicon(labels, emoji)), options));
  console.log(`docs: wrote ${lexicon}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
