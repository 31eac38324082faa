/** Runs `fn` under the document lock so two imports (two sidebars, two users) never interleave writes. */
export function withDocumentLock<T>(fn: () => T, timeoutMs = 30000): T {
  const lock = LockService.getDocumentLock();
  try {
    lock.waitLock(timeoutMs);
  } catch {
    throw new Error(
      'Another import or KPI tab update is running in this spreadsheet. Wait a moment and try again.',
    );
  }
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
