import type { CaseStore } from "@/lib/reports/case-store";
import { openSqliteCaseStore } from "@/lib/reports/sqlite-case-store";
import { storeSettingsFromEnv } from "@/lib/reports/store-env";

// One store per process, whichever bundle (a route, a page, proxy.ts) loads this module first.
const KEY = Symbol.for("smtp-doctor.case-store");

export function caseStore(): CaseStore {
  const holder = globalThis as unknown as Record<symbol, CaseStore | undefined>;
  holder[KEY] ??= openSqliteCaseStore(storeSettingsFromEnv(process.env));
  return holder[KEY];
}

/**
 * Whether a share token is expired or revoked, for proxy.ts to answer 410 before the page renders
 * (a page cannot set its own status). Everything else, including unknown tokens, is the page's to judge.
 */
export async function isGoneShareToken(token: string): Promise<boolean> {
  const resolution = await caseStore().resolveShareToken(token);
  return resolution !== null && resolution.status !== "ok";
}
