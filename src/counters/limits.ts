// A small fixed-window limiter per key (per address), for floods of ratings and beacons.
// Per process; part 7 shares it between instances.
export class WindowLimiter {
  private windows = new Map<string, { start: number; n: number }>();

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True when the key may go on; false when it is over its limit in this window. */
  take(key: string): boolean {
    const now = this.clock();
    const w = this.windows.get(key);
    if (!w || now - w.start >= this.windowMs) {
      if (this.windows.size > 100_000) this.sweep(now);
      this.windows.set(key, { start: now, n: 1 });
      return true;
    }
    w.n++;
    return w.n <= this.max;
  }

  private sweep(now: number) {
    for (const [k, w] of this.windows) if (now - w.start >= this.windowMs) this.windows.delete(k);
  }
}
