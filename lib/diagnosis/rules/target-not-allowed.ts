import { defineRule } from "./define-rule";
import { probeError, strongest, wording } from "./rule-helpers";
import { replyWording } from "./target-not-allowed.wording";

export const targetNotAllowed = defineRule("target-not-allowed", {
  cause: {
    group: "reaching",
    title: "SMTP Doctor refused to test this target",
    meaning: "our own guard refused the target (private address, port not allowed)",
    evidence: "the target check before connecting",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["guard"],
  match: (e) => strongest(probeError(e, ["EBLOCKED"], 0.99), wording(e, "target-not-allowed")),
  explain: () => ({
    explanation:
      "SMTP Doctor itself refused to test this target: the name resolves to a private or reserved address, or the port is not one of the SMTP ports it tests. This protects internal networks; it says nothing about the server.",
    fix: "Test the public mail server the device should send through (ports 25, 465, 587 or 2525). A server inside the customer's network can only be tested from inside it: run the test on site, with SMTP Doctor's command-line probe on a computer in that network, or ask whoever runs this SMTP Doctor for an installation there.",
  }),
});
