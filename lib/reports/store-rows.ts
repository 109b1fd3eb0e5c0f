import { z } from "zod";
import {
  type Case,
  caseSchema,
  type Run,
  runSchema,
  type ShareLink,
  type SiteCheck,
  shareLinkSchema,
  siteCheckSchema,
} from "./case-schemas";
import {
  parseStoredJson,
  parseStoredRow,
  storedCaseBodySchema,
  storedRunBodySchema,
  storedSiteCheckBodySchema,
} from "./case-store";

/** Raw rows (SQLite or PostgreSQL, times as ISO text) → domain rows, parsed with zod so a bad row fails loudly with its table and id. */

const caseRowSchema = z.object({
  id: z.string(),
  created_at: z.string(),
  updated_at: z.string(),
  revision: z.number(),
  ref: z.coerce.number().int().positive(),
  body: z.string(),
});
const runRowSchema = z.object({
  id: z.string(),
  case_id: z.string(),
  seq: z.number(),
  created_at: z.string(),
  body: z.string(),
});
const linkRowSchema = z.object({
  id: z.string(),
  case_id: z.string(),
  kind: z.string(),
  token_hash: z.string(),
  created_at: z.string(),
  expires_at: z.string(),
  revoked_at: z.string().nullable(),
});

/** The human reference of a case's counter value: "SD-1042". */
export function caseReference(ref: number): string {
  return `SD-${ref}`;
}

function rowId(row: unknown): string {
  const id = (row as { id?: unknown } | undefined)?.id;
  return typeof id === "string" ? id : "(unknown id)";
}

export function caseFromRow(raw: unknown): Case {
  const id = rowId(raw);
  const row = parseStoredRow(caseRowSchema, "cases", id, raw);
  const body = parseStoredRow(storedCaseBodySchema, "cases", id, parseStoredJson("cases", id, row.body));
  return parseStoredRow(caseSchema, "cases", id, {
    id: row.id,
    title: body.title,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    revision: row.revision,
    reference: caseReference(row.ref),
    context: body.context,
  });
}

export function runFromRow(raw: unknown): Run {
  const id = rowId(raw);
  const row = parseStoredRow(runRowSchema, "runs", id, raw);
  const body = parseStoredRow(storedRunBodySchema, "runs", id, parseStoredJson("runs", id, row.body));
  const { schemaVersion: _version, ...rest } = body;
  return parseStoredRow(runSchema, "runs", id, {
    id: row.id,
    caseId: row.case_id,
    seq: row.seq,
    createdAt: row.created_at,
    ...rest,
  });
}

export function linkFromRow(raw: unknown): ShareLink {
  const id = rowId(raw);
  const row = parseStoredRow(linkRowSchema, "share_links", id, raw);
  return parseStoredRow(shareLinkSchema, "share_links", id, {
    id: row.id,
    caseId: row.case_id,
    kind: row.kind,
    tokenHash: row.token_hash,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    revokedAt: row.revoked_at,
  });
}

export function siteCheckFromRow(raw: unknown): SiteCheck {
  const id = rowId(raw);
  const row = parseStoredRow(runRowSchema, "site_checks", id, raw);
  const body = parseStoredRow(
    storedSiteCheckBodySchema,
    "site_checks",
    id,
    parseStoredJson("site_checks", id, row.body),
  );
  return parseStoredRow(siteCheckSchema, "site_checks", id, {
    id: row.id,
    caseId: row.case_id,
    seq: row.seq,
    createdAt: row.created_at,
    runId: body.runId,
    report: body.report,
  });
}
