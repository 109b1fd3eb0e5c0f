import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";

const PYTHON = "python/cpython Lib/smtplib.py";
const GO_SMTP = "golang/go src/net/smtp/auth.go and smtp.go";
const MAILKIT = "jstedfast/MailKit MailKit/Net/Smtp/SmtpClient.cs (exception messages)";
const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";

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
