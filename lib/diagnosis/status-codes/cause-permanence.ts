import type { CauseId } from "../causes";

/**
 * Causes that say the server will never take this message as it is (the recipient does not
 * exist, the IP is on a blocklist, the password is wrong). A 4.x.x code is a temporary refusal
 * (RFC 3463 §3.1: "sending in the future may be successful"), so it never names one of these.
 * Causes left out can be reported either way (a full mailbox, a rate limit, a missing PTR).
 */
export const PERMANENT_CAUSES: ReadonlySet<CauseId> = new Set<CauseId>([
  "recipient-unknown",
  "recipient-rejected-policy",
  "ip-blocklisted",
  "domain-blocklisted",
  "sender-rejected",
  "sender-not-authorized",
  "auth-failed",
  "auth-basic-retired",
  "direct-send-rejected",
  "message-too-large",
  "message-malformed",
]);
