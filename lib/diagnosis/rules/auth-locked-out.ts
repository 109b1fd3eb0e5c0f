import { replyWording } from "./auth-locked-out.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authLockedOut = defineRule("auth-locked-out", {
  cause: {
    group: "authentication",
    title: "Too many login attempts: locked out",
    meaning: "too many attempts; temporarily or permanently locked",
    evidence: "454 4.7.0 Too many login attempts",
  },
  settingsCanFix: false,
  persistence: "either",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-locked-out")),
  explain: () => ({
    explanation:
      "Too many failed logins: the provider temporarily blocks this account (or this IP) from logging in. A device retrying a wrong password every few minutes keeps the lock alive.",
    fix: "Stop the device from retrying (switch it off or clear the password), wait for the lock to expire, fix the password (or use an app password), then try once.",
  }),
});
