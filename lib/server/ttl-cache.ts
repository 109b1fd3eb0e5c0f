/**
 * A bounded cache of values that expire: at most `maxEntries`, the least recently used going
 * first; a value lives for the seconds its producer says, clamped to [minSeconds, maxSeconds].
 * Concurrent misses for one key share one load. Failed loads are not kept.
 */
export class TtlCache<V> {
  private readonly entries = new Map<string, { value: V; expiresAt: number }>();
  private readonly loading = new Map<string, Promise<V>>();

  constructor(
    private readonly options: {
      maxEntries: number;
      minSeconds: number;
      maxSeconds: number;
      now: () => number;
    },
  ) {}

  async get(key: string, load: () => Promise<{ value: V; ttlSeconds: number }>): Promise<V> {
    const hit = this.entries.get(key);
    if (hit && hit.expiresAt > this.options.now()) {
      this.entries.delete(key);
      this.entries.set(key, hit);
      return hit.value;
    }
    this.entries.delete(key);
    const pending = this.loading.get(key);
    if (pending) return pending;
    const started = load()
      .then(({ value, ttlSeconds }) => {
        const { minSeconds, maxSeconds, maxEntries, now } = this.options;
        const seconds = Math.min(maxSeconds, Math.max(minSeconds, ttlSeconds));
        this.entries.set(key, { value, expiresAt: now() + seconds * 1000 });
        while (this.entries.size > maxEntries) {
          const oldest = this.entries.keys().next().value;
          if (oldest === undefined) break;
          this.entries.delete(oldest);
        }
        return value;
      })
      .finally(() => this.loading.delete(key));
    this.loading.set(key, started);
    return started;
  }
}
