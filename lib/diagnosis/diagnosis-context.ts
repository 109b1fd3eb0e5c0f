import { z } from "zod";
import { providerIdSchema } from "../providers/provider-schema";

/**
 * What the user told us beyond the probe settings: the device, the platform if known, and what
 * they need. Unknown stays null: advice then covers both possibilities instead of guessing.
 */
export const diagnosisContextSchema = z.object({
  device: z
    .object({ make: z.string().trim().max(100).optional(), model: z.string().trim().max(100).optional() })
    .optional(),
  provider: providerIdSchema.optional(),
  /** Who the device must reach: colleagues only, or outside addresses too. */
  recipients: z.enum(["internal", "external", "unknown"]).default("unknown"),
  staticIp: z.boolean().nullable().default(null),
  supportsOAuth: z.boolean().nullable().default(null),
  supportsTls12: z.boolean().nullable().default(null),
  /** The reverse DNS of the site's public IP, when the network check ran. */
  sitePtr: z.enum(["ok", "missing", "mismatch", "could-not-check"]).nullable().default(null),
  /** Today's date (YYYY-MM-DD) for dated advice; defaults to the clock. Tests pin it. */
  today: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
});
export type DiagnosisContext = z.infer<typeof diagnosisContextSchema>;
export type DiagnosisContextInput = z.input<typeof diagnosisContextSchema>;

/** Fills the defaults without re-validating (callers inside lib/ are trusted; the edge parses). */
export function withDefaults(input: DiagnosisContextInput = {}): DiagnosisContext {
  return {
    ...input,
    recipients: input.recipients ?? "unknown",
    staticIp: input.staticIp ?? null,
    supportsOAuth: input.supportsOAuth ?? null,
    supportsTls12: input.supportsTls12 ?? null,
    sitePtr: input.sitePtr ?? null,
  };
}

/**
 * Microsoft's SMTP AUTH timeline (as of 27 January 2026): Basic (password) authentication is off
 * by default for existing tenants from the end of December 2026. Dated advice asks this.
 */
export const MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT = "2026-12-31";

export function basicAuthOffByDefault(context: DiagnosisContext): boolean {
  return todayOf(context) >= MICROSOFT_BASIC_AUTH_OFF_BY_DEFAULT;
}

export function todayOf(context: DiagnosisContext): string {
  return context.today ?? new Date().toISOString().slice(0, 10);
}
