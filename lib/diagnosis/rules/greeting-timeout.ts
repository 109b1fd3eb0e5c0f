import { defineRule } from "./define-rule";
import { replyWording } from "./greeting-timeout.wording";
import { nothingAtGreeting, probeError, strongest, wording } from "./rule-helpers";

export const greetingTimeout = defineRule("greeting-timeout", {
  cause: {
    group: "reaching",
    title: "The server never greeted",
    meaning: "connected but no 220 greeting (often plain SMTP sent to an implicit-TLS port)",
    evidence: "greeting timeout",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["greeting"],
  match: (e) =>
    strongest(
      probeError(e, ["ETIMEDOUT"], 0.9, ["greeting"]),
      probeError(e, ["EDEADLINE"], 0.6, ["greeting"]),
      wording(e, "greeting-timeout"),
      // Nothing at all at the greeting, no settings shown: the wrong TLS mode is likelier (46 of
      // 112 such replies; tls-wrong-mode names it), a server that never greeted the next (39).
      nothingAtGreeting(e) && {
        confidence: 0.3,
        signal: "nothing at all where the greeting should be, and no settings shown",
      },
    ),
  explain: () => ({
    explanation:
      "The connection opened but the server never sent its 220 greeting. The classic cause is speaking plain SMTP to a port that expects TLS first (port 465), or a middlebox that holds the connection open.",
    fix: "If the port is 465, set encryption to SSL/TLS (implicit TLS); for STARTTLS use port 587. Otherwise check for proxies or SMTP inspection on the path.",
  }),
});
