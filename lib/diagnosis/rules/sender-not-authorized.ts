import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./sender-not-authorized.wording";

export const senderNotAuthorized = defineRule("sender-not-authorized", {
  cause: {
    group: "policy",
    title: "Not allowed to send as this address",
    meaning: "the authenticated user may not send as this From address",
    evidence: "5.7.60 SendAsDenied; 553 5.7.1 Sender address rejected: not owned by user",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "sender-not-authorized"),
      enhancedCode(e, "sender-not-authorized"),
      // .NET's SmtpClient names the command a refusal answered: a 5.7.1 thrown from
      // DataStopCommand came at the end of DATA, where Exchange refuses a From address the account
      // may not send as (5 of 6 such corpus replies, in five languages; the sixth a 4.3.111).
      e.enhanced === "5.7.1" &&
        /\bSystem\.Net\.Mail\.DataStopCommand\b/.test(e.verbatim) && {
          confidence: 0.6,
          signal: ".NET's end-of-DATA command refused with 5.7.1",
        },
    ),
  explain: (e) => ({
    // "The login worked" only where the run shows a login; a paste may come from an anonymous
    // session (Exchange's "not allowed for unauthenticated connection").
    explanation:
      e.source === "probe" && e.target?.auth !== "none"
        ? `The login worked, but the account ${e.target?.username ? `(${e.target.username}) ` : ""}may not send as the From address the device uses: the sender must be that mailbox (or a verified/permitted identity).`
        : "The server will not accept this From address from this client: the sender must be the mailbox that signs in (or an identity that mailbox is allowed to send as).",
    fix: "Set the device's sender (From) address to the mailbox it logs in with; or have an admin grant Send As on the other address (Microsoft 365), or verify the address/domain with the relay service.",
  }),
});
