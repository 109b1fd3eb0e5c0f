import { replyWording } from "./auth-basic-blocked.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authBasicBlocked = defineRule("auth-basic-blocked", {
  cause: {
    group: "authentication",
    title: "Password sign-in blocked by organisation policy",
    meaning:
      "password (Basic) auth refused by the organisation's policy: security defaults, conditional access, MFA",
    evidence: "535 5.7.139 … did not meet the criteria",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-basic-blocked")),
  explain: () => ({
    explanation:
      "The password was not the problem: the organisation's sign-in policy refuses password (Basic) sign-in for this account. Security Defaults, a Conditional Access policy or required MFA all do this.",
    fix: "Use OAuth 2.0 if the device supports it (no policy change needed). Otherwise an admin excludes the scanner's mailbox from the policy that blocks it (not possible with Security Defaults), or the device sends through a connector relay with a static IP.",
  }),
});
