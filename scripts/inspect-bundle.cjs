'use strict';
/**
 * Loads the server bundle exactly as Apps Script would — one script in a bare V8 context, no
 * require/process/timers/services — and reads what its library global exports. A bundle that
 * touches a missing global at load time (a service call at top level, a Node API) fails here,
 * at build time, with the reason.
 */
const vm = require('node:vm');

function inspectBundle(code, globalName) {
  const context = vm.createContext({});
  try {
    vm.runInContext(code, context, { filename: 'Code.js' });
  } catch (e) {
    throw new Error(
      `build: the server bundle fails at load time in a bare Apps Script-like context: ${e && e.message}. ` +
        'Nothing may run at load time: call services only inside functions.',
      { cause: e },
    );
  }
  const lib = context[globalName];
  if (!lib || !Array.isArray(lib.registry)) {
    throw new Error(
      `build: ${globalName}.registry is missing — src/gas/index.ts must export \`registry\` (KpiDef[])`,
    );
  }
  const api = lib.api || {};
  const apiNames = Object.keys(api).filter((k) => typeof api[k] === 'function');
  return { kpis: lib.registry, apiNames };
}

module.exports = { inspectBundle };
