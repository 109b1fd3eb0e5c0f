import type { Evidence } from "../evidence";
import { defineRule } from "./define-rule";
import { probeError, strongest, systemCode, wording } from "./rule-helpers";
import { replyWording } from "./tls-handshake-failed.wording";

export const tlsHandshakeFailed = defineRule("tls-handshake-failed", {
  cause: {
    group: "encryption",
    title: "The TLS handshake failed",
    meaning: "TLS failed for another reason (cipher mismatch, protocol error)",
    evidence: "ETLS, handshake failure",
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["tls"],
  match: (e) =>
    strongest(
      wording(e, "tls-handshake-failed"),
      probeError(e, ["ETLS"], 0.6),
      systemCode(e, ["EPROTO", "ETLS"], 0.6),
      /SSL routines|\bSSL(?:Error|Exception)\b/i.test(e.words) && {
        confidence: 0.5,
        signal: "an OpenSSL error",
      },
      startTlsThenFailure(e) && {
        confidence: 0.5,
        signal: "the pasted transcript: the server accepted STARTTLS (220), then the client failed",
      },
      // At the TLS stage, a connection that failed, dropped or timed out with no TLS words to say
      // why (Exchange's "Primary target IP address responded with: 421 4.2.1 Unable to connect"
      // while negotiating TLS): the negotiation failed, the catalogue's catch-all for it (7 of the
      // 13 such replies no stronger wording decides; a TLS version or the mode most of the rest).
      e.stage === "tls" &&
        CONNECTION_FAILED.test(e.words) && {
          confidence: 0.45,
          signal: "a connection that failed during the TLS negotiation",
        },
    ),
  explain: (e) => {
    if (/TLS not available due to local problem/i.test(e.words)) {
      return {
        explanation:
          'The server offered STARTTLS and then could not start TLS itself: "local problem" is the server\'s own fault (its certificate or key is missing, unreadable or does not match). No device setting can fix it.',
        fix: "Ask the server's administrator to check its TLS certificate and key (Postfix logs the reason next to this reply: smtpd_tls_cert_file / smtpd_tls_key_file). Until it is fixed, the server cannot accept encrypted mail from anyone.",
      };
    }
    if (e.source === "probe") {
      return {
        explanation:
          "SMTP Doctor's test client (a current TLS 1.2/1.3 client with the usual modern ciphers) could not agree an encrypted connection with the server: the server's TLS setup offers nothing a current client accepts, or is broken.",
        fix: "Ask the server's administrator to check its TLS configuration (protocols, ciphers, certificate). The device cannot fix a server that current clients cannot negotiate with.",
      };
    }
    return {
      explanation:
        "The encrypted (TLS) connection could not be set up for a reason other than the version or the certificate: no cipher in common, a protocol error, or the server's TLS setup is broken.",
      fix: "If the server is current (Microsoft 365, Google, a provider), update the device firmware: newer firmware brings newer ciphers. If a current client fails against the server too, the server's TLS configuration is at fault: send the exact error to its administrator.",
    };
  },
});

// A transcript where the client sent STARTTLS, the server said 220, and the next thing is the
// client's failure: the TLS negotiation itself failed. Which way (a certificate the client refused,
// a TLS version or cipher the two did not share) the words after it may say; of eight such corpus
// transcripts without them, four were a handshake failure, two an untrusted certificate, one a
// version the server lacked, one the wrong mode: the catalogue's catch-all is the likeliest.
const STARTTLS_ACCEPTED_THEN_FAILED =
  /\bSTARTTLS\b[^\n]{0,40}\n(?:[^\n]*\n){0,2}?[^\n]*\b220\b[^\n]*\n[\s\S]{0,300}?\b(?:error|fail(?:ed|ure)?|could not|cannot|unable)\b/i;

function startTlsThenFailure(e: Evidence): boolean {
  if (e.code !== null && e.code >= 400) return false;
  return STARTTLS_ACCEPTED_THEN_FAILED.test(e.verbatim);
}

const CONNECTION_FAILED =
  /unable to connect|timed? ?out|connection (?:was )?(?:dropped|closed|reset)|broken pipe|\bEOF\b|socket error/i;
