import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "SMTP AUTH is disabled for the organisation": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-disabled-tenant",
    pattern:
      /SmtpClientAuthentication is disabled for the Tenant|(?:SMTP )?(?:AUTH|authentication) is disabled for the (?:tenant|organi[sz]ation)/i,
    confidence: 0.98,
    provider: "microsoft-365",
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com 2023-09-12T20:59:57.214Z 08DBB276B7E699C4]",
    source: "https://github.com/simonrob/email-oauth2-proxy/issues/193",
  },

  {
    cause: "auth-disabled-tenant",
    pattern: /SmtpClientAuthentication is disabled for the Tenant/i,
    provider: "microsoft-365",
    confidence: 0.96,
    example:
      "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source:
      "https://github.com/simonrob/email-oauth2-proxy/issues/193; https://github.com/nodemailer/nodemailer/issues/1484; https://github.com/MicrosoftDocs/OfficeDocs-Exchange/issues/3124; https://docs.bookyourpto.com/features/smtp-troubleshoot",
  },
]);
