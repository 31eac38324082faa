/** Wrong invocations of a command: one message shape (what is wrong, then the usage) and exit code 2. */
import type { CliIO } from '../cli';

/** What `parse` returns, or the message it throws (parseArgs on an unknown or malformed option). */
export function parsedOrProblem<T>(parse: () => T): T | string {
  try {
    return parse();
  } catch (e) {
    return (e as Error).message;
  }
}

/** Prints `kpi-sheets NAME: problem. Usage: …` and returns the exit code for a wrong invocation. */
export function usageError(io: CliIO, name: string, usage: string, problem: string): 2 {
  io.err(`kpi-sheets ${name}: ${problem}. Usage: ${usage}`);
  return 2;
}
