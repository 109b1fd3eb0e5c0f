import { z } from "zod";
import { siteNetworkReportSchema } from "../network/site-network-schema";
import { probeResultSchema } from "../smtp/probe-schema";
import {
  type Case,
  type CaseUpdate,
  caseContextSchema,
  type NewCase,
  type NewRun,
  type NewShareLink,
  type NewSiteCheck,
  type Run,
  runKindSchema,
  runNetworkSchema,
  runSettingsSchema,
  type ShareLink,
  type ShareLinkKind,
  type SiteCheck,
} from "./case-schemas";
import { storedDiagnosisSchema } from "./stored-diagnosis";

/** What a share token opens: the case and link, or why it no longer does. */
export type ShareResolution =
  | { status: "ok"; case: Case; link: ShareLink }
  // The kind even of a dead link: a page of another kind answers it like an unknown token (404).
  | { status: "expired"; kind: ShareLinkKind }
  | { status: "revoked"; kind: ShareLinkKind };

/**
 * Where cases live. Kept small on purpose: SQLite is the default, and another backend (Postgres)
 * is one more file implementing this. Implementations parse every row they read with the schemas
 * in `case-schemas.ts` and throw `CaseStoreError("corrupt-row")` rather than return a bad row.
 */
export interface CaseStore {
  createCase(input: NewCase): Promise<Case>;
  getCase(caseId: string): Promise<Case | null>;
  /**
   * Like getCase, and inside a unit of work it holds the case against other writers until the
   * unit ends, so a read-then-write (is this run already in the case? is it full?) cannot race.
   */
  lockCase(caseId: string): Promise<Case | null>;
  updateCase(caseId: string, update: CaseUpdate): Promise<Case>;
  /** Runs in `seq` order. */
  listRuns(caseId: string): Promise<Run[]>;
  /** Atomic: concurrent appends each get the next `seq`, none is lost. */
  appendRun(caseId: string, input: NewRun): Promise<Run>;
  /** The token is returned here once and never again; only its hash is kept. */
  createShareLink(caseId: string, input: NewShareLink): Promise<{ link: ShareLink; token: string }>;
  /** null when the token is malformed or unknown (callers answer both with 404). */
  resolveShareToken(token: string): Promise<ShareResolution | null>;
  /** null when the case has no such link. Revoking twice keeps the first time. */
  revokeShareLink(caseId: string, linkId: string): Promise<ShareLink | null>;
  listShareLinks(caseId: string): Promise<ShareLink[]>;
  /** Atomic like appendRun; `runId`, when given, must be a run of this case. */
  appendSiteCheck(caseId: string, input: NewSiteCheck): Promise<SiteCheck>;
  /** Checks in `seq` order. */
  listSiteChecks(caseId: string): Promise<SiteCheck[]>;
  /** Removes the case with its runs, checks and links (they all stop opening). false if unknown. */
  deleteCase(caseId: string): Promise<boolean>;
  /**
   * A unit of work: every write `work` makes through `tx` lands together, or (when it throws)
   * none does. Other callers do not see its writes before it returns. Keep `work` to store calls:
   * on SQLite it holds the one writer's lock while it runs.
   */
  transaction<T>(work: (tx: CaseStoreTx) => Promise<T>): Promise<T>;
  /**
   * Why the store cannot be used right now, in one line without secrets, or null when it can.
   * Cheap (the health check calls it on every request); opening the store does the thorough check.
   */
  check(): Promise<string | null>;
  close(): Promise<void>;
}

/** What a unit of work may do: the reads and writes, not the store's life cycle. */
export type CaseStoreTx = Omit<CaseStore, "transaction" | "check" | "close">;

/** `unavailable`: the database itself cannot be used (not created, not writable, damaged). */
export type CaseStoreErrorCode = "case-not-found" | "run-not-found" | "corrupt-row" | "unavailable";

export class CaseStoreError extends Error {
  constructor(
    readonly code: CaseStoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "CaseStoreError";
  }
}

/**
 * Whether an error says the database is unusable. By name, not `instanceof`: proxy.ts and the
 * routes are separate bundles with a copy of the class each, and the one store per process
 * throws the copy of whichever bundle opened it.
 */
export function isStoreUnavailable(error: unknown): boolean {
  return (
    error instanceof Error &&
    error.name === "CaseStoreError" &&
    (error as { code?: unknown }).code === "unavailable"
  );
}

/**
 * The JSON documents a store persists (a column in SQLite, jsonb in Postgres). `schemaVersion`
 * says which shape a document has, so a later shape can be read alongside older ones.
 */
export const STORED_SCHEMA_VERSION = 1;

export const storedCaseBodySchema = z.object({
  schemaVersion: z.literal(STORED_SCHEMA_VERSION),
  title: z.string(),
  context: caseContextSchema,
});

export const storedRunBodySchema = z.object({
  schemaVersion: z.literal(STORED_SCHEMA_VERSION),
  kind: runKindSchema,
  validatesRunId: z.string().nullable(),
  settings: runSettingsSchema,
  result: probeResultSchema,
  diagnosis: storedDiagnosisSchema.nullable(),
  network: runNetworkSchema,
});

export const storedSiteCheckBodySchema = z.object({
  schemaVersion: z.literal(STORED_SCHEMA_VERSION),
  runId: z.string().nullable(),
  report: siteNetworkReportSchema,
});

/** Parses a stored value, naming the table and row when it does not fit (never a silent skip). */
export function parseStoredRow<T>(schema: z.ZodType<T>, table: string, id: string, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw new CaseStoreError(
    "corrupt-row",
    `${table} row "${id}" does not match its schema: ${z.prettifyError(parsed.error)}`,
  );
}

export function parseStoredJson(table: string, id: string, text: unknown): unknown {
  if (typeof text !== "string")
    throw new CaseStoreError("corrupt-row", `${table} row "${id}" has no JSON body`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new CaseStoreError("corrupt-row", `${table} row "${id}" holds invalid JSON: ${reason}`);
  }
}
