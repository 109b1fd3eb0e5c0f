import { retentionDays, sweepExpiredCases } from "@/lib/staff/retention";
import { newSetupCode } from "@/lib/staff/session-token";
import { caseStore, caseStoreStartupProblem } from "./case-store-singleton";
import { staffAuth, workspaceStore } from "./workspace";

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
  startRetentionSweeps();
}

const HOUR = 60 * 60 * 1000;

/**
 * Deletes resolved cases past the retention rule: once shortly after start, then every hour.
 * Every instance sweeps; a case deleted by one is simply gone for the others.
 */
function startRetentionSweeps(): void {
  const days = retentionDays(process.env);
  if (days === 0) return;
  const sweep = async () => {
    try {
      const deleted = await sweepExpiredCases(caseStore(), workspaceStore(), days);
      if (deleted > 0)
        console.log(`[retention] deleted ${deleted} case(s) resolved more than ${days} days ago`);
    } catch (error) {
      console.error(`[retention] sweep failed: ${(error as Error).message}`);
    }
  };
  setTimeout(sweep, 60_000).unref();
  setInterval(sweep, HOUR).unref();
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
