import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { GO_SMTP, MAILKIT, POSTFIX, PYTHON } from "../reply-patterns/sources";

/**
 * How servers and client libraries word "The server does not offer authentication": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "auth-not-offered",
    origin: "client",
    pattern:
      /SMTP AUTH extension not supported by server|smtp: server doesn't support AUTH|SMTP server does not support authentication|server does not support authentication/i,
    confidence: 0.9,
    example: "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
    source: `${PYTHON}; ${GO_SMTP}; ${MAILKIT}`,
  },

  {
    cause: "auth-not-offered",
    pattern:
      /authentication not enabled|AUTH (?:command )?(?:is )?not (?:available|supported|implemented|enabled)|SMTP AUTH extension not supported|does not support authentication|Authentication not supported/i,
    confidence: 0.92,
    example: "503 5.5.1 Error: authentication not enabled",
    source: `${POSTFIX}/smtpd_sasl_proto.c`,
  },
];
