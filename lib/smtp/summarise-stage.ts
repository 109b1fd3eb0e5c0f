import type { EhloFacts, TlsFacts } from "./probe-schema";

const EXPIRY_WARNING_DAYS = 14;

export function summariseEhlo(ehlo: EhloFacts): string {
  const verb = ehlo.usedHelo ? "HELO" : "EHLO";
  if (ehlo.extensions.length === 0) return `${verb} accepted; no extensions offered`;
  const auth = ehlo.authMechanisms.length > 0 ? `AUTH ${ehlo.authMechanisms.join(" ")}` : "no AUTH";
  return `${verb} accepted by ${ehlo.serverName || "the server"}; ${ehlo.starttls ? "offers STARTTLS" : "no STARTTLS"}, ${auth}`;
}

export function summariseTls(facts: TlsFacts): string {
  const cert = facts.certificate;
  const who = cert ? `certificate ${cert.subject} issued by ${cert.issuer}` : "no certificate";
  const trust = facts.trusted && facts.hostnameMatches ? "trusted" : "NOT trusted";
  return `${facts.protocol ?? "TLS"} ${facts.cipher ?? ""}; ${who}, ${trust}`.replace(/\s+;/, ";");
}

/** What is wrong with the TLS session without stopping the run (devices often do not check). */
export function describeTlsWarnings(facts: TlsFacts): string[] {
  const warnings: string[] = [];
  if (!facts.certificate) warnings.push("The server presented no certificate.");
  if (facts.certificate && !facts.trusted) {
    warnings.push(`The certificate is not trusted (${facts.trustError ?? "unknown reason"}).`);
  }
  if (facts.certificate && !facts.hostnameMatches) {
    warnings.push(`The certificate does not name this server: ${facts.hostnameError ?? "name mismatch"}.`);
  }
  if (
    facts.certificate &&
    facts.certificate.daysRemaining >= 0 &&
    facts.certificate.daysRemaining < EXPIRY_WARNING_DAYS
  ) {
    warnings.push(
      `The certificate expires in ${facts.certificate.daysRemaining} days (${facts.certificate.validTo}).`,
    );
  }
  if (facts.protocol && /^TLSv1(\.[01])?$/.test(facts.protocol)) {
    warnings.push(`The server negotiated ${facts.protocol}, which is obsolete.`);
  }
  return warnings;
}
