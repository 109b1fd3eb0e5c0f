import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";

/**
 * How servers and client libraries word "SPF/DKIM/DMARC checks failed": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "sender-authentication-failed",
    pattern:
      /\bDMARC\b|\bSPF\b|\bDKIM\b|Sender Policy Framework|sender is unauthenticated|Unauthenticated email|requires all senders to authenticate|does not pass authentication checks|\[BS0\d\]/i,
    confidence: 0.9,
    example: "550-5.7.26 Your email has been blocked because the sender is unauthenticated.",
    source: "https://github.com/hmailserver/hmailserver/issues/491",
  },
];
