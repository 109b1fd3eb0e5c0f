import { z } from "zod";

/**
 * What a device family's settings screens call each field, and what it can do. Only facts with a
 * source; anything else is "unknown" (a guess here would become a confident wrong instruction).
 */
export const capabilitySchema = z.enum(["yes", "no", "some-models", "unknown"]);
export type Capability = z.infer<typeof capabilitySchema>;

export const deviceFamilySchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  make: z.string(),
  /** Matches the make/model text a user types ("Sharp MX-4070N", "imageRUNNER ADVANCE"). */
  matches: z.instanceof(RegExp),
  /** Field labels on the device's SMTP screens; null where no source names them. */
  labels: z.object({
    server: z.string().nullable(),
    port: z.string().nullable(),
    encryption: z.string().nullable(),
    auth: z.string().nullable(),
    sender: z.string().nullable(),
  }),
  oauth2: capabilitySchema,
  /** Whether some (older) firmware only speaks TLS 1.0/1.1 for mail. */
  legacyTlsOnlyFirmware: capabilitySchema,
  notes: z.array(z.string()),
  sources: z.array(z.string()),
});
export type DeviceFamily = z.infer<typeof deviceFamilySchema>;
