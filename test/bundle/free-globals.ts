/**
 * The global names a script reads: every identifier reference that no declaration in the script
 * binds. Scope-insensitive on purpose — minified bundles never reuse a global's name (`process`,
 * `setTimeout`) for a local, so "declared anywhere" is a safe approximation. `typeof X` is
 * feature detection, not a use, and is skipped.
 */
import type * as acorn from 'acorn';

type AnyNode = acorn.Node & Record<string, unknown>;

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as { type?: unknown }).type === 'string';
}

function children(node: AnyNode): AnyNode[] {
  const out: AnyNode[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'loc' || key === 'range') continue;
    if (Array.isArray(value)) for (const v of value) if (isNode(v)) out.push(v);
    if (isNode(value)) out.push(value);
  }
  return out;
}

/** Identifiers a pattern binds (params, declarators, catch clauses). */
function bound(pattern: AnyNode | null | undefined, into: Set<string>): void {
  if (!pattern) return;
  switch (pattern.type) {
    case 'Identifier':
      into.add(pattern.name as string);
      break;
    case 'ObjectPattern':
      for (const p of pattern.properties as AnyNode[])
        bound((p.type === 'RestElement' ? p.argument : p.value) as AnyNode, into);
      break;
    case 'ArrayPattern':
      for (const e of pattern.elements as (AnyNode | null)[]) bound(e, into);
      break;
    case 'RestElement':
      bound(pattern.argument as AnyNode, into);
      break;
    case 'AssignmentPattern':
      bound(pattern.left as AnyNode, into);
      break;
  }
}

export function freeGlobals(program: acorn.Program): Set<string> {
  const declared = new Set<string>();
  const referenced = new Set<string>();
  const visit = (node: AnyNode, parent: AnyNode | null): void => {
    switch (node.type) {
      case 'VariableDeclarator':
        bound(node.id as AnyNode, declared);
        break;
      case 'FunctionDeclaration':
      case 'FunctionExpression':
      case 'ArrowFunctionExpression':
        bound(node.id as AnyNode, declared);
        for (const p of node.params as AnyNode[]) bound(p, declared);
        break;
      case 'ClassDeclaration':
      case 'ClassExpression':
        bound(node.id as AnyNode, declared);
        break;
      case 'CatchClause':
        bound(node.param as AnyNode, declared);
        break;
      case 'UnaryExpression':
        if (node.operator === 'typeof' && (node.argument as AnyNode).type === 'Identifier') return;
        break;
      case 'Identifier': {
        const p = parent;
        const isKey =
          p &&
          (((p.type === 'MemberExpression' ||
            p.type === 'PropertyDefinition' ||
            p.type === 'MethodDefinition') &&
            (p.property === node || p.key === node) &&
            !p.computed) ||
            (p.type === 'Property' && p.key === node && !p.computed && !p.shorthand) ||
            p.type === 'LabeledStatement' ||
            p.type === 'BreakStatement' ||
            p.type === 'ContinueStatement');
        if (!isKey) referenced.add(node.name as string);
        return;
      }
    }
    for (const child of children(node)) visit(child, node);
  };
  visit(program as unknown as AnyNode, null);
  declared.add('arguments'); // bound implicitly in every function
  return new Set([...referenced].filter((n) => !declared.has(n)));
}
