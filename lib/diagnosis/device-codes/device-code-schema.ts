import { z } from "zod";
import { deviceFamilies } from "../../providers/devices/device-families";
import { causeIdSchema } from "../cause-id-schema";

/**
 * A panel code is the device's summary of what the server said, chosen by its firmware: coarser
 * than the server's own words, so no code may claim more than this.
 */
export const MAX_DEVICE_CODE_CONFIDENCE = 0.75;

/** A device maker, by its id in `lib/providers/devices/device-families.ts`. */
export const deviceVendorSchema = z
  .string()
  .refine((id) => deviceFamilies.some((family) => family.id === id), "not a device family id");
export type DeviceVendor = z.infer<typeof deviceVendorSchema>;

/**
 * One panel or log code a maker documents for sending mail (scan to e-mail, I-fax, e-mail alerts).
 * `cause` only where the maker's documented meaning decides it ("SMTP authentication failed"
 * decides auth-failed; "send error" decides nothing): a wrong cause here would outrank the wizard
 * that could have shown the server's real words.
 */
export const deviceCodeEntrySchema = z.object({
  vendor: deviceVendorSchema,
  /** As the maker prints it: "#801", "CE-04", "1102", "016-506". */
  code: z.string().min(2),
  /** The maker's documented meaning, in our words. */
  meaning: z.string().min(10),
  cause: causeIdSchema.exclude(["no-error", "unrecognised"]).nullable(),
  confidence: z.number().min(0).max(MAX_DEVICE_CODE_CONFIDENCE),
  /** The maker's manual or support page that documents the code. */
  source: z.url({ protocol: /^https?$/ }),
});
export type DeviceCodeEntry = z.infer<typeof deviceCodeEntrySchema>;
