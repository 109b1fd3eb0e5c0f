import type { CodeCause, StatusCodeEntry } from "./status-code-schema";

/**
 * Every code of the IANA "Simple Mail Transfer Protocol (SMTP) Enhanced Status Codes" registry
 * (https://www.iana.org/assignments/smtp-enhanced-status-codes, updated 2024-12-06): the titles
 * are the registry's, the meanings are RFC 3463 §3 and the registering RFCs in plain words.
 * A cause is given only where the code alone decides it; X.7.1 ("delivery not authorized") and
 * the other catch-alls name none, so the wording decides.
 */

const IANA = "https://www.iana.org/assignments/smtp-enhanced-status-codes";

const PERMANENT = ["5"] as const;
const BOTH = ["4", "5"] as const;
const TEMPORARY = ["4"] as const;

function iana(
  code: string,
  title: string,
  rfc: string,
  meaning: string,
  causes?: CodeCause[],
): StatusCodeEntry {
  return { code, title, rfc, meaning, source: `${IANA} (${rfc})`, ...(causes ? { causes } : {}) };
}

function cause(
  id: CodeCause["cause"],
  confidence: number,
  classes: readonly ("4" | "5")[],
  basic?: number[],
): CodeCause {
  return { cause: id, confidence, classes: [...classes], ...(basic ? { basic } : {}) };
}

export const ianaStatusCodes: readonly StatusCodeEntry[] = [
  iana(
    "X.0.0",
    "Other undefined Status",
    "RFC 3463",
    "Only the class is known (temporary or permanent): the code itself says nothing about why.",
  ),

  // X.1.x: addressing.
  iana(
    "X.1.0",
    "Other address status",
    "RFC 3463",
    "Something about an address (sender or recipient) caused the refusal.",
  ),
  iana(
    "X.1.1",
    "Bad destination mailbox address",
    "RFC 3463",
    "The recipient mailbox does not exist: the part before the @ is wrong or the mailbox was removed.",
    [cause("recipient-unknown", 0.85, PERMANENT)],
  ),
  iana(
    "X.1.2",
    "Bad destination system address",
    "RFC 3463",
    "The recipient's domain (the part after the @) does not exist or cannot accept mail.",
    [cause("recipient-unknown", 0.7, PERMANENT)],
  ),
  iana(
    "X.1.3",
    "Bad destination mailbox address syntax",
    "RFC 3463",
    "The recipient address is not a valid address as written (a typo, or the device formats it badly).",
    [cause("recipient-unknown", 0.6, PERMANENT)],
  ),
  iana(
    "X.1.4",
    "Destination mailbox address ambiguous",
    "RFC 3463",
    "The recipient address matches more than one mailbox on the receiving system.",
  ),
  iana(
    "X.1.5",
    "Destination address valid",
    "RFC 3463",
    "The recipient address is valid (used in success replies).",
  ),
  iana(
    "X.1.6",
    "Destination mailbox has moved, No forwarding address",
    "RFC 3463",
    "The recipient address used to work but no longer accepts mail, and there is no forwarding address.",
    [cause("recipient-unknown", 0.7, PERMANENT)],
  ),
  iana(
    "X.1.7",
    "Bad sender's mailbox address syntax",
    "RFC 3463",
    "The sender (MAIL FROM) address is not a valid address as written.",
    [cause("sender-rejected", 0.85, PERMANENT)],
  ),
  iana(
    "X.1.8",
    "Bad sender's system address",
    "RFC 3463",
    "The sender's domain does not exist or cannot receive replies, so the server refuses it as a sender.",
    [cause("sender-rejected", 0.8, PERMANENT)],
  ),
  iana(
    "X.1.9",
    "Message relayed to non-compliant mailer",
    "RFC 3886",
    "The address was valid, but the message went on to a system that cannot report further status.",
  ),
  iana(
    "X.1.10",
    "Recipient address has null MX",
    "RFC 7505",
    "The recipient's domain publishes a null MX: it declares that it accepts no mail at all.",
    [cause("routing-error", 0.85, PERMANENT)],
  ),

  // X.2.x: the recipient's mailbox.
  iana(
    "X.2.0",
    "Other or undefined mailbox status",
    "RFC 3463",
    "The mailbox exists, but something about it caused the refusal.",
  ),
  iana(
    "X.2.1",
    "Mailbox disabled, not accepting messages",
    "RFC 3463",
    "The recipient mailbox exists but is disabled and does not accept mail (for now or for good).",
    [cause("recipient-rejected-policy", 0.6, PERMANENT)],
  ),
  iana(
    "X.2.2",
    "Mailbox full",
    "RFC 3463",
    "The recipient's mailbox is over its quota; the recipient has to make room.",
    [cause("recipient-mailbox-full", 0.75, TEMPORARY), cause("recipient-mailbox-full", 0.8, PERMANENT)],
  ),
  iana(
    "X.2.3",
    "Message length exceeds administrative limit",
    "RFC 3463",
    "The message is larger than this mailbox accepts.",
    [cause("message-too-large", 0.85, PERMANENT)],
  ),
  iana(
    "X.2.4",
    "Mailing list expansion problem",
    "RFC 3463",
    "The recipient is a mailing list that could not be expanded to its members; as a temporary refusal, a passing problem on the receiving system.",
    [cause("server-temporary-failure", 0.6, TEMPORARY)],
  ),

  // X.3.x: the receiving mail system.
  iana(
    "X.3.0",
    "Other or undefined mail system status",
    "RFC 3463",
    "The receiving system normally accepts mail, but something on it caused the refusal; as a temporary refusal, a passing problem on that server.",
    [cause("server-temporary-failure", 0.45, TEMPORARY)],
  ),
  iana("X.3.1", "Mail system full", "RFC 3463", "The receiving system has run out of storage.", [
    cause("server-temporary-failure", 0.7, TEMPORARY),
  ]),
  iana(
    "X.3.2",
    "System not accepting network messages",
    "RFC 3463",
    "The receiving host is not accepting mail right now: shutting down, overloaded or in maintenance.",
    [cause("server-busy", 0.55, TEMPORARY)],
  ),
  iana(
    "X.3.3",
    "System not capable of selected features",
    "RFC 3463",
    "The receiving system does not support a feature the message asks for.",
  ),
  iana(
    "X.3.4",
    "Message too big for system",
    "RFC 3463",
    "The message is larger than the receiving system accepts for any message.",
    [cause("message-too-large", 0.9, PERMANENT)],
  ),
  iana(
    "X.3.5",
    "System incorrectly configured",
    "RFC 3463",
    "The receiving system is not configured in a way that lets it accept this message.",
    [cause("server-temporary-failure", 0.75, TEMPORARY)],
  ),
  iana(
    "X.3.6",
    "Requested priority was changed",
    "RFC 6710",
    "The message was accepted, but at a different priority than the sender asked for.",
  ),

  // X.4.x: network and routing.
  iana(
    "X.4.0",
    "Other or undefined network or routing status",
    "RFC 3463",
    "Something went wrong in the network or routing, without more detail.",
  ),
  iana(
    "X.4.1",
    "No answer from host",
    "RFC 3463",
    "A mail server further along did not answer the connection (reported by the server that tried).",
  ),
  iana(
    "X.4.2",
    "Bad connection",
    "RFC 3463",
    "A connection was made but broke off or timed out before the message was handed over.",
  ),
  iana(
    "X.4.3",
    "Directory server failure",
    "RFC 3463",
    "A lookup service the server needs (usually DNS) did not answer, so it could not handle the message now.",
    [cause("server-temporary-failure", 0.6, TEMPORARY)],
  ),
  iana(
    "X.4.4",
    "Unable to route",
    "RFC 3463",
    "The server found no route for the message: the destination domain's DNS gives no usable mail server.",
    // Under a 4xx it is mostly something else (measured 2026-12-03: 1 of 7; Exchange Online's
    // "451 4.4.4 Temporary server error … ATTRnn" is its own routing or tenant fault): named weakly.
    [cause("routing-error", 0.45, TEMPORARY), cause("routing-error", 0.7, PERMANENT)],
  ),
  iana(
    "X.4.5",
    "Mail system congestion",
    "RFC 3463",
    "The mail system is congested and cannot take the message now.",
    // Servers send it for their own load and for a client's rate alike (of 18 corpus replies, 5
    // server-busy, 8 rate-limited): the code alone says busy, below words that name a rate limit.
    [cause("server-busy", 0.6, TEMPORARY)],
  ),
  iana(
    "X.4.6",
    "Routing loop detected",
    "RFC 3463",
    "The message went round in a loop between servers (forwarding or routing set up wrong) until it was stopped.",
    [cause("routing-error", 0.9, BOTH)],
  ),
  iana(
    "X.4.7",
    "Delivery time expired",
    "RFC 3463",
    "A server kept the message too long without delivering it and gave up.",
  ),

  // X.5.x: the SMTP protocol.
  iana(
    "X.5.0",
    "Other or undefined protocol status",
    "RFC 3463",
    "Something went wrong in the SMTP conversation, without more detail.",
  ),
  iana(
    "X.5.1",
    "Invalid command",
    "RFC 3463",
    "A command was sent out of order or is not supported by the server.",
  ),
  iana(
    "X.5.2",
    "Syntax error",
    "RFC 3463",
    "A command could not be understood: wrong syntax or an unknown command.",
  ),
  iana(
    "X.5.3",
    "Too many recipients",
    "RFC 3463",
    "The message has more recipients than the server accepts in one go.",
    // Only with the basic codes a recipient limit comes with (452, 552 of old, and Exchange's 550
    // "RESOLVER.ADR.RecipLimit"): Stalwart's scripts send "503 5.5.3" for refusals of every kind
    // ("Your IP … is not welcomed here", "Your address has been blocked"), where the words decide.
    [
      cause("rate-limited", 0.85, TEMPORARY, [452, 451]),
      cause("rate-limited", 0.8, PERMANENT, [552, 550, 452]),
    ],
  ),
  iana(
    "X.5.4",
    "Invalid command arguments",
    "RFC 3463",
    "A command was valid but one of its arguments was not (out of range or unsupported).",
  ),
  iana(
    "X.5.5",
    "Wrong protocol version",
    "RFC 3463",
    "Client and server could not agree on a protocol version.",
  ),
  iana(
    "X.5.6",
    "Authentication Exchange line is too long",
    "RFC 4954",
    "A line the client sent while signing in (AUTH) was longer than the server accepts.",
  ),

  // X.6.x: message content and media.
  iana(
    "X.6.0",
    "Other or undefined media error",
    "RFC 3463",
    "Something about the message content made it undeliverable.",
    [cause("message-malformed", 0.8, PERMANENT)],
  ),
  iana(
    "X.6.1",
    "Media not supported",
    "RFC 3463",
    "The message's content type is not supported along the way.",
    [cause("message-malformed", 0.8, PERMANENT)],
  ),
  iana(
    "X.6.2",
    "Conversion required and prohibited",
    "RFC 3463",
    "The content would have to be converted to be delivered, and conversion is not allowed.",
    [cause("message-malformed", 0.8, PERMANENT)],
  ),
  iana(
    "X.6.3",
    "Conversion required but not supported",
    "RFC 3463",
    "The content would have to be converted (e.g. 8-bit to 7-bit) and no server on the way can do it.",
    [cause("message-malformed", 0.8, PERMANENT)],
  ),
  iana(
    "X.6.4",
    "Conversion with loss performed",
    "RFC 3463",
    "The message was delivered, but converting it lost some data (a warning, not a refusal).",
  ),
  iana("X.6.5", "Conversion Failed", "RFC 3463", "A conversion the message needed failed.", [
    cause("message-malformed", 0.8, PERMANENT),
  ]),
  iana(
    "X.6.6",
    "Message content not available",
    "RFC 4468",
    "The message content could not be fetched from where it was referenced (BURL submission).",
  ),
  iana(
    "X.6.7",
    "Non-ASCII addresses not permitted for that sender/recipient",
    "RFC 6531",
    "An address contains non-ASCII characters that this server does not accept.",
  ),
  iana(
    "X.6.8",
    "UTF-8 string reply is required, but not permitted by the SMTP client",
    "RFC 6531",
    "The server would have to answer in UTF-8, and the client did not allow it.",
  ),
  iana(
    "X.6.9",
    "UTF-8 header message cannot be transferred to one or more recipients, so the message must be rejected",
    "RFC 6531",
    "The message has UTF-8 headers that cannot be passed on to one or more recipients.",
    [cause("message-malformed", 0.6, PERMANENT)],
  ),
  iana(
    "X.6.10",
    "Duplicate of X.6.8 (deprecated)",
    "RFC 6531",
    "Registered as a duplicate of X.6.8 and deprecated: read it as X.6.8.",
  ),

  // X.7.x: security and policy.
  iana(
    "X.7.0",
    "Other or undefined security status",
    "RFC 3463",
    "A security or policy reason, without more detail (servers use it for many different refusals).",
  ),
  iana(
    "X.7.1",
    "Delivery not authorized, message refused",
    "RFC 3463",
    "The sender is not allowed to send to this destination: a policy or filter refused it. Many different refusals share this code, so only the words of the reply tell which.",
  ),
  iana(
    "X.7.2",
    "Mailing list expansion prohibited",
    "RFC 3463",
    "The sender is not allowed to send to this mailing list.",
    [cause("recipient-rejected-policy", 0.7, PERMANENT, [550])],
  ),
  iana(
    "X.7.3",
    "Security conversion required but not possible",
    "RFC 3463",
    "Delivery needed a conversion between secure-messaging formats that was not possible.",
  ),
  iana(
    "X.7.4",
    "Security features not supported",
    "RFC 3463",
    "The message or command asked for a security feature (such as an authentication method) the server does not support.",
    [cause("auth-mechanism-unsupported", 0.75, PERMANENT, [504])],
  ),
  iana(
    "X.7.5",
    "Cryptographic failure",
    "RFC 3463",
    "A server could not validate or decrypt the message: a key or certificate was missing or invalid.",
  ),
  iana(
    "X.7.6",
    "Cryptographic algorithm not supported",
    "RFC 3463",
    "A server could not validate or decrypt the message: it does not support the algorithm.",
  ),
  iana(
    "X.7.7",
    "Message integrity failure",
    "RFC 3463",
    "The message could not be validated because it was altered or corrupted on the way.",
  ),
  iana(
    "X.7.8",
    "Authentication credentials invalid",
    "RFC 4954",
    "The sign-in (AUTH) failed: the username or password (or token) was not accepted.",
    [cause("auth-failed", 0.85, PERMANENT)],
  ),
  iana(
    "X.7.9",
    "Authentication mechanism is too weak",
    "RFC 4954",
    "The sign-in method chosen is weaker than the server allows for this user; another method is needed.",
    [cause("auth-mechanism-unsupported", 0.6, PERMANENT, [534])],
  ),
  iana(
    "X.7.10",
    "Encryption Needed",
    "RFC 5248",
    "The sign-in method needs an encrypted connection (TLS) first.",
    [cause("auth-encryption-required", 0.75, PERMANENT)],
  ),
  iana(
    "X.7.11",
    "Encryption required for requested authentication mechanism",
    "RFC 4954",
    "This sign-in method may only be used over an encrypted (TLS) connection.",
    [cause("auth-encryption-required", 0.9, PERMANENT)],
  ),
  iana(
    "X.7.12",
    "A password transition is needed",
    "RFC 4954",
    "The user must sign in once with a plain password before this sign-in method works.",
    // RFC 4954 §6: the chosen mechanism cannot be used until the account has signed in once with
    // PLAIN; the fix is the mechanism the client picks.
    [cause("auth-mechanism-unsupported", 0.75, BOTH)],
  ),
  iana(
    "X.7.13",
    "User Account Disabled",
    "RFC 5248",
    "The sign-in worked, but the account is disabled; only its administrator can re-enable it.",
    [cause("sender-account-restricted", 0.75, PERMANENT, [525])],
  ),
  iana(
    "X.7.14",
    "Trust relationship required",
    "RFC 5248",
    "The submission server needs a configured trust relationship with another server to fetch the content (BURL).",
  ),
  iana(
    "X.7.15",
    "Priority Level is too low",
    "RFC 6710",
    "The message's priority is below what the server accepts right now.",
  ),
  iana(
    "X.7.16",
    "Message is too big for the specified priority",
    "RFC 6710",
    "The message is too large for the priority it was sent with.",
  ),
  iana(
    "X.7.17",
    "Mailbox owner has changed",
    "RFC 7293",
    "The recipient mailbox has changed owner since the date the sender required (RRVS).",
  ),
  iana(
    "X.7.18",
    "Domain owner has changed",
    "RFC 7293",
    "The recipient's domain has changed owner since the date the sender required (RRVS).",
  ),
  iana(
    "X.7.19",
    "RRVS test cannot be completed",
    "RFC 7293",
    "The server cannot check the recipient-valid-since date the sender required.",
  ),
  iana(
    "X.7.20",
    "No passing DKIM signature found",
    "RFC 7372",
    "The message has no valid DKIM signature, and the receiver requires one.",
    [cause("sender-authentication-failed", 0.85, BOTH)],
  ),
  iana(
    "X.7.21",
    "No acceptable DKIM signature found",
    "RFC 7372",
    "The message's DKIM signatures are valid, but none is acceptable to the receiver.",
    [cause("sender-authentication-failed", 0.85, BOTH)],
  ),
  iana(
    "X.7.22",
    "No valid author-matched DKIM signature found",
    "RFC 7372",
    "No valid DKIM signature matches the domain in the From address.",
    [cause("sender-authentication-failed", 0.85, BOTH)],
  ),
  iana(
    "X.7.23",
    "SPF validation failed",
    "RFC 7372",
    "The sending server is not allowed by the sender domain's SPF record.",
    [cause("sender-authentication-failed", 0.9, BOTH)],
  ),
  iana(
    "X.7.24",
    "SPF validation error",
    "RFC 7372",
    "Checking the sender domain's SPF record failed (a broken or unreachable record).",
    [cause("sender-authentication-failed", 0.9, BOTH)],
  ),
  iana(
    "X.7.25",
    "Reverse DNS validation failed",
    "RFC 7372",
    "The sending IP address has no valid reverse DNS (PTR) name, or it does not match.",
    [cause("reverse-dns-missing", 0.9, BOTH)],
  ),
  iana(
    "X.7.26",
    "Multiple authentication checks failed",
    "RFC 7372",
    "The message failed several sender-authentication checks (SPF, DKIM, DMARC).",
    [cause("sender-authentication-failed", 0.9, BOTH)],
  ),
  iana(
    "X.7.27",
    "Sender address has null MX",
    "RFC 7505",
    "The sender's domain publishes a null MX (it accepts no mail), so replies could not reach it.",
    // Gmail's 5.7.27 (SPF did not pass) is far more common than a null-MX sender: the words decide.
    [cause("sender-rejected", 0.6, PERMANENT)],
  ),
  iana(
    "X.7.28",
    "Mail flood detected",
    "draft-levine-mailbomb-header (registered by IANA; not an RFC)",
    "The message looks like part of a flood of similar unwanted mail from this sender.",
    [cause("ip-reputation", 0.8, TEMPORARY), cause("ip-reputation", 0.7, PERMANENT)],
  ),
  iana(
    "X.7.29",
    "ARC validation failure",
    "RFC 8617",
    "The message's ARC (forwarding authentication) chain did not validate.",
    [cause("sender-authentication-failed", 0.8, BOTH)],
  ),
  iana(
    "X.7.30",
    "REQUIRETLS support required",
    "RFC 8689",
    "The message demanded TLS all the way (REQUIRETLS), and the next server does not support it.",
  ),
];
