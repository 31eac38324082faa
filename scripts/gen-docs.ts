/** `npm run docs`: regenerate docs/FUNCTIONS.md from the KPI registry. */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { functionsMarkdown } from '../src/kpi/docs';

const target = resolve(__dirname, '..', 'docs', 'FUNCTIONS.md');
writeFileSync(target, functionsMarkdown());
console.log(`docs: wrote ${target}`);
