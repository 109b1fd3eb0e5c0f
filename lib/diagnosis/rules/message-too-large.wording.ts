import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { SMTP_CODES } from "../reply-patterns/sources";

/**
 * How servers and client libraries word "The message is too large": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "message-too-large",
    pattern:
      /message (?:file )?(?:size )?(?:exceeds|exceeded|larger than|too (?:big|large))|size (?:limit )?exceed|exceeded (?:\w+'s )?(?:message )?size limit|message size (?:limit|exceeds)|Message too big|MaxSubmissionExceeded|MessageSubmissionExceededException|maximum message size|(?:is |are )?more than \d+ bytes/i,
    confidence: 0.9,
    example:
      "552-5.2.3 Your message exceeded Google's message size limits. Please visit http://mail.google.com/support/bin/answer.py?answer=8770 to review our size guidelines.",
    source: `${SMTP_CODES}/552.json (google)`,
  },
];
