import type { ReplyPattern } from "./reply-pattern-schema";

const EXIM = "Exim/exim (git 13835a3c1) test/stdout (test-suite SMTP transcripts)";
const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";
const MS_PRINTERS =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off";

/** Greeting (HELO) and authentication wording. The 5.7.139 variants are Microsoft's. */
export const authPatterns: readonly ReplyPattern[] = [
  {
    cause: "helo-rejected",
    pattern:
      /Helo command rejected|HELO argument|helo not verified|Bad HELO|Invalid HELO|need fully-qualified hostname|Empty HELO|HELO\/EHLO (?:name )?(?:rejected|invalid|not allowed)|forged HELO/i,
    confidence: 0.93,
    example: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
  {
    cause: "helo-rejected",
    pattern: /Invalid (?:command arguments: Invalid )?domain name/i,
    stages: ["ehlo"],
    confidence: 0.8,
    example:
      'smtp failed-command command="HELO " result="501 5.5.4 Invalid command arguments: Invalid domain name"',
    source: "https://github.com/OpenSMTPD/OpenSMTPD/issues/1054",
  },
  {
    cause: "protocol-error",
    pattern:
      /synchronization error|too many errors|HELO or EHLO required|send HELO first|Polite people say HELO|Bad sequence of commands|need MAIL (?:before|command)/i,
    confidence: 0.88,
    example: "554 SMTP synchronization error",
    source: EXIM,
  },
  {
    cause: "protocol-error",
    pattern:
      /(?:Command|Syntax) (?:unrecognized|not recognized)|Unrecognized command|Syntax error|line too long/i,
    confidence: 0.6,
    example: "502 5.5.1 Unrecognized command. a1b2c3 - gsmtp",
    source: "e2e/fixtures/smtp/scenarios/google-submission.ts (Gmail persona)",
  },
  {
    cause: "auth-not-offered",
    pattern:
      /authentication not enabled|AUTH (?:command )?(?:is )?not (?:available|supported|implemented|enabled)|SMTP AUTH extension not supported|does not support authentication|Authentication not supported/i,
    confidence: 0.92,
    example: "503 5.5.1 Error: authentication not enabled",
    source: `${POSTFIX}/smtpd_sasl_proto.c`,
  },
  {
    cause: "auth-required",
    pattern:
      /Client (?:was )?not authenticated|authentication (?:is )?required|SMTP AUTH (?:is )?required|Unauthenticated senders not allowed|must (?:be )?authenticate|not permitted to relay[^.]*without authentication/i,
    confidence: 0.85,
    example: "550 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-57-in-exchange-online",
  },
  {
    // Postfix reject_sender_login_mismatch: the sender address belongs to a mailbox, and nobody logged in as it.
    cause: "auth-required",
    pattern: /Sender address rejected: not logged in/i,
    confidence: 0.9,
    example:
      "553 5.7.1 <contact@example.com>: Sender address rejected: not logged in (in reply to RCPT TO command)",
    source:
      "https://pastebin.com/iZTjg9SQ (Postfix bounce); postfix-users reject_sender_login_mismatch thread msg95483",
  },
  {
    cause: "auth-required",
    pattern: /turn on SMTP Authentication/i,
    confidence: 0.93,
    example:
      "550 Please turn on SMTP Authentication in your mail client..... is not permitted to relay through this server without authentication.",
    source:
      "https://www.crazydomains.sydney/help/article/email-sending-error-550-please-turn-on-smtp-authentication",
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
    cause: "auth-disabled-mailbox",
    pattern:
      /SmtpClientAuthentication is disabled for the Mailbox|(?:SMTP )?(?:AUTH|authentication) is disabled for (?:the|this) (?:mailbox|user)/i,
    confidence: 0.98,
    provider: "microsoft-365",
    example:
      "Invalid login: 535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Mailbox. Visit https://aka.ms/smtp_auth_disabled for more information.",
    source: "public test fixture labelled as the production error (see https://aka.ms/smtp_auth_disabled)",
  },
  {
    cause: "auth-basic-blocked",
    pattern: /did not meet the criteria to be authenticated|security defaults|conditional access/i,
    confidence: 0.96,
    provider: "microsoft-365",
    example:
      "535 5.7.139 Authentication unsuccessful, the request did not meet the criteria to be authenticated successfully. Contact your administrator.",
    source: "real replies quoted in public repos (code index ids 63136195217, 69033120634)",
  },
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
    cause: "credentials-missing",
    pattern:
      /Missing credentials|credentials (?:are )?missing|No (?:username|password) (?:provided|given|specified|set)/i,
    confidence: 0.96,
    example: 'Missing credentials for "PLAIN"',
    source: "nodemailer/nodemailer lib/smtp-connection/index.js (v9.0.5)",
  },
  {
    cause: "auth-app-password-required",
    pattern:
      /Application-specific password required|InvalidSecondFactor|app(?:lication)?[- ]specific password/i,
    confidence: 0.96,
    example:
      "534-5.7.9 Application-specific password required. Learn more at\n534 5.7.9  https://support.google.com/mail/?p=InvalidSecondFactor o16-20020a170902d4d000b0016d3935eff0sm4816631plg.176 - gsmtp",
    source: "https://support.google.com/accounts/answer/185833 (quoted by nodemailer users)",
  },
  {
    cause: "auth-web-login-required",
    pattern:
      /log in (?:via|with|through) your web browser|WebLoginRequired|ContinueSignIn|sign in (?:via|with|on|through) (?:the|your) web/i,
    confidence: 0.96,
    example:
      "534-5.7.14 Please log in via your web browser and then try again.\n534-5.7.14 Learn more at\n534 5.7.14 https://support.google.com/mail/bin/answer.py?answer=78754 d32sm8306558qga.12 - gsmtp",
    source: "https://github.com/nodemailer/nodemailer/issues/310",
  },
  {
    cause: "auth-mechanism-unsupported",
    pattern:
      /Unrecognized authentication type|Unsupported authentication (?:mechanism|method|type)|authentication (?:mechanism|method) (?:is )?not supported|No authentication mechan\w+ supported by both server and client/i,
    confidence: 0.93,
    example: "504 5.7.4 Unrecognized authentication type",
    source: "real client log quoted in a public forum post (code index id 56737693859)",
  },
  {
    cause: "auth-locked-out",
    pattern:
      /Too many (?:bad |failed |invalid )?(?:login|auth\w*) attempts|account (?:is )?(?:temporarily )?locked(?! by your organization's security defaults)/i,
    confidence: 0.9,
    example:
      "Error: Invalid login: 454 4.7.0 Too many login attempts, please try again later. 4-20020a056000154400b00203812ca383sm10857871wry.78 - gsmtp",
    source: "https://github.com/nodemailer/nodemailer/issues/1388",
  },
];
