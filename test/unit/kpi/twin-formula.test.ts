import { blankIf, splitColumns, wrap } from '../../../src/kpi/twin-formula';
import { REGISTRY, getKpi } from '../../../src/kpi/registry';
import { sampleRefs } from '../../../src/kpi/docs';

describe('twin references', () => {
  it('leaves plain references, numbers and single function calls bare', () => {
    for (const ref of [
      'B2',
      '$B$2',
      'B2:D2',
      "'Data · Posts'!C2:C99",
      'Data!C2',
      '1000',
      'SUMIFS(A:A,B:B,"x")',
      'IF(A1="(",1,2)',
    ]) {
      expect(wrap(ref)).toBe(ref);
    }
  });

  it('parenthesizes expressions so precedence cannot change their meaning', () => {
    expect(wrap('C2+D2')).toBe('(C2+D2)');
    expect(wrap('SUM(A1)-SUM(B1)')).toBe('(SUM(A1)-SUM(B1))');
    expect(wrap('-A1')).toBe('(-A1)');
    expect(getKpi('CTR').twin!(['B2', 'C2+D2'])).toBe('IF(OR((C2+D2)="",(C2+D2)=0),"",N(B2)/(C2+D2))');
  });

  it('splits a row-sum range into its columns, keeping sheet names and $ anchors', () => {
    expect(splitColumns('B2:D10')).toEqual(['B2:B10', 'C2:C10', 'D2:D10']);
    expect(splitColumns("'My data'!$Y$2:AA$9")).toEqual([
      "'My data'!$Y$2:Y$9",
      "'My data'!$Z$2:Z$9",
      "'My data'!$AA$2:AA$9",
    ]);
    expect(splitColumns('B2:B10')).toEqual(['B2:B10']);
    expect(() => splitColumns('SUM(A1)')).toThrow('expected a plain A1 range');
  });

  it('builds IF(OR(…),"",value) guards', () => {
    expect(blankIf([], 'A1')).toBe('A1');
    expect(blankIf(['A1=""'], 'A1')).toBe('IF(A1="","",A1)');
    expect(blankIf(['A1=""', 'B1=0'], 'A1/B1')).toBe('IF(OR(A1="",B1=0),"",A1/B1)');
  });
});

/**
 * Functions every target evaluates the same way: Google Sheets, Excel, LibreOffice 7.4 and
 * HyperFormula (the property tests run HyperFormula and LibreOffice for real).
 */
const PORTABLE = new Set([
  'IF',
  'OR',
  'AND',
  'N',
  'SUM',
  'MIN',
  'MAX',
  'INT',
  'LOWER',
  'NA',
  'COUNT',
  'COUNTIFS',
  'SUMIFS',
]);

describe('native twins', () => {
  it.each(REGISTRY.filter((k) => k.twin).map((k) => [k.name, k]))(
    '%s uses only portable functions',
    (_, k) => {
      const formula = k.twin!(sampleRefs(k));
      const used = [...formula.replace(/"[^"]*"/g, '""').matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
      expect(used.filter((f) => !PORTABLE.has(f))).toEqual([]);
      expect(formula.startsWith('=')).toBe(false);
    },
  );

  it('CTR twin is exactly the documented formula', () => {
    expect(getKpi('CTR').twin!(['B2', 'C2'])).toBe('IF(OR(C2="",C2=0),"",N(B2)/C2)');
  });

  it('row-sum parameters become SUM(range) in one-row twins', () => {
    expect(getKpi('ENGAGEMENT_RATE').twin!(['B2:D2', 'E2'])).toBe('IF(OR(E2="",E2=0),"",SUM(B2:D2)/E2)');
  });

  it('omitted optional parameters count as 0', () => {
    expect(getKpi('SOCIAL_ROI').twin!(['B2', 'C2', undefined, undefined])).toBe(
      'IF(OR(B2="",N(C2)+0+0=0),"",(B2-(N(C2)+0+0))/(N(C2)+0+0))',
    );
  });

  it('missing required references are a programming error', () => {
    expect(() => getKpi('CTR').twin!(['B2', undefined])).toThrow('twin: missing reference for impressions');
  });

  it('aggregate twins fall back to #N/A for methods no portable formula can express', () => {
    expect(getKpi('AVG_RESPONSE_TIME').twin!(['A2:A9', 'B2:B9', 'C1'])).toContain('NA()');
    expect(getKpi('AVG_ENGAGEMENT_RATE').twin!(['A2:B9', 'C2:C9', 'D1'])).toContain('NA()');
  });
});
