/**
 * google.script.run for the sidebar when it runs in the workbench: each call POSTs its arguments to
 * /api/<fn>, where the server calls that top-level function of dist/Code.js in the vm. Like the real
 * thing it is chainable, reports failures as Error, and refuses a Date (or function) anywhere in the
 * arguments — "Requests fail if you attempt to pass a Date, Function, DOM element besides a form"
 * (developers.google.com/apps-script/guides/html/reference/run); the server refuses one in a result.
 * `window.__kpiWorkbenchFaults = [{ fn?, error, times? }]` makes the next matching calls fail with
 * `error` without reaching the server (e.g. the PERMISSION_DENIED of several signed-in accounts).
 * After each call it tells the page around it to redraw the spreadsheet.
 */
export const SHIM_SOURCE = `
(function () {
  window.__kpiWorkbench = true;
  function illegal(v, path) {
    if (v instanceof Date) return 'a Date (' + path + ')';
    if (typeof v === 'function') return 'a function (' + path + ')';
    if (v && typeof v === 'object') {
      for (var k in v) {
        var bad = illegal(v[k], path + (Array.isArray(v) ? '[' + k + ']' : '.' + k));
        if (bad) return bad;
      }
    }
    return null;
  }
  function fault(name) {
    var list = window.__kpiWorkbenchFaults || [];
    for (var i = 0; i < list.length; i++) {
      var f = list[i];
      if (f.fn && f.fn !== name) continue;
      if (f.times !== undefined && --f.times <= 0) list.splice(i, 1);
      return f.error;
    }
    return null;
  }
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (cb) { return runner(cb, fail); };
        if (name === 'withFailureHandler') return function (cb) { return runner(ok, cb); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
          var refused = illegal(args, 'argument');
          var injected = fault(name);
          if (refused || injected) {
            var message = refused ? 'google.script.run cannot send ' + refused + ' to ' + name + '(); send an ISO date string instead.' : injected;
            Promise.resolve().then(function () { if (fail) fail(new Error(message)); });
            return;
          }
          fetch('/api/' + encodeURIComponent(name), {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(args),
          })
            .then(function (r) { return r.json(); })
            .then(function (res) {
              if (window.parent !== window) window.parent.postMessage({ type: 'kpi-sheets:changed', fn: name }, location.origin);
              if (res.ok) { if (ok) ok(res.value); }
              else if (fail) fail(new Error(res.error));
            })
            .catch(function (e) { if (fail) fail(new Error('Workbench server unreachable: ' + e.message)); });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close: function () {} } } };
})();
`;

/** Puts the shim before the sidebar's own script so google.script.run exists when it starts. */
export function injectShim(sidebarHtml: string): string {
  const tag = `<script>${SHIM_SOURCE}</script>`;
  const i = sidebarHtml.indexOf('<script');
  return i < 0
    ? sidebarHtml.replace('</body>', `${tag}</body>`)
    : sidebarHtml.slice(0, i) + tag + sidebarHtml.slice(i);
}
