/**
 * dist/Code.js as Apps Script sees it: one ES2020 script whose top level holds one library
 * global plus generated functions — a custom function per registry entry, the triggers/menu
 * handlers and the sidebar endpoints — and nothing else (every top-level function is callable
 * from cells and google.script.run).
 */
import * as acorn from 'acorn';
import { ENTRY_POINTS, GLOBAL_NAME, lib, loadBundle, readCode } from './sandbox';

const code = readCode();
const comments: acorn.Comment[] = [];
const program = acorn.parse(code, { ecmaVersion: 2020, sourceType: 'script', onComment: comments });
const context = loadBundle();
const { registry, api } = lib(context);
const apiNames = Object.keys(api).filter((k) => typeof api[k] === 'function');

type FunctionNode = acorn.FunctionDeclaration & { id: acorn.Identifier };
const functions = program.body.filter((n): n is FunctionNode => n.type === 'FunctionDeclaration');

/** The block comment that ends right before a declaration (only whitespace between). */
function jsdocOf(node: acorn.Node): string | undefined {
  const c = comments.find((k) => k.type === 'Block' && /^\s*$/.test(code.slice(k.end, node.start)));
  return c?.value;
}

function paramNames(node: FunctionNode): string[] {
  return node.params.map((p) => (p.type === 'Identifier' ? p.name : `<${p.type}>`));
}

/** A parameter keeps its registry name unless that name is a reserved word (e.g. `return`). */
function expectedParamName(name: string): string {
  try {
    new Function(name, '');
    return ['undefined', 'NaN', 'Infinity', 'eval', 'arguments'].includes(name) ? `${name}_value` : name;
  } catch {
    return `${name}_value`;
  }
}

describe('dist/Code.js top level', () => {
  it('parses as a plain ES2020 script (no import/export, no class fields or #private)', () => {
    expect(program.sourceType).toBe('script');
  });

  it('declares exactly one global variable, the library, and otherwise only functions', () => {
    const isDirective = (n: acorn.Node) => n.type === 'ExpressionStatement' && 'directive' in n;
    const others = program.body.filter((n) => n.type !== 'FunctionDeclaration' && !isDirective(n));
    expect(others).toHaveLength(1);
    const [decl] = others as acorn.VariableDeclaration[];
    expect(decl.type).toBe('VariableDeclaration');
    expect(decl.declarations.map((d) => (d.id as acorn.Identifier).name)).toEqual([GLOBAL_NAME]);
  });

  it('has one top-level function per registry entry, entry point and api endpoint, and no others', () => {
    const expected = [...registry.map((k) => k.name), ...ENTRY_POINTS, ...apiNames].sort();
    expect(functions.map((f) => f.id.name).sort()).toEqual(expected);
  });

  it('exposes the same set as globals of the loaded script (what Sheets can call)', () => {
    const globals = Object.keys(context).filter((k) => typeof context[k] === 'function');
    expect(globals.sort()).toEqual(functions.map((f) => f.id.name).sort());
  });

  it('has no helper at top level that a cell could call by accident', () => {
    expect(functions.filter((f) => f.id.name.endsWith('_'))).toEqual([]);
  });
});

describe('every registry entry is a documented custom function', () => {
  it('the registry is not empty', () => {
    expect(registry.length).toBeGreaterThan(0);
  });

  it.each(registry.map((k) => [k.name]))('%s', (name) => {
    const kpi = registry.find((k) => k.name === name)!;
    const node = functions.find((f) => f.id.name === name);
    expect(node).toBeDefined();
    expect(typeof context[name]).toBe('function');

    const expectedNames = kpi.params.map((p) => expectedParamName(p.name));
    expect(paramNames(node!)).toEqual(expectedNames);

    const doc = jsdocOf(node!) ?? '';
    expect(doc).toContain('@customfunction');
    expect(doc).toContain(kpi.summary.split(/\s+/).slice(0, 4).join(' '));
    expect(doc).toMatch(/@return \{(number|string)\} \S/);
    const documented = [...doc.matchAll(/@param \{[^}]+\} (\S+) (.+)/g)].map((m) => m[1]);
    expect(documented).toEqual(expectedNames);
  });
});

describe('triggers and endpoints', () => {
  it.each(ENTRY_POINTS.map((n) => [n]))('%s is a documented top-level function', (name) => {
    const node = functions.find((f) => f.id.name === name);
    expect(node).toBeDefined();
    expect(jsdocOf(node!)).toBeTruthy();
    expect(jsdocOf(node!)).not.toContain('@customfunction');
  });
});
