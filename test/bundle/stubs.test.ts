/** The stub generator (scripts/stubs.cjs): the JSDoc Sheets reads, and names that must stay safe. */
import { entryStub, jsParamName, kpiStub, renderStubs, type StubKpi } from '../../scripts/stubs.cjs';

const roi: StubKpi = {
  name: 'ROI',
  summary: 'Return on investment.',
  formula: '(return − cost) / cost',
  unit: 'percent',
  params: [
    { name: 'return', description: 'What the spend brought in.', type: 'number' },
    { name: 'cost', description: 'What it cost; 0 or blank gives blank.', type: 'number' },
    {
      name: 'extra_costs',
      description: 'Other costs */ closing a comment',
      type: 'range',
      optional: true,
      rowSum: true,
    },
  ],
  notes: 'Blank cost → blank.',
  example: { call: '=ROI(150, 100)', result: '0.5' },
};

describe('kpiStub', () => {
  const stub = kpiStub(roi, 'Lib_');

  it('declares the function with the registry parameter names, renaming reserved words', () => {
    expect(stub).toContain('function ROI(return_value, cost, extra_costs) {');
  });

  it('forwards every argument to the library by KPI name', () => {
    expect(stub).toContain('return Lib_.runKpi("ROI", [return_value, cost, extra_costs], arguments.length);');
  });

  it('writes a JSDoc block Sheets turns into formula help', () => {
    expect(stub).toMatch(/^\/\*\*\n \* Return on investment\.\n/);
    expect(stub).toContain(' * @param {number} return_value What the spend brought in.');
    expect(stub).toContain(
      ' * @param {number[][]} extra_costs (optional) (row-sum: columns are added per row) Other costs * / closing a comment',
    );
    expect(stub).toContain(' * @return {number} percent\n');
    expect(stub).toContain(' * @customfunction\n */\n');
    expect(stub).toContain(' * Formula: (return − cost) / cost. Example: =ROI(150, 100) → 0.5\n');
    expect(stub).not.toContain('Blank cost'); // notes live in the help dialog, not in every cell's script
  });

  it('keeps registry text from closing the comment early', () => {
    const body = stub.slice(3, stub.indexOf('*/\nfunction'));
    expect(body).not.toContain('*/');
  });

  it('rejects names Sheets could not call', () => {
    expect(() => kpiStub({ ...roi, name: 'roi' }, 'Lib_')).toThrow('"roi"');
    expect(() => kpiStub({ ...roi, name: 'ROI_' }, 'Lib_')).toThrow('"ROI_"');
    expect(() => kpiStub({ ...roi, params: [{ ...roi.params[0], name: 'a-b' }] }, 'Lib_')).toThrow('"a-b"');
  });
});

describe('jsParamName', () => {
  it('keeps ordinary names and suffixes reserved words', () => {
    expect(jsParamName('ad_spend')).toBe('ad_spend');
    expect(jsParamName('return')).toBe('return_value');
    expect(jsParamName('new')).toBe('new_value');
  });
});

describe('entryStub', () => {
  it('forwards named parameters, or all arguments when none are named', () => {
    expect(entryStub('onOpen', 'Lib_.onOpen', 'Menu.', ['e'])).toContain(
      'function onOpen(e) { return Lib_.onOpen(e); }',
    );
    expect(entryStub('importRows', 'Lib_.api.importRows', 'Endpoint.')).toContain(
      'function importRows(...args) { return Lib_.api.importRows(...args); }',
    );
  });
});

describe('renderStubs', () => {
  it('emits triggers, menu handlers, api endpoints and KPI stubs', () => {
    const out = renderStubs({ kpis: [roi], apiNames: ['importRows'], globalName: 'Lib_' });
    const names = [...out.matchAll(/^function (\w+)\(/gm)].map((m) => m[1]);
    expect(names).toEqual(['onOpen', 'onInstall', 'showSidebar', 'showFunctionHelp', 'importRows', 'ROI']);
  });

  it('refuses two top-level functions with one name', () => {
    expect(() => renderStubs({ kpis: [roi], apiNames: ['ROI'], globalName: 'Lib_' })).toThrow('"ROI"');
    expect(() => renderStubs({ kpis: [], apiNames: ['onOpen'], globalName: 'Lib_' })).toThrow('"onOpen"');
  });
});
