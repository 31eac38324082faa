/** The build refuses a server bundle that does work at load time, and reads what a good one exports. */
import { inspectBundle } from '../../scripts/inspect-bundle.cjs';

const lib = (body: string) => `var Lib_ = (function () { ${body} })();`;

describe('inspectBundle', () => {
  it('returns the registry and the function-valued api endpoints', () => {
    const code = lib(
      'return { registry: [{ name: "CTR", params: [] }], api: { importRows: function () {}, version: 3, listTabs() {} } };',
    );
    const { kpis, apiNames } = inspectBundle(code, 'Lib_');
    expect(kpis.map((k) => k.name)).toEqual(['CTR']);
    expect(apiNames).toEqual(['importRows', 'listTabs']);
  });

  it('treats a missing api as no endpoints', () => {
    expect(inspectBundle(lib('return { registry: [] };'), 'Lib_').apiNames).toEqual([]);
  });

  it('refuses a bundle that calls a service while loading, naming the cause', () => {
    const code = lib('SpreadsheetApp.getActive(); return { registry: [] };');
    expect(() => inspectBundle(code, 'Lib_')).toThrow(/fails at load time.*SpreadsheetApp/);
  });

  it('refuses a bundle that needs Node at load time', () => {
    const code = lib('const fs = require("fs"); return { registry: [] };');
    expect(() => inspectBundle(code, 'Lib_')).toThrow(/fails at load time.*require/);
  });

  it('refuses a bundle without a registry, saying what to export', () => {
    expect(() => inspectBundle(lib('return {};'), 'Lib_')).toThrow('must export `registry`');
  });
});
