import { caseStoreStartupProblem } from "./case-store-singleton";

/**
 * A case database that cannot be used stops start-up with one line saying why, instead of a 500
 * at the first user's save. Not while `next build` prerenders: the store belongs to the server.
 */
export async function checkCaseStoreOrExit(): Promise<void> {
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const problem = await caseStoreStartupProblem();
  if (problem !== null) {
    console.error(`SMTP Doctor cannot start: ${problem}`);
    process.exit(1);
  }
}
