import type { ProviderId } from "../../providers/provider-schema";
import type { StatusCodeEntry } from "./status-code-schema";

/**
 * Google's documented use of enhanced codes (Gmail and Google Workspace, "Gmail SMTP errors and
 * codes"). Google reuses several registered details with its own meaning (4.7.23 PTR, x.7.27 SPF,
 * 4.7.29 TLS, x.7.30 DKIM, 5.7.9 and 5.7.14 sign-in); those apply only to Google's replies,
 * by basic code or `providerOnly`. Codes Google uses as the registry does (5.1.1, 5.2.2, 5.3.4,
 * 5.7.26 …) need no entry here.
 */

const GOOGLE: ProviderId[] = ["google-workspace"];

const ERRORS = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";
// Google's replies as transcribed, one by one with their help links, in Sisimai's Google module.
const TRANSCRIBED = `${ERRORS}; sisimai/p5-sisimai lib/Sisimai/Rhost/Google.pm`;
const SENDER_CODES =
  "https://dmarcpal.com/learn/gmail-bulk-sender-error-codes-explained (Gmail bulk-sender codes 4.7.27, 4.7.30, 4.7.31/4.7.40, 4.7.32; secondary source)";

function google(entry: Omit<StatusCodeEntry, "providers">): StatusCodeEntry {
  return { ...entry, providers: GOOGLE };
}

export const googleStatusCodes: readonly StatusCodeEntry[] = [
  google({
    code: "4.2.1",
    title: "The user you are trying to contact is receiving mail too quickly",
    meaning:
      "The recipient is getting mail faster than Gmail lets through (or the Workspace SMTP relay's peak limit was hit): slow down and retry later.",
    source: ERRORS,
    basic: [450],
    // The registry's X.2.1 is a disabled mailbox; other servers send "450 4.2.1" for that, for
    // greylisting and for a mailbox busy now (0 of 5 such replies without Gmail's words were a
    // rate limit): read Google's meaning only in Google's replies.
    providerOnly: true,
    causes: [{ cause: "rate-limited", confidence: 0.55, classes: ["4"] }],
  }),
  google({
    code: "4.4.2",
    title: "Timeout - closing connection",
    meaning: "Gmail closed the connection because the client was too slow.",
    source: TRANSCRIBED,
  }),
  google({
    code: "4.7.23",
    title: "The sending IP address doesn't have a PTR record, or it doesn't match",
    meaning:
      "The sending IP has no reverse DNS (PTR) name, or that name does not point back to it; Gmail rate limits it.",
    source: TRANSCRIBED,
    basic: [421, 451],
    causes: [{ cause: "reverse-dns-missing", confidence: 0.85, classes: ["4"] }],
  }),
  google({
    code: "4.7.27",
    title: "Your email has been rate limited because SPF authentication didn't pass",
    meaning: "The message did not pass SPF, which Gmail requires of bulk senders; it is deferred for now.",
    source: `${TRANSCRIBED}; ${SENDER_CODES}`,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["4"] }],
  }),
  google({
    code: "5.7.27",
    title: "Your email has been blocked because SPF authentication didn't pass",
    meaning: "The message did not pass SPF, which Gmail requires of bulk senders.",
    source: SENDER_CODES,
    providerOnly: true,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["5"] }],
  }),
  google({
    code: "4.7.28",
    title: "Gmail has detected an unusual rate of unsolicited mail",
    meaning:
      "Gmail sees an unusual rate of unwanted mail from this IP, netblock, DKIM or SPF domain and rate limits it (it also uses 4.7.28 for too many messages with one Message-ID).",
    source: TRANSCRIBED,
    causes: [{ cause: "ip-reputation", confidence: 0.8, classes: ["4"] }],
  }),
  google({
    code: "4.7.29",
    title: "This mail has been rate limited because TLS wasn't used",
    meaning: "Gmail requires large senders to use TLS; the message came over an unencrypted connection.",
    source: TRANSCRIBED,
    basic: [421],
    causes: [{ cause: "starttls-required", confidence: 0.7, classes: ["4"] }],
  }),
  google({
    code: "4.7.30",
    title: "Your email has been rate limited because DKIM authentication didn't pass",
    meaning:
      "The message has no passing DKIM signature, which Gmail requires of bulk senders; it is deferred for now.",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["4"] }],
  }),
  google({
    code: "5.7.30",
    title: "Your email has been blocked because DKIM authentication didn't pass",
    meaning: "The message has no passing DKIM signature, which Gmail requires of bulk senders.",
    source: SENDER_CODES,
    providerOnly: true,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["5"] }],
  }),
  google({
    code: "4.7.31",
    title: "Your email has been rate limited because DMARC policy isn't set",
    meaning: "The sender domain publishes no (usable) DMARC record, which Gmail requires of bulk senders.",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.8, classes: ["4"] }],
  }),
  google({
    code: "4.7.32",
    title: "The From: header isn't aligned with either the authenticated SPF or DKIM organizational domain",
    meaning:
      "SPF or DKIM may pass, but not for the domain in the From address (DMARC alignment); Gmail defers the mail.",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["4"] }],
  }),
  google({
    code: "5.7.32",
    title: "The From: header isn't aligned with either the authenticated SPF or DKIM organizational domain",
    meaning: "SPF or DKIM may pass, but not for the domain in the From address (DMARC alignment).",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.85, classes: ["5"] }],
  }),
  google({
    code: "4.7.40",
    title: "DMARC record missing or without a usable policy",
    meaning: "The sender domain publishes no (usable) DMARC record, which Gmail requires of bulk senders.",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.8, classes: ["4"] }],
  }),
  google({
    code: "5.7.40",
    title: "DMARC record missing or without a usable policy",
    meaning: "The sender domain publishes no (usable) DMARC record, which Gmail requires of bulk senders.",
    source: SENDER_CODES,
    causes: [{ cause: "sender-authentication-failed", confidence: 0.8, classes: ["5"] }],
  }),
  google({
    code: "5.2.1",
    title: "The email account that you tried to reach is disabled (or inactive)",
    meaning:
      "The Gmail account of the recipient is disabled or inactive (Gmail also uses 5.2.1 for an account receiving mail too fast).",
    source: TRANSCRIBED,
    causes: [{ cause: "recipient-rejected-policy", confidence: 0.6, classes: ["5"] }],
  }),
  google({
    code: "5.4.5",
    title: "Daily user sending limit exceeded / Daily SMTP relay limit exceeded",
    meaning:
      "The account, or the Workspace SMTP relay, has sent its daily quota; sending resumes after up to 24 hours.",
    source: `${TRANSCRIBED}; https://support.google.com/a/answer/2956491`,
    causes: [{ cause: "rate-limited", confidence: 0.85, classes: ["5"] }],
  }),
  google({
    code: "5.5.4",
    title: "HELO/EHLO argument is invalid",
    meaning: "The name the device gave in HELO/EHLO is empty or not valid.",
    source: TRANSCRIBED,
    providerOnly: true,
    basic: [501],
    causes: [{ cause: "helo-rejected", confidence: 0.6, classes: ["5"] }],
  }),
  google({
    code: "5.7.9",
    title: "Application-specific password required",
    meaning:
      "The Google account has 2-Step Verification: the device must sign in with an app password (or OAuth), not the account password.",
    source: `${TRANSCRIBED}; RFC 4954 §6 (534 5.7.9)`,
    basic: [534, null],
    causes: [{ cause: "auth-app-password-required", confidence: 0.85, classes: ["5"] }],
  }),
  google({
    code: "5.7.10",
    title: "SMTP protocol violation, no commands allowed to pipeline after STARTTLS",
    meaning: "The client sent commands right after STARTTLS without waiting for the TLS handshake.",
    source: TRANSCRIBED,
    basic: [523, 525],
  }),
  google({
    code: "5.7.11",
    title: "Syntax error (no parameters allowed)",
    meaning: "A command was sent with parameters it does not take.",
    source: TRANSCRIBED,
    basic: [501],
  }),
  google({
    code: "5.7.14",
    title: "Please log in through your web browser and then try again",
    meaning:
      "Google blocked the sign-in as suspicious: the user has to sign in on the web once (or use an app password) before the device can.",
    source: TRANSCRIBED,
    basic: [534, null],
    causes: [{ cause: "auth-web-login-required", confidence: 0.9, classes: ["5"] }],
  }),
];
