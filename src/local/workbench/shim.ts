/**
 * google.script.run for the sidebar when it runs in the workbench: each call POSTs its arguments to
 * /api/<fn>, where the server calls that top-level function of dist/Code.js in the vm. Like the real
 * thing it is chainable, JSON-only (a Date does not survive), and reports failures as Error.
 * After each call it tells the page around it to redraw the spreadsheet.
 */
export const SHIM_SOURCE = `
(function () {
  window.__kpiWorkbench = true;
  function runner(ok, fail) {
    return new Proxy({}, {
      get: function (_, name) {
        if (name === 'withSuccessHandler') return function (cb) { return runner(cb, fail); };
        if (name === 'withFailureHandler') return function (cb) { return runner(ok, cb); };
        if (name === 'withUserObject') return function () { return runner(ok, fail); };
        if (typeof name !== 'string') return undefined;
        return function () {
          var args = Array.prototype.slice.call(arguments);
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
