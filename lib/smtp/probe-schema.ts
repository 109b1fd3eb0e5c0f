import { z } from "zod";
import { SECURITY_MODES } from "./probe-input-schema";
import { STAGE_NAMES } from "./stage-names";

/**
 * The probe's input and result, as schemas. Types are derived from them; the result schema is
 * what storage and API clients parse, so it is the single description of a run.
 */

export type { Credentials, ProbeInput, ProbeInputRaw, Security } from "./probe-input-schema";

/** The classic-zod twin of the input's security enum, for result and storage schemas. */
export const securitySchema = z.enum(SECURITY_MODES);

export const stageNameSchema = z.enum(STAGE_NAMES);
export type StageName = z.infer<typeof stageNameSchema>;

export const stageStatusSchema = z.enum(["ok", "warn", "failed", "skipped"]);
export type StageStatus = z.infer<typeof stageStatusSchema>;

export const replySchema = z.object({
  code: z.number().int(),
  /** RFC 3463 enhanced status code such as "5.7.1", when the server gave one. */
  enhanced: z.string().nullable(),
  /** The reply text without codes, lines joined by "\n". */
  text: z.string(),
  /** Every line as received (sanitised), codes included. */
  lines: z.array(z.string()),
});
export type Reply = z.infer<typeof replySchema>;

export const probeErrorCodeSchema = z.enum([
  "EINPUT",
  "ENOTFOUND",
  "EDNS",
  "EBLOCKED",
  "ECONNREFUSED",
  "ETIMEDOUT",
  "ECONNRESET",
  "ENETUNREACH",
  "ECLOSED",
  "EGREETING",
  "EPROTOCOL",
  "ETOOLARGE",
  "ETLS",
  "ENOSTARTTLS",
  "ECERT",
  "ENOTLS",
  "ENOAUTH",
  "EAUTH",
  "EENVELOPE",
  "EMESSAGE",
  "EDEADLINE",
  "ECANCELLED",
  "EINTERNAL",
]);
export type ProbeErrorCode = z.infer<typeof probeErrorCodeSchema>;

export const stageErrorSchema = z.object({
  code: probeErrorCodeSchema,
  message: z.string(),
});
export type StageError = z.infer<typeof stageErrorSchema>;

export const certificateSchema = z.object({
  subject: z.string(),
  issuer: z.string(),
  altNames: z.array(z.string()),
  validFrom: z.string(),
  validTo: z.string(),
  daysRemaining: z.number(),
  fingerprint256: z.string(),
  selfSigned: z.boolean(),
});
export type CertificateFacts = z.infer<typeof certificateSchema>;

export const tlsFactsSchema = z.object({
  mode: z.enum(["starttls", "implicit"]),
  protocol: z.string().nullable(),
  cipher: z.string().nullable(),
  certificate: certificateSchema.nullable(),
  chain: z.array(certificateSchema),
  trusted: z.boolean(),
  /** Why the chain does not verify (Node's code, e.g. DEPTH_ZERO_SELF_SIGNED_CERT). */
  trustError: z.string().nullable(),
  hostnameMatches: z.boolean(),
  hostnameError: z.string().nullable(),
  servername: z.string().nullable(),
});
export type TlsFacts = z.infer<typeof tlsFactsSchema>;

export const ehloFactsSchema = z.object({
  /** The server's own name in its EHLO reply. */
  serverName: z.string(),
  extensions: z.array(z.string()),
  authMechanisms: z.array(z.string()),
  starttls: z.boolean(),
  pipelining: z.boolean(),
  size: z.number().nullable(),
  usedHelo: z.boolean(),
});
export type EhloFacts = z.infer<typeof ehloFactsSchema>;

export const recipientResultSchema = z.object({
  address: z.string(),
  accepted: z.boolean(),
  reply: replySchema.nullable(),
});

export const stageFactsSchema = z
  .object({
    // resolve
    addresses: z.array(z.string()),
    senderDomain: z.string(),
    senderMx: z.array(z.object({ exchange: z.string(), priority: z.number() })),
    senderMxError: z.string().nullable(),
    // guard
    allowedBy: z.enum(["public", "operator-allow-list"]),
    // connect
    attempts: z.array(
      z.object({ address: z.string(), ok: z.boolean(), error: z.string().nullable(), ms: z.number() }),
    ),
    remoteAddress: z.string(),
    remotePort: z.number(),
    localAddress: z.string(),
    // ehlo (plaintext or the only one) and tls (the second EHLO)
    ehlo: ehloFactsSchema,
    tls: tlsFactsSchema,
    ehloAfterTls: ehloFactsSchema,
    // auth
    mechanism: z.string(),
    credentialsSent: z.boolean(),
    // rcpt
    recipients: z.array(recipientResultSchema),
    // data
    messageId: z.string(),
    subject: z.string(),
  })
  .partial();
export type StageFacts = z.infer<typeof stageFactsSchema>;

export const stageResultSchema = z.object({
  name: stageNameSchema,
  status: stageStatusSchema,
  /** ISO time the stage started; null for skipped stages. */
  startedAt: z.string().nullable(),
  durationMs: z.number(),
  /** Short human summary of what happened, e.g. "Connected to 203.0.113.5:25". */
  summary: z.string(),
  /** The server reply that decided this stage (for rcpt: the first refusal, else the last reply). */
  reply: replySchema.nullable(),
  error: stageErrorSchema.nullable(),
  facts: stageFactsSchema,
  /** Warnings found at this stage that do not stop the run (e.g. untrusted certificate). */
  warnings: z.array(z.string()),
});
export type StageResult = z.infer<typeof stageResultSchema>;

export const transcriptEntrySchema = z.object({
  /** Milliseconds since the run started. */
  t: z.number(),
  dir: z.enum(["client", "server", "info"]),
  line: z.string(),
});
export type TranscriptEntry = z.infer<typeof transcriptEntrySchema>;

export const probeResultSchema = z.object({
  runId: z.string(),
  startedAt: z.string(),
  durationMs: z.number(),
  /** Settings used for this run, without the secret. */
  target: z.object({
    host: z.string(),
    port: z.number(),
    security: securitySchema,
    auth: z.enum(["none", "password", "oauth2"]),
    username: z.string().nullable(),
    from: z.string(),
    to: z.array(z.string()),
    ehloName: z.string(),
    send: z.boolean(),
  }),
  /** "ok" when every stage that ran is ok; "warn" when only warnings; else "failed". */
  outcome: z.enum(["ok", "warn", "failed"]),
  /** The stage that stopped the run, if any. */
  failedStage: stageNameSchema.nullable(),
  stages: z.array(stageResultSchema),
  transcript: z.array(transcriptEntrySchema),
});
export type ProbeResult = z.infer<typeof probeResultSchema>;

export type StageEvent =
  | { type: "stage-start"; stage: StageName; at: number }
  | { type: "stage-end"; stage: StageResult }
  | { type: "transcript"; entry: TranscriptEntry };
