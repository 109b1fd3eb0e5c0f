import { storeSettingsFromEnv } from "@/lib/reports/store-env";
import { createOidc, type Oidc, oidcSettingsFromEnv } from "@/lib/staff/oidc";
import { openPostgresWorkspaceStore } from "@/lib/staff/postgres-workspace-store";
import { openSqliteWorkspaceStore } from "@/lib/staff/sqlite-workspace-store";
import { createStaffAuth } from "@/lib/staff/staff-auth";
import type { WorkspaceStore } from "@/lib/staff/workspace-store";
import { caseStore } from "./case-store-singleton";
import { processSingleton } from "./process-singleton";

/** The workspace (staff, sessions, case list) on the same database as the cases, one per process. */
export function workspaceStore(): WorkspaceStore {
  return processSingleton("workspace-store", () => {
    const settings = storeSettingsFromEnv(process.env);
    // The case store migrates the database the workspace's tables are in: open it first.
    const cases = caseStore();
    if (settings.kind === "postgres") {
      return openPostgresWorkspaceStore({ connectionString: settings.databaseUrl, ready: cases.check() });
    }
    return openSqliteWorkspaceStore(settings.file);
  });
}

/** Sign-in with the organisation's identity provider, or null when it is not configured. */
export function oidc(): Oidc | null {
  return processSingleton("oidc", () => {
    const settings = oidcSettingsFromEnv(process.env);
    return settings ? createOidc(settings) : null;
  });
}

export function staffAuth() {
  return processSingleton("staff-auth", () => createStaffAuth(workspaceStore()));
}

/**
 * Records what happened to a case in its activity log. The action itself has already happened:
 * a log that cannot be written is reported, not turned into a failed action.
 */
export async function recordActivity(
  caseId: string,
  actor: string,
  action: string,
  ip: string | null = null,
) {
  try {
    await workspaceStore().logActivity(caseId, { at: new Date().toISOString(), actor, action, ip });
  } catch (error) {
    console.error(`[activity] not recorded for a case: ${(error as Error).message}`);
  }
}
