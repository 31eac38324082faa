/**
 * dist/Code.js reads only globals that exist in Apps Script's V8: ECMAScript built-ins and the
 * Apps Script services it is allowed to use. No Node (require, process, Buffer), no timers,
 * no fetch/TextDecoder, no DOM — checked on the syntax tree, so paths no test happens to
 * execute are covered too.
 */
import * as acorn from 'acorn';
import { freeGlobals } from './free-globals';
import { readCode } from './sandbox';

const ECMASCRIPT = (
  'Object Array Number String Boolean Math Date JSON Error TypeError RangeError SyntaxError ReferenceError ' +
  'EvalError URIError RegExp Map Set WeakMap WeakSet Symbol Promise Reflect Proxy Intl BigInt ArrayBuffer ' +
  'DataView Float64Array Float32Array Int32Array Uint32Array Int16Array Uint16Array Int8Array Uint8Array ' +
  'Uint8ClampedArray isNaN isFinite parseInt parseFloat encodeURIComponent decodeURIComponent encodeURI ' +
  'decodeURI globalThis undefined NaN Infinity'
).split(' ');

/** Services the add-on may call (the manifest's two scopes cover these; Charts only builds chart specs), plus logging. */
const APPS_SCRIPT =
  'SpreadsheetApp HtmlService LockService PropertiesService CacheService Charts Session Utilities Logger console'.split(
    ' ',
  );

const program = acorn.parse(readCode(), { ecmaVersion: 2020, sourceType: 'script' });
const globals = freeGlobals(program);

describe('globals read by dist/Code.js', () => {
  it('are all ECMAScript built-ins, allowed Apps Script services or its own library global', () => {
    const allowed = new Set([...ECMASCRIPT, ...APPS_SCRIPT, 'KpiSheets_']);
    expect([...globals].filter((g) => !allowed.has(g)).sort()).toEqual([]);
  });

  it.each([
    'require',
    'process',
    'Buffer',
    'setTimeout',
    'setInterval',
    'fetch',
    'TextDecoder',
    'window',
    'document',
  ])('never include %s', (name) => {
    expect(globals.has(name)).toBe(false);
  });

  it('include the services the menu needs (the check sees real uses)', () => {
    expect(globals.has('SpreadsheetApp')).toBe(true);
    expect(globals.has('HtmlService')).toBe(true);
  });
});

describe('freeGlobals', () => {
  const free = (src: string) => [...freeGlobals(acorn.parse(src, { ecmaVersion: 2020 }))].sort();

  it('reports reads of undeclared names, not declared ones, keys or typeof checks', () => {
    expect(free('var a = 1; function f(b) { return a + b + c.d + e[g]; }')).toEqual(['c', 'e', 'g']);
    expect(free('const o = { k: 1, [x]: 2 }; o.k; typeof process === "undefined";')).toEqual(['x']);
    expect(free('try { y() } catch (err) { err } ({ z }) => z; ({ w });')).toEqual(['w', 'y']);
    expect(free('function f(a) { return arguments.length + a; }')).toEqual([]);
  });
});
