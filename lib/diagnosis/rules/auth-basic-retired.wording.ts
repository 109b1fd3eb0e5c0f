import type { ReplyPattern } from "../reply-patterns/reply-pattern-schema";
import { wordingTable } from "../reply-patterns/wording-table";

/**
 * How servers and client libraries word "Password (Basic) authentication no longer accepted": each pattern with the real reply it was
 * taken from and where that reply was seen (the example is a test case). Data beside the rule.
 */
export const replyWording = wordingTable((): readonly ReplyPattern[] => [
  {
    cause: "auth-basic-retired",
    pattern:
      /basic authentication is (?:disabled|not supported|turned off|no longer supported)|basic auth(?:entication)? (?:has been )?(?:deprecated|retired|disabled)/i,
    confidence: 0.96,
    example:
      "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR4P281CA0026.DEUP281.PROD.OUTLOOK.COM]",
    source: "public test fixture noted as 'Verbatim from a live run' (code index id 60997956505)",
  },

  {
    cause: "auth-basic-retired",
    pattern:
      /basic authentication is disabled|Basic authentication is not supported|basic auth(?:entication)? (?:has been |is )?(?:turned off|deprecated|no longer supported)/i,
    confidence: 0.95,
    example:
      "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR4P281CA0026.DEUP281.PROD.OUTLOOK.COM]",
    source:
      "https://github.com/rpremraj/mailR/issues/107; https://github.com/nodemailer/nodemailer/issues/1714; https://github.com/nodemailer/nodemailer/issues/1685; https://github.com/twikoojs/twikoo/issues/840; https://github.com/hassio-addons/app-vaultwarden/issues/402; https://github.com/pppscn/SmsForwarder/issues/631",
  },
  {
    cause: "auth-basic-retired",
    pattern: /declined because you are using basic authentication/i,
    confidence: 0.88,
    example:
      "invalid authentication method - declined because you are using basic authentication with 2FA enabled. to fix, update to using an API key or disable 2FA and switch to using IP Access Management for security.",
    source: "https://help.agilitycms.com/hc/en-us/articles/360025891871-Changes-to-SendGrid-Authentication",
  },
]);
