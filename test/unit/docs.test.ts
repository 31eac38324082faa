import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { functionsMarkdown, signature } from '../../src/kpi/docs';
import { REGISTRY, getKpi } from '../../src/kpi/registry';

describe('docs/FUNCTIONS.md', () => {
  it('is up to date with the registry (run `npm run docs` when this fails)', () => {
    const committed = readFileSync(resolve(__dirname, '..', '..', 'docs', 'FUNCTIONS.md'), 'utf8');
    expect(committed).toBe(functionsMarkdown());
  });

  it('documents every function with signature, formula, unit, example, blank behaviour and source', () => {
    const md = functionsMarkdown();
    for (const k of REGISTRY) {
      const start = md.indexOf(`### ${k.name}\n`);
      expect(start).toBeGreaterThan(0);
      const next = md.indexOf('\n### ', start + 1);
      const body = md.slice(start, next < 0 ? undefined : next);
      expect(body).toContain(`\`=${signature(k)}\``);
      expect(body).toContain(k.formula);
      expect(body).toContain('**Unit:**');
      expect(body).toContain(k.example.call);
      expect(body).toContain(k.notes);
      expect(body).toContain(k.source);
    }
  });

  it('marks optional and row-sum parameters in signatures', () => {
    expect(signature(getKpi('SOCIAL_ROI'))).toBe('SOCIAL_ROI(revenue, ad_spend, [tool_cost], [labor_cost])');
    expect(signature(getKpi('ENGAGEMENT_RATE'))).toBe('ENGAGEMENT_RATE(engagements*, base)');
  });

  it('shows the CTR twin exactly as templates write it', () => {
    expect(functionsMarkdown()).toContain('`=IF(OR(C2="",C2=0),"",N(B2)/C2)`');
  });
});
