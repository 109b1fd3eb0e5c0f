import { basicAuthOffByDefault } from "../diagnosis-context";
import { replyWording } from "./auth-disabled-tenant.wording";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authDisabledTenant = defineRule("auth-disabled-tenant", {
  cause: {
    group: "authentication",
    title: "SMTP AUTH is disabled for the organisation",
    meaning: "SMTP AUTH is turned off for the whole organisation",
    evidence: "535 5.7.139 … disabled for the Tenant",
  },
  settingsCanFix: true,
  persistence: "permanent",
  wording: replyWording,
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-disabled-tenant")),
  explain: (_e, context) => ({
    explanation:
      "SMTP AUTH (client submission) is switched off for the whole Microsoft 365 organisation, so every mailbox's SMTP login is refused, whatever the password. Microsoft switches it off by default for organisations created after January 2020 (as of 2026-12).",
    fix: `An admin enables it for the tenant (PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or, better, leaves it off and enables it only for the scanner's mailbox (Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false). Alternatives: a connector relay with a static IP, or OAuth-capable firmware.${
      basicAuthOffByDefault(context)
        ? " Since the end of December 2026 (Microsoft's timeline as of 27 January 2026), enabling SMTP AUTH is not enough for a password: Basic authentication is off by default too, so the device needs OAuth 2.0, or the admin must also re-allow Basic auth while Microsoft still permits it."
        : ""
    }`,
  }),
});
