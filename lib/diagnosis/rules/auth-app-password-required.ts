import { replyWording } from "./auth-app-password-required.wording";
import { defineRule } from "./define-rule";
import { enhancedCode, replyCode, strongest, wording } from "./rule-helpers";

const APP_PASSWORD_PROVIDERS = ["google-workspace", "yahoo", "icloud", "zoho"];

export const authAppPasswordRequired = defineRule("auth-app-password-required", {
  cause: {
    group: "authentication",
    title: "An app password (or OAuth) is required",
    meaning: "the provider wants an app password (or OAuth) instead of the account password",
    evidence: "534 5.7.9 Application-specific password required",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) =>
    strongest(
      wording(e, "auth-app-password-required"),
      enhancedCode(e, "auth-app-password-required"),
      e.code === 534 &&
        e.provider &&
        APP_PASSWORD_PROVIDERS.includes(e.provider) && {
          confidence: 0.75,
          signal: "534 from a provider with app passwords",
        },
      replyCode(e, [534], 0.45),
    ),
  explain: (e) => ({
    explanation:
      "The account has two-step verification (or the provider no longer accepts account passwords for SMTP): it wants an app password made for this device, or OAuth, instead of the normal password.",
    fix:
      e.provider === "google-workspace"
        ? "Create an app password (Google Account → Security → 2-Step Verification → App passwords) and enter it in the device's password field; or use OAuth, or the Workspace SMTP relay. Google stopped taking the account's own password for SMTP on 30 May 2022 for personal Gmail and in stages from September 2024 for Google Workspace (as of 2026-12, Google's 'less secure apps' announcements)."
        : "Create an app password in the account's security settings and use it as the SMTP password (or use OAuth 2.0 if the device supports it).",
  }),
});
