import { cookies } from "next/headers";
import { storeSettingsFromEnv } from "@/lib/reports/store-env";
import { createOidc, type Oidc, oidcSettingsFromEnv } from "@/lib/staff/oidc";
import { openPostgresWorkspaceStore } from "@/lib/staff/postgres-workspace-store";
import { openSqliteWorkspaceStore } from "@/lib/staff/sqlite-workspace-store";
import {
  createStaffAuth,
  SECURE_SESSION_COOKIE,
  SESSION_COOKIE,
  type SignedIn,
} from "@/lib/staff/staff-auth";
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

/** The signed-in staff member of the page being rendered (server components), or null. */
export async function currentStaff(): Promise<SignedIn | null> {
  const jar = await cookies();
  const token = jar.get(SECURE_SESSION_COOKIE)?.value ?? jar.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  return staffAuth().current(`${SESSION_COOKIE}=${token}`);
}
