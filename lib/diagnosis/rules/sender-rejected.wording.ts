import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { POSTFIX, SMTP_CODES } from "../reply-patterns/sources";

/**
 * How servers and client libraries word "The sender address was refused": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "sender-rejected",
    pattern:
      /Domain of sender address [^ ]* ?does not exist|Sender address rejected: Domain not found|Sender verify failed|sender domain (?:must exist|does not exist)|unregistered domains|Bad sender address|invalid sender|Sender address (?:is )?(?:invalid|syntax)/i,
    confidence: 0.9,
    example: "550 5.1.8 Domain of sender address does not exist",
    source: `${SMTP_CODES}/550.json (proofpoint)`,
  },

  {
    cause: "sender-rejected",
    pattern: /Sender address rejected|sender (?:is )?rejected|From\/Sender name is not valid/i,
    confidence: 0.72,
    example: "554 5.1.8 <user@nonexistent.example>: Sender address rejected: Domain not found",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
];
