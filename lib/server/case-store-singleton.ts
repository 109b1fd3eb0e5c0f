import type { ShareLinkKind } from "@/lib/reports/case-schemas";
import { type CaseStore, isStoreUnavailable } from "@/lib/reports/case-store";
import { openPostgresCaseStore } from "@/lib/reports/postgres-case-store";
import { shareAccess } from "@/lib/reports/share-access";
import { openSqliteCaseStore } from "@/lib/reports/sqlite-case-store";
import { type StoreSettings, storeSettingsFromEnv } from "@/lib/reports/store-env";
import { processSingleton } from "./process-singleton";

/** One store per process, whichever bundle (a route, a page, proxy.ts) loads this module first. */
export function caseStore(): CaseStore {
  // A failed open throws and is not kept: the next call tries again, so fixing the folder needs no restart.
  return processSingleton("case-store", () => openCaseStore(storeSettingsFromEnv(process.env)));
}

/** The store the settings name: PostgreSQL when DATABASE_URL is set, else the SQLite file. */
export function openCaseStore(settings: StoreSettings): CaseStore {
  if (settings.kind === "postgres") {
    return openPostgresCaseStore({
      connectionString: settings.databaseUrl,
      shareTtlDays: settings.shareTtlDays,
    });
  }
  return openSqliteCaseStore(settings);
}

/** Where cases live, for messages: the file, or PostgreSQL's host and database (never the password). */
export function describeStoreLocation(settings: StoreSettings): string {
  if (settings.kind === "sqlite") return `the case database ${settings.file}`;
  const url = new URL(settings.databaseUrl);
  return `the PostgreSQL case database ${url.hostname}${url.port ? `:${url.port}` : ""}${url.pathname}`;
}

/** Which store the settings name ("sqlite" or "postgres"), or "misconfigured" when they are invalid. */
export function caseStoreKind(): StoreSettings["kind"] | "misconfigured" {
  try {
    return storeSettingsFromEnv(process.env).kind;
  } catch {
    return "misconfigured";
  }
}

/** One line for a settings error (zod lists its issues as JSON) or an unusable store. */
function oneLine(error: unknown): string {
  const issues = (error as { issues?: { message: string }[] }).issues;
  if (Array.isArray(issues)) return issues.map((issue) => issue.message).join("; ");
  return (error instanceof Error ? error.message : String(error)).split("\n", 1)[0] ?? "";
}

/**
 * Why saved cases cannot be used right now, in one line, or null: the health check's answer, and
 * proxy.ts's cue to answer a share page with an error page instead of a bare 500.
 */
export async function caseStoreProblem(): Promise<string | null> {
  try {
    return await caseStore().check();
  } catch (error) {
    return isStoreUnavailable(error) ? (error as Error).message : oneLine(error);
  }
}

/**
 * The start-up check (instrumentation.ts): opens the store, which checks the file whole, and
 * says what is wrong and where, for a server that refuses to start rather than fail at a save.
 */
export async function caseStoreStartupProblem(): Promise<string | null> {
  let where: string;
  try {
    where = describeStoreLocation(storeSettingsFromEnv(process.env));
  } catch (error) {
    return oneLine(error);
  }
  const problem = await caseStoreProblem();
  return problem === null ? null : `${where}: ${problem}`;
}

/**
 * Whether a share token of one of these kinds is expired or revoked, for proxy.ts to answer 410
 * before the page renders (a page cannot set its own status). A dead token of another kind is no
 * link to this page: like an unknown token, it is the page's to answer (404).
 */
export async function isGoneShareToken(token: string, kinds: readonly ShareLinkKind[]): Promise<boolean> {
  return shareAccess(await caseStore().resolveShareToken(token), kinds).status === "gone";
}
