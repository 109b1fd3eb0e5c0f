import { providerById } from "../../providers/known";
import { tlsFacts } from "../rules/rule-helpers";
import type { FindingCheck } from "./finding-types";

export const legacyTlsOnly: FindingCheck = {
  id: "legacy-tls-only",
  check(e) {
    const protocol = tlsFacts(e)?.protocol;
    if (!protocol || !/^TLSv1(\.[01])?$/.test(protocol)) return null;
    return {
      severity: "warning",
      title: `Only ${protocol} was negotiated`,
      detail:
        "TLS 1.0 and 1.1 are obsolete; Microsoft 365 and Google refuse them on their normal endpoints. Plan a firmware or server upgrade to TLS 1.2+.",
      asOf: null,
      source: "zehm/sendEmail issue #1 (421 4.7.66 TLS 1.0 and 1.1 are not supported)",
    };
  },
};

export const ptrMissing: FindingCheck = {
  id: "ptr-missing",
  check(_e, context, root) {
    if ((context.sitePtr !== "missing" && context.sitePtr !== "mismatch") || root === "reverse-dns-missing")
      return null;
    return {
      severity: "warning",
      title:
        context.sitePtr === "missing"
          ? "The site's public IP has no reverse DNS (PTR)"
          : "The site's reverse DNS does not match",
      detail:
        "Receiving servers distrust IPs without a matching PTR name. This matters when the device sends directly to an MX; authenticated submission is not affected.",
      asOf: null,
      source: "SMTP Doctor site network check (PTR)",
    };
  },
};

export const starttlsUnused: FindingCheck = {
  id: "starttls-unused",
  check(e) {
    const ehlo = e.probe?.stages.find((s) => s.name === "ehlo")?.facts.ehlo;
    if (e.target?.security !== "none" || !ehlo?.starttls) return null;
    return {
      severity: "warning",
      title: "The server offers encryption, but the settings do not use it",
      detail:
        "The server advertises STARTTLS while the settings send everything, including any password, in clear text. Turn on STARTTLS.",
      asOf: null,
      source: null,
    };
  },
};

export const port465NotSupported: FindingCheck = {
  id: "port-465-not-supported",
  check(e) {
    if (e.provider !== "microsoft-365" || e.target?.port !== 465) return null;
    return {
      severity: "warning",
      title: "Microsoft 365 does not offer port 465",
      detail:
        "smtp.office365.com accepts client submission on 587 (and 25) with STARTTLS; port 465 (implicit TLS) is not supported.",
      asOf: null,
      source: providerById("microsoft-365").endpoints[0]?.sources[0] ?? null,
    };
  },
};

export const directSendInternalOnly: FindingCheck = {
  id: "direct-send-internal-only",
  check(e, context) {
    const host = `${e.target?.host ?? ""} ${e.probe?.stages.find((s) => s.name === "greeting")?.reply?.text ?? ""}`;
    if (
      e.provider !== "microsoft-365" ||
      e.target?.auth !== "none" ||
      !/mail\.protection\.outlook\.com/i.test(host)
    )
      return null;
    if (context.recipients === "internal") return null;
    return {
      severity: "info",
      title: "Direct Send reaches internal recipients only",
      detail:
        "Without authentication, the tenant's MX only delivers to the organisation's own mailboxes, and only while the site's IP has a clean reputation. External recipients need authenticated submission or a connector relay.",
      asOf: null,
      source: providerById("microsoft-365").endpoints.find((p) => p.id === "direct-send")?.sources[0] ?? null,
    };
  },
};
