/**
 * Runs once when the server starts, before it answers anything. The work is Node-only (the case
 * store, process exit), so it lives in lib/server/startup-check.ts and is imported only under the
 * Node.js runtime, as Next's instrumentation guide prescribes.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // server.mjs waits for this before it listens: it never announces a server that is about to exit.
    const checked = import("./lib/server/startup-check").then(({ checkCaseStoreOrExit }) =>
      checkCaseStoreOrExit(),
    );
    (globalThis as Record<symbol, unknown>)[Symbol.for("smtp-doctor.startup-check")] = checked;
    await checked;
    // server.mjs answers the health check with this, ahead of the framework (see lib/server/health.ts).
    const { healthAnswer, HEALTH_HOOK } = await import("./lib/server/health");
    (globalThis as Record<symbol, unknown>)[HEALTH_HOOK] = healthAnswer;
  }
}
