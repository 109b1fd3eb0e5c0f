import type { ReportStatus } from "../reports/report-model-types";
import { caseReference } from "../reports/store-rows";

/** The helpdesk's workspace in the case database: staff, their sessions, and the case list. */

export type StaffRole = "admin" | "staff";

export type Staff = { id: string; email: string; name: string; role: StaffRole; createdAt: string };

export type NewStaff = { email: string; name: string; role: StaffRole; passwordHash: string | null };

/** A pending invitation: the link (token) is shown once; only its hash is stored. */
export type StaffInvite = {
  tokenHash: string;
  email: string;
  role: StaffRole;
  invitedBy: string;
  createdAt: string;
  expiresAt: string;
  usedAt: string | null;
};

/** A signed-in browser. Only the token's hash is stored: a copied database opens no session. */
export type StaffSession = {
  tokenHash: string;
  staffId: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
};

/** What the case list shows of a case beyond its row: derived from the case, its runs and checks. */
export type CaseSummary = {
  status: ReportStatus;
  device: string;
  site: string;
  server: string;
  senderDomain: string;
  rootCause: { id: string; title: string } | null;
};

/** What the helpdesk set by hand. `status` null: the case's status follows its tests. */
export type CaseWorkflow = {
  status: "open" | "waiting" | "resolved" | null;
  assigneeId: string | null;
  ticketRef: string;
  updatedAt: string;
};

/** The list's status: set by hand, else "resolved" when a validation covers the failure, else open. */
export type ListStatus = "open" | "waiting" | "resolved";

export type CaseActivity = { at: string; actor: string; action: string; ip: string | null };

export type CaseListItem = {
  id: string;
  reference: string;
  title: string;
  createdAt: string;
  updatedAt: string;
  summary: CaseSummary | null;
  status: ListStatus;
  assignee: string | null;
  ticketRef: string;
};

/** Newest activity first; `after` continues a page (keyset: no OFFSET, as fast on page 2,000 as on page 1). */
export type CaseListQuery = {
  /** Words that must all appear in the case's searchable text (reference, title, device, reply…). */
  q?: string;
  status?: ListStatus;
  after?: { updatedAt: string; id: string };
  limit: number;
};

export type CaseListPage = { items: CaseListItem[]; next: { updatedAt: string; id: string } | null };

export interface WorkspaceStore {
  countStaff(): Promise<number>;
  /** Throws WorkspaceError("email-taken") when the address already has an account. */
  createStaff(input: NewStaff): Promise<Staff>;
  staffByEmail(email: string): Promise<(Staff & { passwordHash: string | null }) | null>;
  /**
   * The first-run claim, atomically: the setup code must be live and no account may exist yet;
   * the code is used up and the admin created together. null when either does not hold.
   */
  claimFirstAdmin(codeHash: string, now: Date, admin: NewStaff): Promise<Staff | null>;
  /** Records a setup code unless a live one exists (another instance printed it): false then. */
  offerSetupCode(codeHash: string, now: Date, expiresAt: Date): Promise<boolean>;

  listStaff(): Promise<Staff[]>;
  createInvite(invite: Omit<StaffInvite, "usedAt">): Promise<void>;
  inviteByHash(tokenHash: string): Promise<StaffInvite | null>;
  /** Invitations not used and not expired at `now`, newest first. */
  pendingInvites(now: Date): Promise<StaffInvite[]>;
  /**
   * Uses an invitation and creates its account together: null when the invitation is unknown,
   * used or expired. Throws WorkspaceError("email-taken") when the address has an account already.
   */
  acceptInvite(
    tokenHash: string,
    now: Date,
    /** No password hash for someone who signs in with the identity provider. */
    staff: { name: string; passwordHash: string | null },
  ): Promise<Staff | null>;

  createSession(session: StaffSession): Promise<void>;
  sessionByHash(tokenHash: string): Promise<{ session: StaffSession; staff: Staff } | null>;
  touchSession(tokenHash: string, lastSeenAt: string, expiresAt: string): Promise<void>;
  deleteSession(tokenHash: string): Promise<void>;
  /** Every session of one person ("sign out everywhere"); how many there were. */
  deleteSessionsOf(staffId: string): Promise<number>;

  /** Cases whose summary is missing or older than the case, oldest activity last. */
  staleSummaries(limit: number): Promise<string[]>;
  /** Stores a case's summary as of `revision`; an older revision never overwrites a newer one. */
  saveSummary(caseId: string, revision: number, summary: CaseSummary, search: string): Promise<void>;
  listCases(query: CaseListQuery): Promise<CaseListPage>;

  /**
   * Cases resolved (by hand, or by their tests) whose last activity is before `cutoff`: what the
   * retention rule deletes. At most `limit`, oldest first.
   */
  resolvedBefore(cutoff: Date, limit: number): Promise<string[]>;

  workflowOf(caseId: string): Promise<CaseWorkflow | null>;
  /** Sets what the patch names; the rest stays. */
  setWorkflow(
    caseId: string,
    patch: Partial<Omit<CaseWorkflow, "updatedAt">>,
    at: Date,
  ): Promise<CaseWorkflow>;
  logActivity(caseId: string, entry: CaseActivity): Promise<void>;
  /** Newest first. */
  activityOf(caseId: string, limit: number): Promise<CaseActivity[]>;
  close(): Promise<void>;
}

export class WorkspaceError extends Error {
  constructor(
    readonly code: "email-taken",
    message: string,
  ) {
    super(message);
    this.name = "WorkspaceError";
  }
}

/** The stored form of an address: trimmed and lower-cased, so one person has one account. */
export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** The list status as SQL (both dialects): the hand-set one, else the tests' verdict. */
export const LIST_STATUS_SQL =
  "COALESCE(w.status, CASE WHEN s.status = 'resolved' THEN 'resolved' ELSE 'open' END)";

/** The search words of a query: lower-cased, at most 8, each at most 100 characters. */
export function searchWords(q: string | undefined): string[] {
  return (q ?? "")
    .toLowerCase()
    .split(/\s+/)
    .filter((word) => word !== "")
    .slice(0, 8)
    .map((word) => word.slice(0, 100));
}

/** LIKE pattern for a word, with LIKE's own wildcards escaped (ESCAPE '\'). */
export function likePattern(word: string): string {
  return `%${word.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
}

/** SQLite gives ISO text, PostgreSQL Date objects: the stores' rows read the same either way. */
export function isoTime(value: unknown): string {
  return value instanceof Date ? value.toISOString() : String(value);
}

/** A row of either store's list query (one more than the page, to know whether another follows). */
export type CaseListRow = {
  id: string;
  ref: number | string;
  created_at: unknown;
  updated_at: unknown;
  body: string | { title: string };
  summary: string | null;
  list_status: ListStatus;
  assignee: string | null;
  ticket_ref: string;
};

export function caseListPage(rows: readonly CaseListRow[], limit: number): CaseListPage {
  const items: CaseListItem[] = rows.slice(0, limit).map((row) => ({
    id: row.id,
    reference: caseReference(Number(row.ref)),
    title: (typeof row.body === "string" ? (JSON.parse(row.body) as { title: string }) : row.body).title,
    createdAt: isoTime(row.created_at),
    updatedAt: isoTime(row.updated_at),
    summary: row.summary ? (JSON.parse(row.summary) as CaseSummary) : null,
    status: row.list_status,
    assignee: row.assignee ?? null,
    ticketRef: row.ticket_ref,
  }));
  const last = items.at(-1);
  return { items, next: rows.length > limit && last ? { updatedAt: last.updatedAt, id: last.id } : null };
}
