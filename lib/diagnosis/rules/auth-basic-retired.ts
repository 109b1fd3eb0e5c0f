import { basicAuthOffByDefault } from "../diagnosis-context";
import { replyWording } from "./auth-basic-retired.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const authBasicRetired = defineRule("auth-basic-retired", {
  cause: {
    group: "authentication",
    title: "Password (Basic) authentication no longer accepted",
    meaning: "the provider no longer accepts password (Basic) auth for SMTP at all: OAuth only",
    evidence:
      "550 5.7.30 Basic authentication is not supported; 535 5.7.139 … basic authentication is disabled",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth", "mail"],
  match: (e) => strongest(wording(e, "auth-basic-retired"), enhancedCode(e, "auth-basic-retired")),
  explain: (e, context) => ({
    explanation:
      "The provider no longer accepts a password (Basic authentication) for this account's SMTP login: only OAuth 2.0. Changing the password will not help.",
    fix:
      e.provider === "microsoft-365"
        ? basicAuthOffByDefault(context)
          ? "Use OAuth 2.0 on the device (newer firmware), or a connector relay (static IP) or a local relay that signs in with OAuth. As of Microsoft's timeline of 27 January 2026, Basic auth for SMTP AUTH is off by default since the end of December 2026; an admin can still turn it back on until the final removal (to be announced in the second half of 2027), but that only buys time."
          : "Use OAuth 2.0 on the device (newer firmware), or have an admin re-enable Basic auth for SMTP AUTH where Microsoft still allows it (as of 27 January 2026: off by default for existing tenants from the end of December 2026, final removal to be announced in the second half of 2027), or use a connector relay / a local relay that does OAuth."
        : "Use OAuth 2.0 on the device, an app password where the provider offers them, or a relay service that accepts the device's login.",
  }),
});
