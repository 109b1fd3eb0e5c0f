/**
 * One instance per process of something a module creates on first use (a store, a pool, a
 * limiter), whichever bundle loads the module first: Next.js gives routes, pages and proxy.ts
 * separate module copies, so a module-level variable would exist once per bundle.
 */
export function processSingleton<T>(name: string, create: () => T): T {
  const holder = globalThis as unknown as Record<symbol, T | undefined>;
  const key = Symbol.for(`smtp-doctor.${name}`);
  holder[key] ??= create();
  return holder[key];
}

/** Forgets a singleton (tests, or a store whose open failed and should be tried again). */
export function dropProcessSingleton(name: string): void {
  const holder = globalThis as unknown as Record<symbol, unknown>;
  delete holder[Symbol.for(`smtp-doctor.${name}`)];
}
