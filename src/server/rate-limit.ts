// Fixed-window request counter per client. The table is capped so that a flood of distinct client
// addresses cannot grow memory without bound: expired windows are swept first, then the oldest go.

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  max: number;
  windowMs: number;
  /** Most clients tracked at once. */
  maxClients?: number;
  now?: () => number;
}

export interface RateDecision {
  allowed: boolean;
  remaining: number;
  /** Seconds until the window resets. */
  resetIn: number;
}

export class RateLimiter {
  private readonly windows = new Map<string, { count: number; resetAt: number }>();
  private readonly max: number;
  private readonly windowMs: number;
  private readonly maxClients: number;
  private readonly now: () => number;

  constructor(opts: RateLimitOptions) {
    this.max = Math.max(1, Math.floor(opts.max));
    this.windowMs = Math.max(1, Math.floor(opts.windowMs));
    this.maxClients = Math.max(1, Math.floor(opts.maxClients ?? 10_000));
    this.now = opts.now ?? Date.now;
  }

  hit(key: string): RateDecision {
    const t = this.now();
    let w = this.windows.get(key);
    if (!w || w.resetAt <= t) {
      if (w) this.windows.delete(key);
      if (this.windows.size >= this.maxClients) this.evict(t);
      w = { count: 0, resetAt: t + this.windowMs };
      this.windows.set(key, w);
    }
    w.count++;
    return {
      allowed: w.count <= this.max,
      remaining: Math.max(0, this.max - w.count),
      resetIn: Math.max(1, Math.ceil((w.resetAt - t) / 1000)),
    };
  }

  get size(): number {
    return this.windows.size;
  }

  private evict(t: number): void {
    for (const [k, w] of this.windows) if (w.resetAt <= t) this.windows.delete(k);
    // Map iterates in insertion order, so the first keys are the oldest windows.
    for (const k of this.windows.keys()) {
      if (this.windows.size < this.maxClients) break;
      this.windows.delete(k);
    }
  }
}
