import { defineRule } from "./define-rule";
import { replyWording } from "./protocol-error.wording";
import { probeError, replyCode, strongest, wording } from "./rule-helpers";

export const protocolError = defineRule("protocol-error", {
  cause: {
    group: "greeting",
    title: "SMTP protocol error",
    meaning: "a command out of order or unrecognised",
    evidence: "500, 501, 502, 503 5.5.x",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["greeting", "ehlo", "tls", "auth", "mail", "rcpt", "data"],
  match: (e) =>
    strongest(
      wording(e, "protocol-error"),
      // The basic code says "syntax", but an enhanced code of another subject (RFC 3463: 5.7.x
      // policy, 5.1.x address) says what was refused; the code alone then names no protocol error.
      // At the greeting no command has been sent yet: a 5xx there is a refusal, not a syntax error.
      // After DATA, a bare 500 is a server's catch-all refusal of the message (0 of 5 such replies
      // were a protocol error), not a syntax complaint.
      !enhancedOfOtherSubject(e.enhanced) &&
        e.stage !== "greeting" &&
        replyCode(e, e.stage === "data" ? [501, 502, 503] : [500, 501, 502, 503], 0.5),
      // RFC 5321 §4.2.3: 555 "MAIL FROM/RCPT TO parameters not recognized or not implemented".
      replyCode(e, [555], 0.8),
      probeError(e, ["EPROTOCOL"], 0.55),
      // RFC 3463's protocol codes 5.5.1–5.5.5 (command, syntax, too many recipients, arguments, version);
      // 5.5.0 is the subject's catch-all, which Exchange also puts on any remote refusal it passes on
      // ("#5.5.0 SMTP; 554 …"): 1 of 7 such replies was a protocol error.
      /^5\.5\.[1-5]$/.test(e.enhanced ?? "") && { confidence: 0.5, signal: `enhanced code ${e.enhanced}` },
    ),
  explain: (e) =>
    e.source === "probe"
      ? {
          // SMTP Doctor sent these commands itself: the device's firmware is not in the picture.
          explanation:
            "The server did not accept a command the test sent in the standard form: the server (or something between, such as a firewall that inspects SMTP and rewrites commands) answers outside the protocol, or refuses a command it does not support.",
          fix: "Check the server's log for the refused command, and whether a firewall or antivirus between inspects SMTP (switch that inspection off for this traffic).",
        }
      : {
          explanation:
            "The server did not accept a command: out of order, unknown, or with a syntax it rejects. Typical for old or buggy device firmware, commands sent too fast (pipelining) to a server that does not allow it, or a firewall that inspects SMTP and rewrites commands.",
          fix: "Update the device firmware and check for SMTP inspection on the firewall; if the server is yours, check its logs for the rejected command.",
        },
});

/** An enhanced code whose subject is neither protocol (x.5.x) nor undefined (x.0.x). */
function enhancedOfOtherSubject(enhanced: string | null | undefined): boolean {
  return typeof enhanced === "string" && !/^[245]\.[05]\./.test(enhanced);
}
