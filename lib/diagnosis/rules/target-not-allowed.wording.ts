import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "SMTP Doctor refused to test this target": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  // Guard (our own refusal)
  {
    cause: "target-not-allowed",
    pattern: /^Not tested: |SMTP Doctor refused to connect/i,
    confidence: 0.95,
    example: "Not tested: 10.0.0.5 is a private address",
    source: "lib/smtp/network-stages.ts guardStage (SMTP Doctor's own message)",
  },
]);
