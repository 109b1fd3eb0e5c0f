import { z } from "zod";
import { providerIdSchema } from "../../providers/provider-schema";
import { causeIdSchema } from "../cause-id-schema";
import { STATUS_CODE_PATTERN } from "./status-code-pattern";

/** An enhanced status code's class: 2 success, 4 temporary (persistent transient), 5 permanent. */
export const statusClassSchema = z.enum(["2", "4", "5"]);
export type StatusClass = z.infer<typeof statusClassSchema>;

/** The cause a code names by itself, where it does (5.7.1 means many things: it names none). */
export const codeCauseSchema = z.object({
  cause: causeIdSchema,
  /** How sure the code alone makes us, 0..1; wording in the same reply can still outrank it. */
  confidence: z.number().min(0).max(1),
  /** The classes it holds for: a 4.x.x code never names a permanent cause (a test checks it). */
  classes: z.array(z.enum(["4", "5"])).min(1),
  /** Only with these basic reply codes (RFC 3463 lets one code ride on several replies). */
  basic: z.array(z.number().int().min(200).max(599)).min(1).optional(),
});
export type CodeCause = z.infer<typeof codeCauseSchema>;

/**
 * One code of the IANA "SMTP Enhanced Status Codes" registry, or one a provider documents. The
 * registry's entries have no `providers`; a provider's entry is that provider's documented use.
 */
export const statusCodeEntrySchema = z.object({
  code: z.string().regex(STATUS_CODE_PATTERN),
  /** The registry's title, or the provider's documented reply text. */
  title: z.string().min(3),
  /** What it means, in plain words for a helpdesk. */
  meaning: z.string().min(10),
  /** Where it is defined: the RFC (IANA entries) or the provider's page. */
  source: z.string().min(5),
  /** The RFC (or draft) that registered it, for IANA entries. */
  rfc: z.string().min(3).optional(),
  /** Whose code this is; absent for the IANA registry's own entries. */
  providers: z.array(providerIdSchema).min(1).optional(),
  /**
   * The provider's meaning clashes with the registry's (or another provider's) for the same
   * reply: it applies only when the provider is known to be one of `providers`.
   */
  providerOnly: z.literal(true).optional(),
  /** Only with these basic reply codes; `null` = no basic code was seen (a bare "5.7.3 …"). */
  basic: z.array(z.number().int().min(200).max(599).nullable()).min(1).optional(),
  causes: z.array(codeCauseSchema).optional(),
});
export type StatusCodeEntry = z.infer<typeof statusCodeEntrySchema>;
