import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const PRELOAD = join(__dirname, 'max-rss-preload.cjs');

export interface Measured {
  status: number | null;
  stdout: string;
  /** stderr without the reporter's line. */
  stderr: string;
  peakMb: number;
  seconds: number;
}

/** Runs `node args…` in a child process and reports its exit, output and peak RSS (from the process itself). */
export function runMeasured(args: string[], timeoutMs = 120_000): Measured {
  const t = process.hrtime.bigint();
  const r = spawnSync(process.execPath, ['-r', PRELOAD, ...args], {
    encoding: 'utf8',
    timeout: timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  const m = /\nMAXRSS_KB (\d+)\n$/.exec(r.stderr ?? '');
  if (!m)
    throw new Error(
      `no peak memory reported (status ${r.status}, signal ${r.signal}): ${r.stderr?.slice(-500)}`,
    );
  return {
    status: r.status,
    stdout: r.stdout,
    stderr: r.stderr.slice(0, m.index),
    peakMb: Number(m[1]) / 1024,
    seconds,
  };
}
