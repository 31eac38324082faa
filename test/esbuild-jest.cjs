// Jest transform: TypeScript/ESM → CommonJS with esbuild (fast, and its platform binaries are all
// in the lock file, so `npm ci` works on any machine). Types are checked separately by `npm run typecheck`.
const { transformSync } = require('esbuild');
const path = require('node:path');

module.exports = {
  process(source, filename) {
    const ext = path.extname(filename).slice(1);
    const loader = ext === 'ts' || ext === 'tsx' || ext === 'jsx' ? ext : 'js';
    const { code, map } = transformSync(source, {
      loader,
      format: 'cjs',
      target: 'es2022',
      sourcemap: 'external',
      sourcefile: filename,
      supported: { 'dynamic-import': false },
    });
    return { code, map };
  },
};
