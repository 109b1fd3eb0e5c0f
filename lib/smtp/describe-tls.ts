import type { X509Certificate } from "node:crypto";
import net from "node:net";
import type tls from "node:tls";
import type { CertificateFacts, TlsFacts } from "./probe-schema";

const DAY_MS = 86_400_000;
const MAX_CHAIN = 6;

function nameOf(dn: string): string {
  // X509Certificate gives "CN=foo\nO=bar"; one line reads better.
  return dn.split("\n").join(", ");
}

function describeCertificate(cert: X509Certificate, now: number): CertificateFacts {
  const validTo = new Date(cert.validTo);
  return {
    subject: nameOf(cert.subject),
    issuer: nameOf(cert.issuer),
    altNames: (cert.subjectAltName ?? "").split(/,\s*/).filter((n) => n.length > 0),
    validFrom: new Date(cert.validFrom).toISOString(),
    validTo: validTo.toISOString(),
    daysRemaining: Math.floor((validTo.getTime() - now) / DAY_MS),
    fingerprint256: cert.fingerprint256,
    selfSigned: cert.subject === cert.issuer && cert.checkIssued(cert),
  };
}

/** Does the certificate name this host (DNS name or IP literal)? Returns why not, or null. */
function hostnameProblem(cert: X509Certificate, host: string): string | null {
  const matches = net.isIP(host) ? cert.checkIP(host) !== undefined : cert.checkHost(host) !== undefined;
  if (matches) return null;
  return `${net.isIP(host) ? "IP" : "Host"} ${host} is not in the certificate's names: ${cert.subjectAltName ?? nameOf(cert.subject)}`;
}

/** Everything worth knowing about an established TLS connection, judged without trusting it. */
export function describeTls(
  socket: tls.TLSSocket,
  mode: TlsFacts["mode"],
  host: string,
  now = Date.now(),
): TlsFacts {
  const leaf = socket.getPeerX509Certificate();
  const chain: CertificateFacts[] = [];
  const seen = new Set<string>();
  for (
    let cert = leaf;
    cert && chain.length < MAX_CHAIN && !seen.has(cert.fingerprint256);
    cert = cert.issuerCertificate
  ) {
    seen.add(cert.fingerprint256);
    chain.push(describeCertificate(cert, now));
  }
  const hostnameError = leaf ? hostnameProblem(leaf, host) : "no certificate";
  // Node folds the hostname check into `authorized`; a name mismatch alone means the chain verified.
  const authError = socket.authorizationError as unknown as (Error & { code?: string }) | string | null;
  const authCode = authError
    ? String(typeof authError === "string" ? authError : (authError.code ?? authError.message))
    : null;
  const chainTrusted = socket.authorized || authCode === "ERR_TLS_CERT_ALTNAME_INVALID";
  const cipher = socket.getCipher();
  return {
    mode,
    protocol: socket.getProtocol() ?? null,
    cipher: cipher?.standardName ?? cipher?.name ?? null,
    certificate: chain[0] ?? null,
    chain: chain.slice(1),
    trusted: chainTrusted,
    trustError: chainTrusted ? null : (authCode ?? "not verified"),
    hostnameMatches: leaf ? hostnameError === null : false,
    hostnameError,
    servername: net.isIP(host) ? null : host,
  };
}

/** Credentials go only over a certificate that verifies and names the server. */
export function certificateVerifies(facts: TlsFacts): boolean {
  return facts.trusted && facts.hostnameMatches;
}
