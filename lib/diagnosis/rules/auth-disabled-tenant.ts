import { basicAuthOffByDefault } from "../diagnosis-context";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authDisabledTenant = defineRule("auth-disabled-tenant", {
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-disabled-tenant")),
  explain: (_e, context) => ({
    explanation:
      "SMTP AUTH (client submission) is switched off for the whole Microsoft 365 organisation, so every mailbox's SMTP login is refused, whatever the password. It is off by default for tenants created after January 2020.",
    fix: `An admin enables it for the tenant (PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or, better, leaves it off and enables it only for the scanner's mailbox (Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false). Alternatives: a connector relay with a static IP, or OAuth-capable firmware.${
      basicAuthOffByDefault(context)
        ? " Since the end of December 2026 (Microsoft's timeline as of 27 January 2026), enabling SMTP AUTH is not enough for a password: Basic authentication is off by default too, so the device needs OAuth 2.0, or the admin must also re-allow Basic auth while Microsoft still permits it."
        : ""
    }`,
  }),
});
