import { defineRule } from "./define-rule";
import { probeError, strongest, wording } from "./rule-helpers";
import { replyWording } from "./target-not-allowed.wording";

export const targetNotAllowed = defineRule("target-not-allowed", {
  cause: {
    group: "reaching",
    title: "SMTP Doctor refused to test this target",
    meaning: "our own guard refused the target (private address, port not allowed)",
    evidence: "guard stage",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["guard"],
  match: (e) => strongest(probeError(e, ["EBLOCKED"], 0.99), wording(e, "target-not-allowed")),
  explain: () => ({
    explanation:
      "SMTP Doctor itself refused to test this target: the name resolves to a private or reserved address, or the port is not one of the SMTP ports it tests. This protects internal networks; it says nothing about the server.",
    fix: "Test a public mail server on port 25, 465, 587 or 2525. To test an internal relay, run SMTP Doctor on site with that range allowed (SMTP_DOCTOR_ALLOW_TARGETS).",
  }),
});
