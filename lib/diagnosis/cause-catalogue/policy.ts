import type { Cause } from "../causes";

/** Policy at the envelope and message, plus the two verdicts that are not failures. Mirrors the shared causes.md table. */
export const policyCauses: readonly Cause[] = [
  {
    id: "ip-blocklisted",
    group: "policy",
    title: "The sending IP address is on a blocklist",
    meaning:
      "the sending IP is on a named blocklist: a public DNSBL (Spamhaus, Barracuda, SpamCop, Cloudmark\u2026) or a provider's IP block list; the fix is a clean sending path or delisting",
    evidence:
      '"blocked using Spamhaus", "listed in zen.spamhaus.org", M365 "banned sending IP", Outlook.com S3150',
  },
  {
    id: "ip-reputation",
    group: "policy",
    title: "The sending IP is throttled for reputation",
    meaning:
      "the provider throttles or defers this IP on reputation or volume, without naming a list; often temporary",
    evidence: "M365 451 4.7.500 Server busy \u2026 from [IP]; Gmail 421 4.7.0 unusual rate / low reputation",
  },
  {
    id: "ip-not-allowed",
    group: "policy",
    title: "The receiver does not allow this IP address",
    meaning:
      "the receiving organisation's own rules refuse this IP (its allow list or block list, geo, IPv6 policy)",
    evidence:
      '"IP not in whitelist for RCPT domain", "blocked \u2026 using Customer Block list", "Host network not allowed"',
  },
  {
    id: "domain-blocklisted",
    group: "policy",
    title: "A domain is on a domain blocklist",
    meaning: "a domain in HELO, MAIL FROM or the message is on a domain blocklist (Spamhaus DBL, URI lists)",
    evidence: '"listed in dbl.spamhaus.org"',
  },
  {
    id: "reverse-dns-missing",
    group: "policy",
    title: "The sending IP has no valid reverse DNS (PTR)",
    meaning: "the sending IP has no PTR, or it does not match",
    evidence: '"cannot find your hostname", 5.7.25 PTR',
  },
  {
    id: "relay-denied",
    group: "policy",
    title: "Relaying denied for this client",
    meaning: "the server will not relay to that recipient for this client",
    evidence: "554 5.7.1 Relay access denied; 550 5.7.54; 5.7.64 TenantAttribution",
  },
  {
    id: "direct-send-rejected",
    group: "policy",
    title: "The tenant rejects Direct Send",
    meaning: "the tenant rejects unauthenticated Direct Send",
    evidence: "550 5.7.68",
  },
  {
    id: "sender-not-authorized",
    group: "policy",
    title: "Not allowed to send as this address",
    meaning: "the authenticated user may not send as this From address",
    evidence: "5.7.60 SendAsDenied; 553 5.7.1 Sender address rejected: not owned by user",
  },
  {
    id: "sender-rejected",
    group: "policy",
    title: "The sender address was refused",
    meaning: "the sender address or domain is refused (domain unknown, invalid, not allowed)",
    evidence: '553 5.1.8, 550 5.1.7, "Sender address rejected: Domain not found"',
  },
  {
    id: "sender-authentication-failed",
    group: "policy",
    title: "SPF/DKIM/DMARC checks failed",
    meaning: "SPF/DKIM/DMARC checks failed for the sender domain",
    evidence: "550 5.7.23 SPF, 5.7.26 DMARC, 5.7.509",
  },
  {
    id: "sender-account-restricted",
    group: "policy",
    title: "The sending account is blocked from sending",
    meaning: "the sending account is blocked from sending (e.g. flagged for spam)",
    evidence: "550 5.1.8 Access denied, bad outbound sender; 5.7.712",
  },
  {
    id: "recipient-unknown",
    group: "policy",
    title: "The recipient does not exist",
    meaning: "the recipient does not exist",
    evidence: '550 5.1.1, 5.1.10, "User unknown"',
  },
  {
    id: "recipient-mailbox-full",
    group: "policy",
    title: "The recipient's mailbox is full",
    meaning: "the recipient's mailbox is full",
    evidence: "552 5.2.2",
  },
  {
    id: "recipient-rejected-policy",
    group: "policy",
    title: "The receiver's policy refuses this message",
    meaning: "the receiver refuses by its own policy (restricted group, blocked sender, transport rule)",
    evidence: '550 5.7.133, "Administrative prohibition"',
  },
  {
    id: "no-recipients",
    group: "policy",
    title: "No recipient was accepted",
    meaning: "no recipient was given or none was accepted",
    evidence: '"No recipients defined", 554 5.5.1 No valid recipients',
  },
  {
    id: "greylisted",
    group: "policy",
    title: "Greylisted: retry later",
    meaning: "temporary refusal asking to retry later",
    evidence: "450/451 4.7.1 Greylisted, try again",
  },
  {
    id: "rate-limited",
    group: "policy",
    title: "Sending limit or rate limit reached",
    meaning: "too many messages, recipients or connections in a period",
    evidence: "421 4.7.0, 452 4.5.3, 4.7.500, 550 5.4.5 daily limit, 5.2.0 quota",
  },
  {
    id: "message-too-large",
    group: "policy",
    title: "The message is too large",
    meaning: "the message is bigger than the server accepts",
    evidence: "552 5.3.4",
  },
  {
    id: "message-rejected-content",
    group: "policy",
    title: "The message content was refused",
    meaning: "the message content was refused (spam, malware, policy)",
    evidence: "550 5.7.1 message content rejected, 554 5.7.1 spam",
  },
  {
    id: "message-malformed",
    group: "policy",
    title: "The message is not well formed",
    meaning: "the message is not well formed (missing or invalid From, bad headers, bare LF)",
    evidence: "550 5.6.0, 5.7.1 \u2026 invalid From header",
  },
  {
    id: "server-temporary-failure",
    group: "policy",
    title: "The server had a temporary error",
    meaning: "the server had a local or transient error",
    evidence: "451 4.3.0, 4.4.x, 4.3.5",
  },
  {
    id: "receiver-misconfigured",
    group: "policy",
    title: "The receiving server is misconfigured",
    meaning:
      "the receiving side is broken in a way the sender cannot fix (its DNSBL queries refused, an expired filter licence)",
    evidence: '"blocked using zen.spamhaus.org; Error: open resolver", 422 License Expired',
  },
  {
    id: "no-error",
    group: "none",
    title: "No error: a success reply",
    meaning: "the text is a success reply: nothing failed here",
    evidence: "220 greeting, 250 OK, 2.0.0",
  },
  {
    id: "unrecognised",
    group: "none",
    title: "Reply not recognised",
    meaning: "nothing in the catalogue fits: show the reply verbatim and the generic meaning of its codes",
    evidence: "anything else",
  },
];
