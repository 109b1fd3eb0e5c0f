import { z } from "zod";
import { CAUSE_IDS } from "./causes";

/**
 * The catalogue's ids as a schema, for the schemas that store or check a cause. Apart from the
 * catalogue (lib/diagnosis/causes.ts), so the engine itself builds no schema to name a cause.
 */
export const causeIdSchema = z.enum(CAUSE_IDS);
