import { z } from "zod";
import { siteNetworkReportSchema } from "../network/site-network-schema";
import { providerIdSchema } from "../providers/provider-schema";
import { probeResultSchema, securitySchema } from "../smtp/probe-schema";
import { storedDiagnosisSchema } from "./stored-diagnosis";

/** The rows a case store keeps: a case, its runs, its share links. Types derive from these. */

const idSchema = z.string().min(1).max(64);
const isoTimeSchema = z.string().min(1).max(40);
const triStateSchema = z.enum(["yes", "no", "unknown"]);

/** What the helpdesk knows about the device and the site; every field may still be unknown. */
const caseContextFields = {
  /** Make and model as typed, e.g. "Sharp MX-4070N". */
  device: z.string().trim().max(200),
  deviceFamily: z.string().max(100).nullable(),
  /** What fails, e.g. "scan to email". */
  failingFunction: z.string().trim().max(200),
  provider: providerIdSchema.nullable(),
  needs: z.enum(["internal-only", "external", "unknown"]),
  staticIp: triStateSchema,
  deviceSupportsOAuth: triStateSchema,
  deviceSupportsTls12: triStateSchema,
  site: z.object({
    publicIp: z.string().trim().max(64).optional(),
    note: z.string().trim().max(2000).optional(),
  }),
};
export const caseContextSchema = z.object(caseContextFields);
export type CaseContext = z.infer<typeof caseContextSchema>;

export const UNKNOWN_CONTEXT: CaseContext = {
  device: "",
  deviceFamily: null,
  failingFunction: "",
  provider: null,
  needs: "unknown",
  staticIp: "unknown",
  deviceSupportsOAuth: "unknown",
  deviceSupportsTls12: "unknown",
  site: {},
};

/** Input for what is known so far: any subset of the context. */
export const caseContextPatchSchema = z.object(caseContextFields).partial();
export type CaseContextPatch = z.input<typeof caseContextPatchSchema>;

/** Applies a patch; keys absent (or undefined) in the patch keep their current value. */
export function mergeContext(
  current: CaseContext,
  patch: z.infer<typeof caseContextPatchSchema> | undefined,
): CaseContext {
  const known = Object.entries(patch ?? {}).filter(([, value]) => value !== undefined);
  return { ...current, ...Object.fromEntries(known) };
}

export const caseSchema = z.object({
  id: idSchema,
  /** What people read out and type: "SD-1042", from a counter of the store (the id is for machines). */
  reference: z.string().regex(/^SD-\d+$/),
  title: z.string().max(200),
  createdAt: isoTimeSchema,
  updatedAt: isoTimeSchema,
  /**
   * 1 when created, one more with every write that changes what the case's report shows (a run,
   * a network check, an edit): what PDF caching keys on without reading the runs.
   */
  revision: z.number().int().positive(),
  context: caseContextSchema,
});
export type Case = z.infer<typeof caseSchema>;

const titleSchema = z.string().trim().min(1, "a case needs a title").max(200);

export const newCaseSchema = z.object({ title: titleSchema, context: caseContextPatchSchema.optional() });
export type NewCase = z.input<typeof newCaseSchema>;

export const caseUpdateSchema = z.object({
  title: titleSchema.optional(),
  context: caseContextPatchSchema.optional(),
});
export type CaseUpdate = z.input<typeof caseUpdateSchema>;

/**
 * The settings a run used. There is deliberately no field for a password or token: zod drops
 * unknown keys, so a secret passed in by mistake never reaches storage.
 */
export const runSettingsSchema = z.object({
  host: z.string().max(253),
  port: z.number().int().min(1).max(65535),
  security: securitySchema,
  auth: z.enum(["none", "password", "oauth2"]),
  username: z.string().max(320).nullable(),
  from: z.string().max(320),
  to: z.array(z.string().max(320)).max(5),
});
export type RunSettings = z.infer<typeof runSettingsSchema>;

/** Which network a test describes: ours ("server") or the customer's ("site"). */
export const runNetworkSchema = z.object({
  describes: z.enum(["server", "site"]),
  ip: z.string().max(64).optional(),
  label: z.string().max(200),
  /**
   * The public IP of the browser that asked for the test, when it is public: for a customer at
   * the site, the site's IP — the address the device itself sends from, which the probe does not.
   */
  requestedFrom: z.string().max(64).optional(),
});
export type RunNetwork = z.infer<typeof runNetworkSchema>;

export const runKindSchema = z.enum(["initial", "validation", "customer"]);
export type RunKind = z.infer<typeof runKindSchema>;

export const runSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  /** 1, 2, 3… in the order runs were appended to the case. */
  seq: z.number().int().positive(),
  createdAt: isoTimeSchema,
  kind: runKindSchema,
  /** For a validation run: the failing run whose fix it tests. */
  validatesRunId: idSchema.nullable(),
  settings: runSettingsSchema,
  result: probeResultSchema,
  diagnosis: storedDiagnosisSchema.nullable(),
  network: runNetworkSchema,
});
export type Run = z.infer<typeof runSchema>;

export const newRunSchema = z.object({
  kind: runKindSchema,
  validatesRunId: idSchema.nullable().default(null),
  /** Defaults to the settings recorded in the result's target. */
  settings: runSettingsSchema.optional(),
  result: probeResultSchema,
  diagnosis: storedDiagnosisSchema.nullable().default(null),
  network: runNetworkSchema,
});
export type NewRun = z.input<typeof newRunSchema>;

export const shareLinkKindSchema = z.enum(["owner", "customer", "report"]);
export type ShareLinkKind = z.infer<typeof shareLinkKindSchema>;

export const shareLinkSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  kind: shareLinkKindSchema,
  /** Hex SHA-256 of the token; the token itself is never stored. */
  tokenHash: z.string().regex(/^[0-9a-f]{64}$/, "token hash must be 64 hex digits"),
  createdAt: isoTimeSchema,
  expiresAt: isoTimeSchema,
  revokedAt: isoTimeSchema.nullable(),
});
export type ShareLink = z.infer<typeof shareLinkSchema>;

export const newShareLinkSchema = z.object({
  kind: shareLinkKindSchema,
  /** Defaults to the store's configured lifetime (SMTP_DOCTOR_SHARE_TTL_DAYS, 14 days). */
  ttlDays: z.number().int().min(1).max(365).optional(),
});
export type NewShareLink = z.input<typeof newShareLinkSchema>;

/**
 * A check of a network's reputation (blocklists, reverse DNS, SPF) kept with the case: usually the
 * site's public IP, the one thing a probe from our server cannot see.
 */
export const siteCheckSchema = z.object({
  id: idSchema,
  caseId: idSchema,
  seq: z.number().int().positive(),
  createdAt: isoTimeSchema,
  /** The stored run this check re-judged, if it was made for one. */
  runId: idSchema.nullable(),
  report: siteNetworkReportSchema,
});
export type SiteCheck = z.infer<typeof siteCheckSchema>;

export const newSiteCheckSchema = z.object({
  runId: idSchema.nullable().default(null),
  report: siteNetworkReportSchema,
});
export type NewSiteCheck = z.input<typeof newSiteCheckSchema>;
