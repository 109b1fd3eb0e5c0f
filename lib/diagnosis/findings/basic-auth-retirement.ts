import { microsoft365 } from "../../providers/known/microsoft-365";
import { basicAuthOffByDefault } from "../diagnosis-context";
import type { FindingCheck } from "./finding-types";

const POLICY = microsoft365.policies.find((p) => p.id === "basic-auth-smtp-timeline");
const AUTH_CAUSES = [
  "auth-failed",
  "auth-basic-blocked",
  "auth-basic-retired",
  "auth-disabled-tenant",
  "auth-disabled-mailbox",
];

/** Password sign-in to Microsoft 365 SMTP AUTH has a dated end; say so wherever a device relies on it. */
export const basicAuthRetirement: FindingCheck = {
  id: "basic-auth-retirement",
  check(e, context, root) {
    if (e.provider !== "microsoft-365" || !POLICY) return null;
    const usesPassword = e.target ? e.target.auth === "password" : AUTH_CAUSES.includes(root);
    if (!usesPassword) return null;
    const ahead = !basicAuthOffByDefault(context);
    return {
      severity: ahead ? "warning" : "info",
      title: ahead
        ? "Password (Basic) auth for SMTP AUTH goes off by default at the end of December 2026"
        : "Password (Basic) auth for SMTP AUTH is off by default since the end of December 2026",
      detail: `As of ${POLICY.asOf} (Microsoft's timeline): ${POLICY.statement} Plan for OAuth 2.0 on the device, or a connector relay / local relay, before then.`,
      asOf: POLICY.asOf,
      source: POLICY.sources[0] ?? null,
    };
  },
};
