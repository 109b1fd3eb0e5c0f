import type { Cause } from "../causes";

/** Encryption: TLS mode, STARTTLS, versions, certificates. Mirrors the shared causes.md table. */
export const encryptionCauses: readonly Cause[] = [
  {
    id: "tls-wrong-mode",
    group: "encryption",
    title: "Wrong encryption mode for this port",
    meaning: "implicit TLS against a STARTTLS port, or STARTTLS/plain against 465",
    evidence: '"wrong version number", greeting timeout on 465',
  },
  {
    id: "starttls-not-offered",
    group: "encryption",
    title: "The server does not offer STARTTLS",
    meaning: "the server does not advertise STARTTLS but the settings require it",
    evidence: "EHLO without STARTTLS",
  },
  {
    id: "starttls-required",
    group: "encryption",
    title: "The server requires STARTTLS first",
    meaning: "the server requires STARTTLS before MAIL/AUTH",
    evidence: "530 5.7.0 Must issue a STARTTLS command first",
  },
  {
    id: "tls-version-unsupported",
    group: "encryption",
    title: "TLS version not accepted (TLS 1.0/1.1)",
    meaning: "one side only speaks a TLS version the other refuses (TLS 1.0/1.1)",
    evidence: '421 4.7.66, "unsupported protocol", "no protocols available"',
  },
  {
    id: "tls-handshake-failed",
    group: "encryption",
    title: "The TLS handshake failed",
    meaning: "TLS failed for another reason (cipher mismatch, protocol error)",
    evidence: "ETLS, handshake failure",
  },
  {
    id: "tls-cert-untrusted",
    group: "encryption",
    title: "The server certificate is not trusted",
    meaning: "certificate self-signed, expired or from an unknown CA",
    evidence: "UNABLE_TO_VERIFY_LEAF_SIGNATURE, CERT_HAS_EXPIRED, DEPTH_ZERO_SELF_SIGNED_CERT",
  },
  {
    id: "tls-cert-name-mismatch",
    group: "encryption",
    title: "The certificate does not match the server name",
    meaning: "certificate does not name the server as typed",
    evidence: "ERR_TLS_CERT_ALTNAME_INVALID",
  },
];
