import { z } from "zod";
import { providerIdSchema } from "../providers/provider-schema";
import { stageNameSchema, stageStatusSchema } from "../smtp/probe-schema";
import { causeIdSchema } from "./cause-id-schema";

/**
 * The diagnosis of a probe run or a pasted error, as schemas: the stored case parses these, the
 * API returns them, and every type in lib/diagnosis derives from here.
 */

export const confidenceSchema = z.number().min(0).max(1);

export const rootCauseSchema = z.object({
  id: causeIdSchema,
  title: z.string(),
  /** 0..1. For "unrecognised" it is 0: nothing matched. */
  confidence: confidenceSchema,
  /** The stage and the server's exact words this rests on. */
  evidence: z.object({ stage: stageNameSchema.nullable(), reply: z.string() }),
  explanation: z.string(),
  fix: z.string(),
  /** What decided it (an enhanced code, a wording, a probe error code), for reviewers. */
  signal: z.string().nullable(),
  /** Where the cause is documented (causes.md#id). */
  catalogue: z.string(),
});
export type RootCause = z.infer<typeof rootCauseSchema>;

export const otherCauseSchema = z.object({
  id: causeIdSchema,
  title: z.string(),
  confidence: confidenceSchema,
});
export type OtherCause = z.infer<typeof otherCauseSchema>;

/** The generic meaning of the codes (RFC 5321 reply code, RFC 3463 class/subject/detail). */
export const codesSchema = z.object({
  code: z.number().int().nullable(),
  enhanced: z.string().nullable(),
  meaning: z.string(),
});
export type Codes = z.infer<typeof codesSchema>;

export const findingIdSchema = z.enum([
  "connection-test-not-acceptance",
  "mx-endpoint-no-auth",
  "auth-only-after-starttls",
  "basic-auth-retirement",
  "plaintext-auth-refused",
  "certificate-expiring",
  "certificate-untrusted",
  "certificate-name-mismatch",
  "legacy-tls-only",
  "ptr-missing",
  "site-blocklist-not-checked",
  "starttls-unused",
  "port-465-not-supported",
  "direct-send-internal-only",
]);
export type FindingId = z.infer<typeof findingIdSchema>;

export const findingSchema = z.object({
  id: findingIdSchema,
  severity: z.enum(["info", "warning"]),
  title: z.string(),
  detail: z.string(),
  /** The date of the policy the finding rests on, when it rests on one. */
  asOf: z.string().nullable(),
  source: z.string().nullable(),
});
export type Finding = z.infer<typeof findingSchema>;

export const stepSchema = z.object({
  stage: stageNameSchema,
  status: stageStatusSchema,
  /** What was tried, e.g. "Asked the server to switch to encryption (STARTTLS)". */
  tried: z.string(),
  /** What happened, in the probe's words. */
  happened: z.string(),
  /** The server's reply verbatim (all lines), when there was one. */
  reply: z.string().nullable(),
  /** What it means, for a helpdesk agent to read to a customer. */
  meaning: z.string(),
  durationMs: z.number(),
});
export type Step = z.infer<typeof stepSchema>;

export const settingRowSchema = z.object({
  setting: z.enum(["server", "port", "encryption", "auth", "username", "sender"]),
  current: z.string(),
  recommended: z.string(),
  why: z.string(),
});
export type SettingRow = z.infer<typeof settingRowSchema>;

export const sendingPathSchema = z.object({
  id: z.string(),
  rank: z.number().int().min(1),
  title: z.string(),
  host: z.string(),
  port: z.number().int(),
  security: z.enum(["none", "starttls", "tls"]),
  auth: z.string(),
  recipients: z.enum(["any", "internal-only", "provider-only"]),
  requirements: z.array(z.string()),
  limits: z.array(z.string()),
  /** Dated notes ("As of 27 January 2026, …"). */
  notes: z.array(z.string()),
  sources: z.array(z.string()),
});
export type SendingPath = z.infer<typeof sendingPathSchema>;

export const recommendedSchema = z.object({
  provider: providerIdSchema,
  /** The first path as a "setting | current | recommended | why" table. */
  table: z.array(settingRowSchema),
  /** Every path that fits, best first; the table shows the first. */
  alternatives: z.array(sendingPathSchema),
});
export type Recommended = z.infer<typeof recommendedSchema>;

export const diagnosisSchema = z.object({
  rootCause: rootCauseSchema,
  otherCauses: z.array(otherCauseSchema),
  unrecognised: z.boolean(),
  codes: codesSchema,
  provider: providerIdSchema.nullable(),
  stage: stageNameSchema.nullable(),
  findings: z.array(findingSchema),
  recommended: recommendedSchema.optional(),
  /** One per probe stage, in order (probe diagnoses only). */
  steps: z.array(stepSchema).optional(),
});
export type Diagnosis = z.infer<typeof diagnosisSchema>;
