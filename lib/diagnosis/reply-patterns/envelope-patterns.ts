import type { ReplyPattern } from "./reply-pattern-schema";

const SMTP_CODES = "fm/smtp-codes data/codes (smtp.codes, fetched snapshot f506d34)";
const MS_NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online";
const POSTFIX = "vdukhovni/postfix (postfix-3.12-20260821) postfix/src/smtpd";
const GOOGLE = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";

/** MAIL FROM / RCPT TO: relaying, senders, recipients, limits. */
export const envelopePatterns: readonly ReplyPattern[] = [
  {
    cause: "direct-send-rejected",
    pattern: /Direct Send not allowed|RejectDirectSend|TenantInboundAttribution/i,
    confidence: 0.97,
    provider: "microsoft-365",
    example:
      "550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    source: "https://help.salesforce.com/s/articleView?id=005133045",
  },
  {
    cause: "relay-denied",
    pattern:
      /Relay(?:ing)? (?:access )?denied|Unable to relay|Open relay not allowed|relay(?:ing)? (?:is )?(?:not permitted|not allowed|prohibited|disallowed|refused)|we do not relay|Invalid credentials for relay|TenantAttribution|wrong Office 365 region|not permitted to relay/i,
    confidence: 0.9,
    example: "554 5.7.1 <user@example.net>: Relay access denied",
    source: `${POSTFIX}/smtpd_check*.ref`,
  },
  {
    cause: "sender-not-authorized",
    pattern:
      /SendAsDenied|permissions? to send as|not owned by user|not allowed to send as|Relaying disallowed as|does not match a verified Sender Identity|not a (?:confirmed )?Sender Signature|Sender signature not defined|identities failed the check|Email address is not verified/i,
    confidence: 0.93,
    example: "553 5.7.1 <boss@example.com>: Sender address rejected: not owned by user alice@example.com",
    source: `${POSTFIX}/smtpd_check.c`,
  },
  {
    // IONOS / WEB.DE / GMX: the envelope sender must be the mailbox that logged in.
    cause: "sender-not-authorized",
    pattern: /Sender address is not allowed/i,
    confidence: 0.88,
    example: "550 Sender address is not allowed",
    source:
      "public code comments quoting IONOS and WEB.DE refusals (code index ids 68901535454, 54515728951, 63670577365)",
  },
  {
    cause: "sender-account-restricted",
    pattern:
      /bad outbound sender|tenant has exceeded threshold|spam abuse detected|OutboundSpamException|Actual verdict is Suspend|(?:account|user) (?:has been |is )?(?:suspended|disabled|blocked) (?:from|for) sending|restricted from sending/i,
    confidence: 0.9,
    example: "5.7.705 Access denied, tenant has exceeded threshold",
    source:
      "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750",
  },
  {
    // Mailgun free and sandbox accounts send only to authorized recipients.
    cause: "sender-account-restricted",
    pattern: /(?:accounts?|sub-?domains?) are for test purposes only|not allowed to send: (?:Free|Sandbox)/i,
    confidence: 0.9,
    provider: "mailgun",
    example:
      "Domain sandboxe1164ceef2a340a89c348279b0dde46b.mailgun.org is not allowed to send: Sandbox subdomains are for test purposes only. Please add your own domain or add the address to authorized recipients in Account Settings.",
    source:
      "https://github.com/theoomoregbee/US-visa-appointment-notifier/issues/5; mailgun/wordpress-plugin#68 (free accounts are for test purposes only)",
  },
  {
    cause: "sender-account-restricted",
    pattern: /banned sender/i,
    stages: ["auth", "mail", "rcpt", "data"],
    confidence: 0.88,
    example: "Access denied, banned sender",
    source: `${MS_NDR} (5.7.502)`,
  },
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
  {
    cause: "sender-authentication-failed",
    pattern:
      /\bDMARC\b|\bSPF\b|\bDKIM\b|Sender Policy Framework|sender is unauthenticated|Unauthenticated email|requires all senders to authenticate|does not pass authentication checks|\[BS0\d\]/i,
    confidence: 0.9,
    example: "550-5.7.26 Your email has been blocked because the sender is unauthenticated.",
    source: "https://github.com/hmailserver/hmailserver/issues/491",
  },
  {
    cause: "recipient-unknown",
    pattern:
      /User unknown|(?:account|mailbox|user|recipient)(?: that you tried to reach)? (?:does not|doesn't) exist|No such (?:user|mailbox|recipient)|RecipientNotFound|Recipient not found|marked as invalid|doesn't have a [\w.-]+ account|Invalid recipient|unknown (?:user|recipient|mailbox)|mailbox not found|no mailbox here/i,
    confidence: 0.9,
    example:
      "550 5.1.1 <user@example.com>: Recipient address rejected: User unknown in virtual mailbox table",
    source: `${POSTFIX}/smtpd_check.c`,
  },
  {
    cause: "recipient-unknown",
    // Exchange Online's directory-based edge blocking says only this for an unknown recipient. It is
    // also Postfix's prefix for any recipient restriction ("Recipient address rejected: <why>"), so
    // the words after the prefix, and what the probe knows (was a login tried?), outrank it.
    pattern: /Recipient address rejected: Access denied\W*$|\bmailbox unavailable\W*$/i,
    // "mailbox unavailable" is RFC 5321's stock text for any 550, and how GMX/IONOS refuse a MAIL
    // FROM: it leans towards an unknown recipient only at RCPT, and only when the stage is known.
    stages: ["rcpt"],
    requireStage: true,
    confidence: 0.55,
    example: "Recipient address rejected: Access denied",
    source: `${MS_NDR} (5.4.1)`,
  },
  {
    cause: "recipient-mailbox-full",
    pattern:
      /mailbox (?:is )?full|mailbox for user is full|over quota|out of storage|storage (?:quota|limit) exceeded|Mailbox size limit exceeded|user has exceeded (?:their|his|her) quota/i,
    confidence: 0.88,
    example:
      "552 5.2.2 <user1697413481.021437_1@c3.testrun.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
    source: "https://github.com/chatmail/relay/pull/21",
  },
  {
    cause: "recipient-rejected-policy",
    pattern:
      /Delivery not authorized|not in allowed-senders list|Sender was not authenticated by organization|blocked by your organization|tenant recipient block|Tenant Allow Block List|Administrative prohibition|Mailbox (?:is )?disabled|account (?:is )?disabled|TRANSPORT\.RULES|rejected by organization policy|RESOLVER\.RST/i,
    confidence: 0.9,
    example: "550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy",
    source: `${SMTP_CODES}/550.json`,
  },
  {
    cause: "no-recipients",
    pattern: /No recipients defined|No valid recipients|Need RCPT|need RCPT command|At least one recipient/i,
    confidence: 0.95,
    example: "503 5.0.0 Need RCPT (recipient)",
    source: "real transcript quoted on a public mailing-list post (code index id 34664112361)",
  },
  {
    cause: "greylisted",
    pattern: /gr[ae]y-?list|Internal resource temporarily unavailable/i,
    confidence: 0.93,
    example: "451 4.7.1 <email@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    source: `${SMTP_CODES}/451.json (barracuda)`,
  },
  {
    // Greylisting daemons named in their own deferral text (docker-mailserver's default POSTGREY_TEXT).
    cause: "greylisted",
    pattern: /\bpostgrey\b|\bsqlgrey\b/i,
    confidence: 0.9,
    example: "450 4.2.0 <user@example.com>: Recipient address rejected: Delayed by Postgrey",
    source:
      "docker-mailserver/docker-mailserver target/scripts/helpers/variables.sh (POSTGREY_TEXT default 'Delayed by Postgrey'); postgrey(8) --greylist-text",
  },
  {
    cause: "rate-limited",
    pattern:
      /too many (?:recipient|message|connection|session|concurrent)\w*|too much mail|(?:sending|submission|daily|hourly|queue|recipient) quota|(?:daily|hourly|sending) limit|receive limit|rate ?limit(?:ed|ing)?(?: "?[\w\\"]+"?)? exceeded|Maximum sending rate|Throttling failure|receiving mail (?:too quickly|at a rate)|concurrent connections|exceeded a limit|limit on the number of allowed outgoing messages|Account service is temporarily unavailable/i,
    confidence: 0.9,
    example:
      "450 4.2.1 The user you are trying to contact is receiving mail too quickly. Please resend your message at a later time.",
    source: GOOGLE,
  },
  {
    cause: "rate-limited",
    pattern: /Failure sending mail\.? Try again later/i,
    confidence: 0.82,
    example:
      "Can't send mail - all recipients were rejected: 550-Requested action not taken: mailbox unavailable 550 Failure sending mail. Try again later.",
    source:
      "https://github.com/nodemailer/nodemailer/issues/1555 (GMX rate limit, maintainer's reading); jstedfast/MailKit issue #968",
  },
];
