import type { ProviderId } from "../../providers/provider-schema";
import type { StatusCodeEntry } from "./status-code-schema";

/**
 * Microsoft's own enhanced codes (Exchange Online / Microsoft 365 and Outlook.com), as its pages
 * document them. Most are details the IANA registry does not define (5.7.57, 5.7.5xx, 5.7.6xx,
 * 5.7.7xx, 4.7.5xx); where Microsoft reuses a registered code with another meaning (5.1.8,
 * 5.2.2, 5.7.3, 5.7.12, 5.7.13, 5.7.30, 5.1.10) the basic reply code or `providerOnly` keeps
 * the reading to Microsoft's replies.
 */

const MICROSOFT: ProviderId[] = ["microsoft-365", "outlook-com"];

const NDR =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (MicrosoftDocs/SupportArticles-docs, 2024-03-08)";
const NDR_7XX =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-5-7-700-through-5-7-750";
const NDR_AS =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/fix-error-code-451-4-7-500-699-asxx";
const DEVICES =
  "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/fix-issues-with-printers-scanners-and-lob-applications-that-send-email-using-off";
const SMTP_AUTH_DISABLED =
  "Exchange Online replies linking https://aka.ms/smtp_auth_disabled (simonrob/email-oauth2-proxy#193, nodemailer/nodemailer#1484)";
const BASIC_AUTH_RETIREMENT =
  "https://techcommunity.microsoft.com/blog/exchange/exchange-online-to-retire-basic-auth-for-client-submission-smtp-auth/4114750";
const CONTINUOUS_ERRORS =
  "https://learn.microsoft.com/de-de/exchange/mail-flow-best-practices/continuous-error-throttling-smtp-auth-submissions";
const ACS_BOUNCES =
  "https://learn.microsoft.com/en-us/azure/communication-services/concepts/email/sender-reputation-managed-suppression-list";

function ms(entry: Omit<StatusCodeEntry, "providers">): StatusCodeEntry {
  return { ...entry, providers: MICROSOFT };
}

/** 5.7.700-749: Microsoft documents 703, 705, 708 and 712 one by one; the rest of the block is "tenant restricted". */
function tenantRestricted(code: string): StatusCodeEntry {
  return ms({
    code,
    title: "Tenant restricted from sending",
    meaning:
      "Microsoft 365 has restricted the whole organisation (tenant) from sending, usually after a compromise or a burst of suspicious mail.",
    source: NDR_7XX,
    causes: [{ cause: "sender-account-restricted", confidence: 0.6, classes: ["5"] }],
  });
}

export const microsoftStatusCodes: readonly StatusCodeEntry[] = [
  // Temporary (4.x.x).
  ms({
    code: "4.4.7",
    title: "Message expired",
    meaning:
      "Microsoft kept the message in its queue and could not deliver it before it expired; usually a problem at the receiving server.",
    source: NDR,
  }),
  ms({
    code: "4.4.8",
    title: "MX hosts of <domain> failed MTA-STS validation",
    meaning:
      "The destination's mail server is not one its own MTA-STS policy lists: the recipient domain's setup.",
    source: NDR,
  }),
  ms({
    code: "4.4.62",
    title: "Mail sent to the wrong Office 365 region",
    meaning:
      "Mail arriving over a connector could not be tied to the right tenant (often after the device's IP or the connector's certificate changed).",
    source: DEVICES,
    causes: [{ cause: "relay-denied", confidence: 0.85, classes: ["4"] }],
  }),
  ms({
    code: "4.4.316",
    title: "Connection refused [Message=Socket error code 10061]",
    meaning:
      "Microsoft could not connect to the receiving server outside Microsoft 365: a problem on that server or network.",
    source: NDR,
    // Localised NDRs keep the code and translate the words ("連接被拒絕", "Verbindung abgelehnt").
    causes: [{ cause: "connect-refused", confidence: 0.8, classes: ["4"] }],
  }),
  ms({
    code: "4.7.5",
    title: "Remote certificate failed MTA-STS validation",
    meaning:
      "The destination server's certificate did not pass its domain's MTA-STS policy: the recipient side's certificate.",
    source: NDR,
  }),
  ms({
    code: "4.7.66",
    title: "TLS 1.0 and 1.1 are not supported",
    meaning:
      "The device connected with TLS 1.0 or 1.1, which Microsoft 365's SMTP AUTH endpoint no longer accepts: it needs TLS 1.2.",
    source: "zehm/sendEmail#1 (421 4.7.66 TLS 1.0 and 1.1 are not supported … https://aka.ms/smtp_auth_tls)",
    causes: [{ cause: "tls-version-unsupported", confidence: 0.97, classes: ["4"] }],
  }),
  ms({
    code: "4.7.321",
    title: "starttls-not-supported: Destination mail server must support TLS to receive mail",
    meaning: "The destination server did not offer or complete TLS, which its DNSSEC/DANE setup requires.",
    source: NDR,
  }),
  ms({
    code: "4.7.322",
    title: "certificate-expired: Destination mail server's certificate is expired",
    meaning: "The destination server presented an expired certificate.",
    source: NDR,
    causes: [{ cause: "tls-cert-untrusted", confidence: 0.85, classes: ["4"] }],
  }),
  ms({
    code: "4.7.323-324",
    title: "tlsa-invalid / dnssec-invalid: the domain failed DANE or DNSSEC validation",
    meaning:
      "The destination domain's DANE (TLSA) or DNSSEC records did not validate: the recipient side's DNS.",
    source: NDR,
  }),
  ms({
    code: "4.7.325",
    title: "certificate-host-mismatch",
    meaning: "The destination server's certificate does not name the host it was reached as (DANE).",
    source: NDR,
  }),
  ms({
    code: "4.7.500-699",
    title: "Access denied, please try again later (ASxxx)",
    meaning:
      "Microsoft saw suspicious activity from this sender and temporarily restricted it while it evaluates; valid traffic is let through again shortly.",
    source: `${NDR}; ${NDR_AS}`,
    causes: [{ cause: "ip-reputation", confidence: 0.85, classes: ["4"] }],
  }),
  ms({
    code: "4.7.850-899",
    title: "Access denied, please try again later",
    meaning:
      "Microsoft saw suspicious activity from the sending IP and temporarily restricted it while it evaluates.",
    source: NDR,
    causes: [{ cause: "ip-reputation", confidence: 0.85, classes: ["4"] }],
  }),

  // Permanent (5.x.x).
  ms({
    code: "5.0.350",
    title: "Generic error (x-dg-ref header is too long; policy violation detected (AS345))",
    meaning:
      "Microsoft's catch-all for many unrelated refusals by the recipient's organisation; only the text says which (AS345 is nested attachments).",
    source: NDR,
  }),
  ms({
    code: "5.1.0",
    title: "Sender denied",
    meaning:
      "The recipient could not be resolved (often a reply to a message saved and opened offline); check the address.",
    source: NDR,
  }),
  ms({
    code: "5.1.8",
    title: "Access denied, bad outbound sender",
    meaning: "The sending account was blocked for sending spam, typically because it was compromised.",
    source: NDR,
    providerOnly: true,
    causes: [{ cause: "sender-account-restricted", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.1.10",
    title: "Recipient not found by SMTP address lookup",
    meaning: "No mailbox with this address exists in the recipient's Microsoft 365 organisation.",
    source: NDR,
    basic: [550, null],
    causes: [{ cause: "recipient-unknown", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.1.90",
    title: "You've reached your daily limit for message recipients",
    meaning:
      "The account exceeded Exchange Online's recipient rate limit (possibly because it is compromised).",
    source: NDR,
    causes: [{ cause: "rate-limited", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.2.2",
    title: "Submission quota exceeded",
    meaning: "The sender exceeded Exchange Online's recipient or message rate limit.",
    source: NDR,
    providerOnly: true,
    causes: [{ cause: "rate-limited", confidence: 0.8, classes: ["5"] }],
  }),
  // Exchange Online throttles a sender whose SMTP AUTH submissions keep failing the same way.
  ms({
    code: "5.2.252",
    title: "Sender throttled after repeated 'Send As' denials",
    meaning:
      "The mailbox kept submitting mail from an address it may not send as, so Exchange Online throttles it for a while.",
    source: CONTINUOUS_ERRORS,
    causes: [{ cause: "sender-not-authorized", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.2.254",
    title: "Sender throttled after repeated 'too many recipients' errors",
    meaning: "The mailbox kept exceeding the recipient limits, so Exchange Online throttles it for a while.",
    source: CONTINUOUS_ERRORS,
    causes: [{ cause: "rate-limited", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.2.121-122",
    title: "Recipient's per hour message receive limit exceeded",
    meaning:
      "The recipient has received more messages this hour (from this sender, or from everyone) than Exchange Online allows.",
    source: NDR,
    causes: [{ cause: "rate-limited", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.3.190",
    title:
      "Journaling on-premises messages to Microsoft 365 not supported when Journaling Archive is disabled",
    meaning: "An on-premises journaling rule sends to Microsoft 365, whose Journaling Archive is off.",
    source: NDR,
  }),
  ms({
    code: "5.4.1",
    title: "Relay Access Denied / Recipient address rejected: Access denied",
    meaning:
      "Either the server does not accept mail for the recipient's domain (MX or domain setup), or the recipient does not exist (Directory Based Edge Blocking): the text says which.",
    source: NDR,
    basic: [550],
    causes: [{ cause: "recipient-unknown", confidence: 0.55, classes: ["5"] }],
  }),
  ms({
    code: "5.4.8",
    title: "MX hosts of <domain> failed MTA-STS validation",
    meaning:
      "The destination's mail server is not one its own MTA-STS policy lists: the recipient domain's setup.",
    source: NDR,
  }),
  ms({
    code: "5.4.14",
    title: "Routing loop detected",
    meaning:
      "Exchange Online stopped a mail loop (after 20 rounds), usually forwarding or connector rules sending mail back.",
    source: NDR,
    causes: [{ cause: "routing-error", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.4.300",
    title: "Message expired",
    meaning:
      "The message could not be delivered in time: the destination never answered, or its non-delivery report could not be returned.",
    source: NDR,
  }),
  ms({
    code: "5.4.310",
    title: "DNS domain does not exist",
    meaning: "The recipient's domain does not exist in DNS.",
    source: ACS_BOUNCES,
    causes: [{ cause: "recipient-unknown", confidence: 0.7, classes: ["5"] }],
  }),
  ms({
    code: "5.5.0",
    title: "Requested action not taken: mailbox unavailable",
    meaning: "Outlook.com/Hotmail: the recipient was not found (similar to 5.1.10).",
    source: NDR,
    basic: [550],
    // Above the generic "5.5.x is a protocol error" reading: with 550 it answers RCPT TO.
    causes: [{ cause: "recipient-unknown", confidence: 0.55, classes: ["5"] }],
  }),
  ms({
    code: "5.5.105",
    title: "External sending is not supported for High Volume Email accounts",
    meaning:
      "The account is a High Volume Email account, which may only send to recipients inside the organisation.",
    source:
      "tiagoscarvalho HVE notes (550 5.5.105 External sending is not supported for High Volume Email accounts)",
    causes: [{ cause: "relay-denied", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.6.11",
    title: "Invalid characters",
    meaning: "The sending program put invalid characters (bare line feeds) into the message.",
    source: NDR,
    causes: [{ cause: "message-malformed", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.3",
    title: "Authentication unsuccessful",
    meaning:
      'With 535: Microsoft 365 refused the username or password given to SMTP AUTH. Microsoft also answers 5.7.3 "STARTTLS is required to send mail", so without the 535 only the text tells.',
    source: "jstedfast/MailKit#700 (AuthenticationInvalidCredentials: 5.7.3 Authentication unsuccessful)",
    basic: [535],
    causes: [{ cause: "auth-failed", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.5",
    title: "Remote certificate failed MTA-STS validation",
    meaning:
      "The destination server's certificate did not pass its domain's MTA-STS policy: the recipient side's certificate.",
    source: NDR,
  }),
  ms({
    code: "5.7.12",
    title: "Sender was not authenticated by organization",
    meaning:
      "The recipient only accepts mail from inside its own organisation; only its admin can change that.",
    source: NDR,
    basic: [550, 554],
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.7.13",
    title: "Sender was not authenticated for public folder",
    meaning: "The recipient is a public folder that only accepts mail from inside its organisation.",
    source: NDR,
    basic: [550],
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.75, classes: ["5"] }],
  }),
  ms({
    code: "5.7.30",
    title: "Basic authentication is not supported for Client Submission",
    meaning:
      "Microsoft 365 no longer accepts a password (Basic authentication) for SMTP AUTH: the device must use OAuth, or another way to send.",
    source: BASIC_AUTH_RETIREMENT,
    basic: [550, 535, null],
    causes: [{ cause: "auth-basic-retired", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.7.54",
    title: "SMTP; Unable to relay recipient in non-accepted domain",
    meaning:
      "The server does not relay to outside domains for this client (not signed in, or no relay connector for its IP).",
    source:
      "Exchange Server and Online replies '550 5.7.54 SMTP; Unable to relay recipient in non-accepted domain' (Microsoft Q&A, GitHub code quoting it)",
    causes: [{ cause: "relay-denied", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.7.57",
    title: "Client was not authenticated to send anonymous mail during MAIL FROM",
    meaning:
      "The device sent to smtp.office365.com without signing in (SMTP AUTH); that endpoint only takes authenticated mail.",
    source: NDR,
    causes: [{ cause: "auth-required", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.60",
    title: "SMTP; Client does not have permissions to send as this sender",
    meaning:
      "The signed-in mailbox may not send as the From address; it needs Send As permission for it, or must send as itself.",
    source: DEVICES,
    causes: [{ cause: "sender-not-authorized", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.7.64",
    title: "TenantAttribution; Relay Access Denied",
    meaning:
      "Mail over an inbound connector no longer matches the connector's settings (IP or certificate), so it is not relayed.",
    source: `${NDR}; https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/relay-access-denied-smtp`,
    causes: [{ cause: "relay-denied", confidence: 0.92, classes: ["5"] }],
  }),
  ms({
    code: "5.7.68",
    title:
      "TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    meaning:
      "The organisation has turned off Direct Send: unauthenticated mail from its own domains to its MX is refused.",
    source:
      "https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790",
    causes: [{ cause: "direct-send-rejected", confidence: 0.97, classes: ["5"] }],
  }),
  ms({
    code: "5.7.124",
    title: "Sender not in allowed-senders list",
    meaning: "The recipient is a group that only accepts mail from the senders on its allowed list.",
    source: NDR,
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.133-136",
    title: "Sender not authenticated for group / mailbox / public folder / mail user",
    meaning:
      "The recipient (group, mailbox, public folder or mail user) only accepts mail from inside its organisation.",
    source: NDR,
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.139",
    title: "Authentication unsuccessful (SMTP AUTH refused)",
    meaning:
      "Microsoft 365 refused SMTP AUTH; the text says why: wrong credentials, SMTP AUTH disabled for the tenant or mailbox, security defaults or conditional access, or Basic authentication disabled.",
    source: SMTP_AUTH_DISABLED,
    basic: [535, null],
    causes: [{ cause: "auth-failed", confidence: 0.6, classes: ["5"] }],
  }),
  ms({
    code: "5.7.321",
    title: "starttls-not-supported: Destination mail server must support TLS to receive mail",
    meaning: "The destination server did not offer or complete TLS, which its DNSSEC/DANE setup requires.",
    source: NDR,
  }),
  ms({
    code: "5.7.322",
    title: "certificate-expired: Destination mail server's certificate is expired",
    meaning: "The destination server presented an expired certificate.",
    source: NDR,
    causes: [{ cause: "tls-cert-untrusted", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.323-324",
    title: "tlsa-invalid / dnssec-invalid: the domain failed DANE or DNSSEC validation",
    meaning:
      "The destination domain's DANE (TLSA) or DNSSEC records did not validate: the recipient side's DNS.",
    source: NDR,
  }),
  ms({
    code: "5.7.325",
    title: "certificate-host-mismatch",
    meaning: "The destination server's certificate does not name the host it was reached as (DANE).",
    source: NDR,
  }),
  ms({
    code: "5.7.350",
    title: "Remote server returned message detected as spam",
    meaning: "A server the message was forwarded to judged it as spam.",
    source:
      "support.nhs.net Microsoft 365 alert (550 5.7.350 Remote server returned message detected as spam)",
    causes: [{ cause: "message-rejected-content", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.7.501-503",
    title: "Access denied, spam abuse detected / banned sender",
    meaning:
      "The sending account was banned after spam was detected from it; an admin resets it and asks Microsoft support to restore it.",
    source: NDR,
    causes: [{ cause: "sender-account-restricted", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.504",
    title: "Recipient address rejected: Access denied",
    meaning: "The recipient address is not valid at the receiving organisation.",
    source: NDR,
    causes: [{ cause: "recipient-unknown", confidence: 0.75, classes: ["5"] }],
  }),
  ms({
    code: "5.7.505",
    title: "Access denied, banned recipient",
    meaning: "The recipient is not valid (banned).",
    source: NDR,
    causes: [{ cause: "recipient-unknown", confidence: 0.65, classes: ["5"] }],
  }),
  ms({
    code: "5.7.506",
    title: "Access Denied, Bad HELO",
    meaning:
      "The sending server introduced itself (HELO/EHLO) as the server it connects to instead of its own name: typical spambot behaviour.",
    source: NDR,
    causes: [{ cause: "helo-rejected", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.507",
    title: "Access denied, rejected by recipient",
    meaning: "The recipient's organisation has blocked the sending IP address.",
    source: NDR,
    causes: [{ cause: "ip-not-allowed", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.7.508",
    title: "Access denied, [IP] has exceeded permitted limits within $range range",
    meaning: "The sender's IPv6 range sent too many messages in too short a time.",
    source: NDR,
    causes: [{ cause: "rate-limited", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.7.509",
    title: "Access denied, sending domain does not pass DMARC verification and has a DMARC policy of reject",
    meaning: "The From domain failed DMARC and its own policy says to reject such mail.",
    source: NDR,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.7.510",
    title: "Access denied, [domain] does not accept email over IPv6",
    meaning: "The message came over IPv6 and the recipient only accepts mail over IPv4.",
    source: NDR,
    causes: [{ cause: "ip-not-allowed", confidence: 0.8, classes: ["5"] }],
  }),
  ms({
    code: "5.7.511",
    title: "Access denied, banned sender",
    meaning:
      "The sending IP address is banned by Microsoft; delisting goes through delist@microsoft.com or the delist portal.",
    source: NDR,
    causes: [{ cause: "ip-blocklisted", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.512",
    title: "Access denied, message must be RFC 5322 section 3.6.2 compliant",
    meaning: "The message has no valid From address (an address in angle brackets is needed).",
    source: NDR,
    causes: [{ cause: "message-malformed", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.513",
    title: "Client host blocked by $recipientDomain using Customer Block list (AS16012607)",
    meaning: "The recipient's organisation put the sending IP on its own block list; only it can remove it.",
    source: NDR,
    causes: [{ cause: "ip-not-allowed", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.515",
    title: "Access denied, sending domain does not meet the required authentication level",
    meaning:
      "Outlook.com (from May 2025) refuses mail from a high-volume sending domain whose SPF, DKIM and aligned DMARC (p=none or stricter) do not all pass.",
    source:
      "https://support.microsoft.com/en-au/topic/fix-ndr-error-550-5-7-515-in-outlook-com-34cfe8f8-6fbf-457e-9e8b-9e4dbaf4e0ef; Microsoft Defender for Office 365 blog, 'Outlook's New Requirements for High-Volume Senders' (2025-04-02)",
    causes: [{ cause: "sender-authentication-failed", confidence: 0.9, classes: ["5"] }],
  }),
  ms({
    code: "5.7.520",
    title: "Access denied (AS(7555) external forwarding not allowed; AS(4810) content identified as spam)",
    meaning:
      "Microsoft uses it for two refusals: the organisation does not allow automatic external forwarding (outbound spam policy), or the content was judged spam. The text says which.",
    source:
      "MicrosoftDocs/microsoft-365-docs#3648 (AS(7555) external forwarding); zulip/zulip#26721 (AS(4810) content identified as spam)",
  }),
  ms({
    code: "5.7.606-649",
    title: "Access denied, banned sending IP [IP]",
    meaning:
      "Microsoft has banned the sending IP address; it can be delisted through https://sender.office.com.",
    source: NDR,
    causes: [{ cause: "ip-blocklisted", confidence: 0.95, classes: ["5"] }],
  }),
  tenantRestricted("5.7.700-702"),
  ms({
    code: "5.7.703",
    title: "Messages to <recipients> are blocked by your organization using Tenant Allow Block List",
    meaning:
      "Someone in the organisation sent to an address or domain its own Tenant Allow/Block List blocks.",
    source: `${NDR}; ${NDR_7XX}`,
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.85, classes: ["5"] }],
  }),
  tenantRestricted("5.7.704"),
  ms({
    code: "5.7.705",
    title: "Access denied, tenant has exceeded threshold",
    meaning:
      "Most of the organisation's mail was judged suspicious (compromise or bulk mail), so the whole tenant is banned from sending.",
    source: `${NDR}; ${NDR_7XX}`,
    causes: [{ cause: "sender-account-restricted", confidence: 0.9, classes: ["5"] }],
  }),
  tenantRestricted("5.7.706-707"),
  ms({
    code: "5.7.708",
    title: "Access denied, traffic not accepted from this IP",
    meaning: "Traffic from this IP was judged suspicious and is no longer accepted.",
    source: `${NDR}; ${NDR_7XX}`,
    // Microsoft's own judgement of the IP's traffic, not a listing on a public blocklist.
    causes: [{ cause: "ip-reputation", confidence: 0.8, classes: ["5"] }],
  }),
  tenantRestricted("5.7.709-711"),
  ms({
    code: "5.7.712",
    title: "Access denied, bad outbound sender",
    meaning: "The sending account is blocked from sending mail.",
    source: "causes.md (sender-account-restricted evidence: 5.7.712)",
    causes: [{ cause: "sender-account-restricted", confidence: 0.7, classes: ["5"] }],
  }),
  tenantRestricted("5.7.713-749"),
  ms({
    code: "5.7.750",
    title: "Service unavailable. Client blocked from sending from unregistered domains",
    meaning: "The tenant sent too much mail from domains it has not added and verified in Microsoft 365.",
    source: `${NDR}; ${NDR_7XX}`,
    causes: [{ cause: "sender-rejected", confidence: 0.85, classes: ["5"] }],
  }),
  ms({
    code: "5.7.800",
    title: "Access denied, banned sender",
    meaning: "The EHLO or sender domain of the message was banned after spam was detected from it.",
    source: NDR,
    causes: [{ cause: "sender-rejected", confidence: 0.7, classes: ["5"] }],
  }),
];
