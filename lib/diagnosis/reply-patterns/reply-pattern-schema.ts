import { z } from "zod";
import { providerIdSchema } from "../../providers/provider-schema";
import { stageNameSchema } from "../../smtp/probe-schema";
import { causeIdSchema } from "../cause-id-schema";

/**
 * A text pattern that tells one cause from another where the codes alone cannot (5.7.1 means
 * many things). Each carries the real reply it was taken from, and where that reply was seen: the
 * example is a test case, so a pattern that stops matching its own evidence fails the build.
 */
export const replyPatternSchema = z.object({
  cause: causeIdSchema,
  /** Matched against the reply text with codes and client wrappers removed. Keep it linear-time. */
  pattern: z.instanceof(RegExp),
  /** How sure a match makes us, 0..1; more specific wording scores higher than generic wording. */
  confidence: z.number().min(0).max(1),
  /** Only applies when the stage is unknown or one of these (the same words mean other things elsewhere). */
  stages: z.array(stageNameSchema).optional(),
  /** With `stages`: also skip the pattern when the stage is unknown (the words mean little elsewhere). */
  requireStage: z.literal(true).optional(),
  /** The provider whose wording this is, when it is provider-specific. */
  provider: providerIdSchema.optional(),
  /** Whose words these are: the server's reply (default) or a client library's own error. */
  origin: z.enum(["server", "client"]).optional(),
  /**
   * Where the same words more often mean another cause (a split the corpus measures), that cause:
   * its own pattern names it first, and this one keeps its cause among the other possible causes.
   */
  yieldsTo: causeIdSchema.optional(),
  /** A real reply containing the wording, verbatim apart from documentation addresses. */
  example: z.string().min(3),
  source: z.string().min(5),
});
export type ReplyPattern = z.infer<typeof replyPatternSchema>;
