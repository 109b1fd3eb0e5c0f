import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Password sign-in blocked by organisation policy": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-basic-blocked",
    pattern: /did not meet the criteria\b|security defaults|conditional access/i,
    confidence: 0.96,
    provider: "microsoft-365",
    example:
      "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    source: "real replies quoted in public repos (code index ids 63136195217, 69033120634)",
  },

  {
    cause: "auth-basic-blocked",
    pattern:
      /did not meet the criteria to be authenticated|não atendeu aos critérios|security defaults|Conditional Access/i,
    provider: "microsoft-365",
    confidence: 0.95,
    example:
      "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    source:
      "https://docs.bookyourpto.com/features/smtp-troubleshoot; https://github.com/gophish/gophish (pt-BR paste)",
  },
  {
    // Entra requires multi-factor authentication for this sign-in (AADSTS50076/50079): a password-only grant for SMTP cannot pass it.
    cause: "auth-basic-blocked",
    pattern: /\bAADSTS50076\b/i,
    confidence: 0.93,
    example:
      '{"error":"invalid_grant","error_description":"AADSTS50076: Due to a configuration change made by your administrator, or because you moved to a new location, you must use multi-factor authentication to access \'00000002-0000-0ff1-ce00-000000000000\'. Trace ID: d6d83cd1-3452-4562-9233-f9cc8ac71b00 Correlation ID: d6903db5-54b8-4d44-b64f-1dcb422a94f2 Timestamp: 2026-04-06 13:26:21Z","error_codes":[50076],"timestamp":"2026-04-06 13:26:21Z","trace_id":"d6d83cd1-3452-4562-9233-f9cc8ac71b00","correlation_id":"d6903db5-54b8-4d44-b64f-1dcb422a94f2","error_uri":https://login.microsoftonline.com/error?code=50076,"suberror":"basic_action"}',
    source: "https://github.com/DougHennig/SFMail/issues/15",
  },
  {
    // Exchange Online 5.7.139 variant: the tenant's policy refuses this sign-in (High Volume Email troubleshooting).
    cause: "auth-basic-blocked",
    pattern: /\borgani[sz]ation configuration (?:doesn't|does not) allow this authentication request\b/i,
    confidence: 0.9,
    example:
      "535 5.7.139 Authentication unsuccessful, the organization configuration doesn't allow this authentication request.",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/troubleshoot-high-volume-email-m365",
  },
]);
