import { newSetupCode } from "@/lib/staff/session-token";
import { caseStoreStartupProblem } from "./case-store-singleton";
import { staffAuth } from "./workspace";

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
  await offerSetupCode();
}

/**
 * An install with no staff account yet prints a one-time setup code (as Jenkins does): whoever
 * creates the first admin at /setup must have read the server's log, so the first visitor of a
 * public install cannot claim it. With several instances, the first to start prints it.
 */
async function offerSetupCode(): Promise<void> {
  const auth = staffAuth();
  if (!(await auth.needsSetup())) return;
  const code = newSetupCode();
  if (await auth.offerSetupCode(code)) {
    console.log(
      `SMTP Doctor has no staff account yet. To create the first admin, open /setup and enter the setup code ${code} (valid 24 hours, once).`,
    );
  } else {
    console.log(
      "SMTP Doctor has no staff account yet. The setup code for /setup was printed by the instance that started first (valid 24 hours).",
    );
  }
}
