/** Per-method call counter (benchmarks count Apps Script round trips) with optional failure injection for tests. */
export class CallCounter {
  private counts: Record<string, number> = {};
  /** Cells whose contents a call wrote (setValues, setFormulas, copyTo …), per sheet name. */
  private cells: Record<string, number> = {};
  private failures = new Map<string, { after: number; message: string }>();

  /** Injected failures that have fired ("Range.setValues: message"), oldest first. */
  readonly fired: string[] = [];

  count(method: string): void {
    const n = (this.counts[method] = (this.counts[method] ?? 0) + 1);
    const f = this.failures.get(method);
    if (f && n > f.after) {
      this.failures.delete(method);
      this.fired.push(`${method}: ${f.message}`);
      throw new Error(f.message);
    }
  }

  /** Takes one count back (a batched call that was implemented with per-item calls internally). */
  uncount(method: string): void {
    if (this.counts[method]) this.counts[method]--;
    if (this.counts[method] === 0) delete this.counts[method];
  }

  calls(): Record<string, number> {
    return { ...this.counts };
  }

  total(): number {
    return Object.values(this.counts).reduce((a, b) => a + b, 0);
  }

  cellsWritten(sheet: string, n: number): void {
    this.cells[sheet] = (this.cells[sheet] ?? 0) + n;
  }

  /** Cells written per sheet since the last reset. */
  cellsBySheet(): Record<string, number> {
    return { ...this.cells };
  }

  reset(): void {
    this.counts = {};
    this.cells = {};
  }

  /** The next call of `method` after `after` more calls throws `message` (once), like a quota or timeout would. */
  failOn(method: string, after = 0, message = `Service error: ${method} failed (injected)`): void {
    this.failures.set(method, { after: (this.counts[method] ?? 0) + after, message });
  }
}
