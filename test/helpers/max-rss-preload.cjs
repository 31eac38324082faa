// Preloaded with `node -r` into a child process: prints its peak resident memory (KB) on stderr as it exits.
process.on('exit', () => require('node:fs').writeSync(2, `\nMAXRSS_KB ${process.resourceUsage().maxRSS}\n`));
