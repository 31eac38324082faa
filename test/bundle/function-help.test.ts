/** The function-help dialog is generated from registry entries and treats their text as data. */
import { escapeHtml, functionHelpHtml, type KpiHelpEntry } from '../../src/gas/function-help';

const hostile: KpiHelpEntry = {
  name: 'CTR',
  summary: 'Clicks <script>alert(1)</script> & "impressions"',
  formula: "clicks / impressions <img src=x onerror='x'>",
  unit: 'percent',
  params: [
    { name: 'clicks', description: 'Clicks <b>bold</b>', type: 'range' },
    { name: 'tool_cost', description: 'Tools', type: 'number', optional: true, rowSum: true },
  ],
  example: { call: '=CTR(34, 1000)', result: '0.034' },
  notes: 'Blank or zero impressions → blank',
};

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;');
  });

  it('renders missing text as empty', () => {
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('functionHelpHtml', () => {
  const page = functionHelpHtml([hostile]);

  it('never lets registry text become markup', () => {
    expect(page).not.toContain('<script>');
    expect(page).not.toContain('<img');
    expect(page).not.toContain('<b>');
    expect(page).toContain('Clicks &lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;impressions&quot;');
  });

  it('shows the signature with optional parameters in brackets, the unit and the example', () => {
    expect(page).toContain('<code>CTR(clicks, [tool_cost])</code>');
    expect(page).toContain('<td>percent</td>');
    expect(page).toContain('=CTR(34, 1000)</code> → 0.034');
    expect(page).toContain('(row-sum)');
  });

  it('has one body row per entry under a header row', () => {
    const twice = functionHelpHtml([hostile, { ...hostile, name: 'CPC' }]);
    expect(twice.match(/<tr>/g)).toHaveLength(3);
    expect(twice).toContain('<th scope="col">Function</th>');
  });
});
