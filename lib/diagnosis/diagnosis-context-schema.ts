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
