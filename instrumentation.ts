/**
 * Runs once when the server starts, before it answers anything: a case database that cannot be
 * used stops start-up with one line saying why, instead of a 500 at the first user's save.
 */
export async function register(): Promise<void> {
  // Node only, and not while `next build` prerenders: the store belongs to the running server.
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { caseStoreStartupProblem } = await import("@/lib/server/case-store-singleton");
  const problem = await caseStoreStartupProblem();
  if (problem !== null) {
    console.error(`SMTP Doctor cannot start: ${problem}`);
    process.exit(1);
  }
}
