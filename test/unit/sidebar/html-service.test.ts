/**
 * dist/Sidebar.html survives HtmlService: no <meta> tags (ignored there) and no `//` or `/*` inside
 * a template literal of its inline script (stripped there as comments). The build refuses both.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { htmlServiceProblems, templateCommentMarks } from '../../../scripts/html-service-check.cjs';

const marks = (js: string) => templateCommentMarks(js).length;

describe('what HtmlService would break', () => {
  it('finds comment markers inside template literals, nested ones included', () => {
    expect(marks('var a=`see https://example.com`;')).toBe(1);
    expect(marks('var a=`x /* y */`;')).toBe(1);
    expect(marks('var a=`a${f(`b//c`)}d`;')).toBe(1);
    expect(marks('var a=`a${ {x:1}.x }//`;')).toBe(1);
  });

  it('leaves strings, comments, regexes and divisions alone', () => {
    expect(marks('var a="http://x"+`ok`;')).toBe(0);
    expect(marks('// a `quoted` comment\nvar t=`ok`;')).toBe(0);
    expect(marks('function f(x){return /`[//]/.test(x)}var t=`ok`;')).toBe(0);
    expect(marks('var d=a/b/c,t=`fine`;')).toBe(0);
  });

  it('names a <meta> tag and a marker with its surroundings', () => {
    const problems = htmlServiceProblems(
      '<head><meta name="viewport" content="x"></head><script>var u=`https://example.com/a`;</script>',
    );
    expect(problems).toEqual([
      expect.stringContaining('<meta name="viewport" content="x"> — HtmlService ignores <meta>'),
      expect.stringContaining('a template literal contains "//" (…var u=`https://example.com/a`;…)'),
    ]);
  });

  it('the built sidebar has none of them', () => {
    const html = readFileSync(join(__dirname, '..', '..', '..', 'dist', 'Sidebar.html'), 'utf8');
    expect(html).toContain('<script>');
    expect(htmlServiceProblems(html)).toEqual([]);
  });
});
