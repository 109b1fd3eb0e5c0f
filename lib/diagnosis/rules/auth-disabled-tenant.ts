import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";

export const authDisabledTenant = defineRule("auth-disabled-tenant", {
  stages: ["auth"],
  match: (e) => strongest(wording(e, "auth-disabled-tenant")),
  explain: () => ({
    explanation:
      "SMTP AUTH (client submission) is switched off for the whole Microsoft 365 organisation, so every mailbox's SMTP login is refused, whatever the password. It is off by default for tenants created after January 2020.",
    fix: "An admin enables it for the tenant (PowerShell: Set-TransportConfig -SmtpClientAuthenticationDisabled $false) or, better, leaves it off and enables it only for the scanner's mailbox (Set-CASMailbox <mailbox> -SmtpClientAuthenticationDisabled $false). Alternatives: a connector relay with a static IP, or OAuth-capable firmware.",
  }),
});
