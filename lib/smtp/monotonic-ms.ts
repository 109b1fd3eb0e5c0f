/**
 * Milliseconds on a monotonic clock, for stage timings. `performance.now()` reads the same clock,
 * but its first use loads Node's perf_hooks (about a millisecond of every command-line start).
 */
export function monotonicMs(): number {
  return Number(process.hrtime.bigint()) / 1e6;
}
