import { tlsFacts } from "../rules/rule-helpers";
import type { FindingCheck } from "./finding-types";

const EXPIRY_DAYS = 14;

/** Certificate problems that did not stop the run (devices often do not check, until they do). */
export const certificateExpiring: FindingCheck = {
  id: "certificate-expiring",
  check(e) {
    const cert = tlsFacts(e)?.certificate;
    if (!cert || cert.daysRemaining < 0 || cert.daysRemaining >= EXPIRY_DAYS) return null;
    return {
      severity: "warning",
      title: `The server certificate expires in ${cert.daysRemaining} day${cert.daysRemaining === 1 ? "" : "s"}`,
      detail: `${cert.subject} is valid until ${cert.validTo}. Devices that verify certificates will start failing when it expires.`,
      asOf: null,
      source: null,
    };
  },
};

export const certificateUntrusted: FindingCheck = {
  id: "certificate-untrusted",
  check(e, _context, root) {
    const facts = tlsFacts(e);
    if (!facts?.certificate || facts.trusted || root === "tls-cert-untrusted") return null;
    return {
      severity: "warning",
      title: "The server certificate is not trusted",
      detail: `The certificate does not verify (${facts.trustError ?? "unknown reason"}). Devices that check certificates will refuse it; devices that do not check are open to interception.`,
      asOf: null,
      source: null,
    };
  },
};

export const certificateNameMismatch: FindingCheck = {
  id: "certificate-name-mismatch",
  check(e, _context, root) {
    const facts = tlsFacts(e);
    if (!facts?.certificate || facts.hostnameMatches || root === "tls-cert-name-mismatch") return null;
    return {
      severity: "warning",
      title: "The certificate does not name this server",
      detail: facts.hostnameError ?? "The server name as typed is not in the certificate.",
      asOf: null,
      source: null,
    };
  },
};
