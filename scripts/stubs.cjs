'use strict';
/**
 * Generates the top-level Apps Script functions of dist/Code.js from what the bundle exports:
 * one `@customfunction` stub per registry entry, the trigger/menu entry points, and one stub per
 * sidebar endpoint. Pure string building so tests and the bench can reuse it.
 */

/** Words a JS parameter may not be named; a KPI param called e.g. `return` gets `return_value`. */
const RESERVED = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

const KPI_NAME = /^[A-Z][A-Z0-9_]*[A-Z0-9]$/;
const PARAM_NAME = /^[A-Za-z][A-Za-z0-9_]*$/;
const ENTRY_NAME = /^[A-Za-z][A-Za-z0-9_]*[A-Za-z0-9]$/;

/** The identifier a registry parameter gets in the generated declaration and its JSDoc. */
function jsParamName(name) {
  if (!PARAM_NAME.test(name)) throw new Error(`stubs: parameter name "${name}" is not a plain identifier`);
  return RESERVED.has(name) ? `${name}_value` : name;
}

const JSDOC_TYPES = { number: 'number', range: 'number[][]', text: 'string', date: 'Date' };

/** Text inside a block comment: no comment terminator, one line per entry. */
function commentText(text) {
  return String(text ?? '')
    .replace(/\*\//g, '* /')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

function wrap(text, width = 120) {
  const words = commentText(text).split(' ').filter(Boolean);
  const lines = [];
  let line = '';
  for (const w of words) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

function returnDoc(kpi) {
  const type = kpi.unit === 'text' ? 'string' : 'number';
  return `{${type}} ${kpi.unit}${kpi.params.length ? '' : ' (spills a table)'}`;
}

/**
 * One `@customfunction` stub: Sheets' autocomplete and formula help read this JSDoc. It stays
 * short (summary, formula, example, parameters) because every custom-function cell loads the
 * whole script; blank/zero rules and sources live in the Function help dialog and docs.
 */
function kpiStub(kpi, globalName) {
  if (!KPI_NAME.test(kpi.name))
    throw new Error(`stubs: KPI name "${kpi.name}" must be UPPER_SNAKE without trailing _`);
  const names = kpi.params.map((p) => jsParamName(p.name));
  const doc = [
    ...wrap(kpi.summary),
    ...wrap(`Formula: ${kpi.formula}. Example: ${kpi.example?.call ?? ''} → ${kpi.example?.result ?? ''}`),
    ...kpi.params.map((p, i) => {
      const type = JSDOC_TYPES[p.type] ?? 'number';
      const extras = [p.optional ? '(optional)' : '', p.rowSum ? '(row-sum: columns are added per row)' : '']
        .filter(Boolean)
        .join(' ');
      return `@param {${type}} ${names[i]} ${commentText(`${extras ? extras + ' ' : ''}${p.description}`)}`;
    }),
    `@return ${returnDoc(kpi)}`,
    '@customfunction',
  ];
  // Compact on purpose: every byte here is loaded by every custom-function cell.
  return (
    `/**\n${doc.map((l) => ` * ${l}`).join('\n')}\n */\n` +
    `function ${kpi.name}(${names.join(', ')}) { return ${globalName}.runKpi(${JSON.stringify(kpi.name)}, [${names.join(', ')}], arguments.length); }\n`
  );
}

/** A trigger, menu handler or sidebar endpoint: a thin top-level forwarder into the bundle. */
function entryStub(name, target, summary, params = null) {
  if (!ENTRY_NAME.test(name))
    throw new Error(`stubs: entry point "${name}" is not a callable top-level name`);
  const [decl, call] = params ? [params.join(', '), params.join(', ')] : ['...args', '...args'];
  return `/** ${commentText(summary)} */\nfunction ${name}(${decl}) { return ${target}(${call}); }\n`;
}

/**
 * All generated top-level functions. `kpis` are registry entries (metadata only is read),
 * `apiNames` the sidebar endpoints. Throws when two would share a top-level name.
 */
function renderStubs({ kpis, apiNames, globalName }) {
  const seen = new Set();
  const claim = (name) => {
    if (seen.has(name)) throw new Error(`stubs: two top-level functions would be named "${name}"`);
    seen.add(name);
  };
  const parts = [];
  const entries = [
    ['onOpen', 'Trigger: builds the add-on menu (works in AuthMode.NONE).', ['e']],
    ['onInstall', 'Trigger: builds the menu right after install.', ['e']],
    ['showSidebar', 'Menu item: opens the kpi-sheets sidebar.', []],
    ['showFunctionHelp', 'Menu item: lists every KPI function.', []],
  ];
  for (const [name, summary, params] of entries) {
    claim(name);
    parts.push(entryStub(name, `${globalName}.${name}`, summary, params));
  }
  for (const name of apiNames) {
    claim(name);
    parts.push(entryStub(name, `${globalName}.api.${name}`, `Sidebar endpoint (google.script.run.${name}).`));
  }
  for (const kpi of kpis) {
    claim(kpi.name);
    parts.push(kpiStub(kpi, globalName));
  }
  return parts.join('\n');
}

module.exports = { jsParamName, kpiStub, entryStub, renderStubs };
