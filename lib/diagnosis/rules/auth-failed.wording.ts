import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { CURL, EXIM, JAVAMAIL, MAILKIT, PHPMAILER, PYTHON } from "../reply-patterns/sources";

const MS_PRINTERS =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off";

/**
 * How servers and client libraries word "Username or password rejected": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording: readonly ReplyPattern[] = [
  {
    cause: "auth-failed",
    origin: "client",
    pattern:
      /SMTP Error: Could not authenticate|Login denied|username and password not accepted|Username and Password not accepted/i,
    confidence: 0.72,
    example: "SMTP Error: Could not authenticate.",
    source: `${PHPMAILER}; ${PYTHON}; ${JAVAMAIL}; ${CURL}`,
  },

  {
    // Exception class names for any refused login: the server's reply inside, when pasted, decides.
    cause: "auth-failed",
    origin: "client",
    pattern: /SMTPAuthenticationError|AuthenticationFailedException|AuthenticationException/i,
    confidence: 0.6,
    example: "javax.mail.AuthenticationFailedException: 535 5.7.8 Error: authentication failed",
    source: `${PYTHON}; ${JAVAMAIL}; ${MAILKIT}`,
  },

  {
    cause: "auth-failed",
    pattern:
      /Username and Password not accepted|Incorrect authentication data|Bad username (?:\/ |or )password|Invalid (?:login|username) or password|authentication credentials invalid|AuthenticationInvalidCredentials|authentication failed(?!: the provided authorization grant)/i,
    confidence: 0.88,
    example: "535 Incorrect authentication data",
    source: EXIM,
  },

  {
    cause: "auth-failed",
    pattern:
      /Authentication unsuccessful|Invalid login|Could not authenticate|invalid credentials(?! for relay)/i,
    confidence: 0.72,
    example: "535 5.7.3 Authentication unsuccessful",
    source: MS_PRINTERS,
  },
  {
    cause: "auth-failed",
    pattern: /authorization grant is invalid, expired, or revoked/i,
    confidence: 0.9,
    example:
      "<user@example.com>, Result: delayed, Status: 5.7.0 535 Authentication failed: The provided authorization grant is invalid, expired, or revoked, Remote-Host: smtp.sendgrid.net, Msg-Id: 04b901d45488$e52f6140$af8e23c0$@example.com",
    source: "https://github.com/sendgrid/docs/issues/3947",
  },
  {
    cause: "auth-failed",
    pattern:
      /"error":\s*"invalid_grant"|\binvalid_grant: Token has been expired or revoked|AADSTS7000215|AADSTS700082|Invalid client secret provided/i,
    confidence: 0.9,
    example: "AADSTS7000215: Invalid client secret provided",
    source:
      "public repository Exchange Online deployment guide, diagnostics table (code index id 70952190379); https://github.com/tarickb/sasl-xoauth2/issues/30; https://github.com/klenwell/pinprick/pull/4",
  },
];
