import { X509Certificate } from "node:crypto";
import net from "node:net";
import tls from "node:tls";
import type { CertificateFacts, TlsFacts } from "./probe-schema";

const DAY_MS = 86_400_000;

function nameOf(dn: string): string {
  // X509Certificate gives "CN=foo\nO=bar"; one line reads better.
  return dn.split("\n").join(", ");
}

function describeCertificate(raw: Buffer, now: number): CertificateFacts {
  const cert = new X509Certificate(raw);
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

/** Everything worth knowing about an established TLS connection, judged without trusting it. */
export function describeTls(
  socket: tls.TLSSocket,
  mode: TlsFacts["mode"],
  host: string,
  now = Date.now(),
): TlsFacts {
  const peer = socket.getPeerCertificate(true);
  const hasCert = peer && Object.keys(peer).length > 0 && peer.raw;
  const chain: CertificateFacts[] = [];
  if (hasCert) {
    const seen = new Set<string>();
    let current: tls.DetailedPeerCertificate | undefined = peer;
    while (current?.raw && !seen.has(current.fingerprint256)) {
      seen.add(current.fingerprint256);
      chain.push(describeCertificate(current.raw, now));
      current = current.issuerCertificate;
    }
  }
  const servername = net.isIP(host) ? null : host;
  let hostnameError: string | null = "no certificate";
  if (hasCert) {
    const err = tls.checkServerIdentity(host, peer);
    hostnameError = err ? err.message : null;
  }
  // Node folds the hostname check into `authorized`; a name mismatch alone means the chain verified.
  const authError = socket.authorizationError as unknown as (Error & { code?: string }) | string | null;
  const authCode = authError
    ? String(typeof authError === "string" ? authError : (authError.code ?? authError.message))
    : null;
  const chainTrusted = socket.authorized || authCode === "ERR_TLS_CERT_ALTNAME_INVALID";
  return {
    mode,
    protocol: socket.getProtocol() ?? null,
    cipher: socket.getCipher()?.standardName ?? socket.getCipher()?.name ?? null,
    certificate: chain[0] ?? null,
    chain: chain.slice(1),
    trusted: chainTrusted,
    trustError: chainTrusted ? null : (authCode ?? "not verified"),
    hostnameMatches: hasCert ? hostnameError === null : false,
    hostnameError,
    servername,
  };
}

/** Credentials go only over a certificate that verifies and names the server. */
export function certificateVerifies(facts: TlsFacts): boolean {
  return facts.trusted && facts.hostnameMatches;
}
