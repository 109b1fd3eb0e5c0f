import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";
import { replyWording } from "./tls-version-unsupported.wording";

export const tlsVersionUnsupported = defineRule("tls-version-unsupported", {
  cause: {
    group: "encryption",
    title: "TLS version not accepted (TLS 1.0/1.1)",
    meaning: "one side only speaks a TLS version the other refuses (TLS 1.0/1.1)",
    evidence: '421 4.7.66, "unsupported protocol", "no protocols available"',
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["tls", "auth", "mail"],
  match: (e) => strongest(enhancedCode(e, "tls-version-unsupported"), wording(e, "tls-version-unsupported")),
  explain: (e) =>
    e.source === "probe"
      ? {
          // Our probe is a current TLS client (TLS 1.2 and 1.3): if it cannot agree a version, the server is the old side.
          explanation:
            "SMTP Doctor's test client speaks TLS 1.2 and 1.3, and the server refused both: it only offers TLS 1.0/1.1 (or an SSL version), which current clients and services refuse. The server is the side that is out of date, not the device.",
          fix: "Ask the server's administrator to enable TLS 1.2 or later (Postfix: smtpd_tls_protocols / smtpd_tls_mandatory_protocols; Exchange: enable TLS 1.2 in Windows Schannel). Until then, a device that still speaks TLS 1.0 may connect, but anything current will not.",
        }
      : {
          explanation:
            "One side only speaks a TLS version the other refuses: typically a device whose firmware only does TLS 1.0/1.1 talking to a service that requires TLS 1.2+ (Microsoft 365 answers 421 4.7.66), or an old server that only does TLS 1.0 while modern clients require 1.2.",
          fix: `If the refusal came from the service (e.g. 421 4.7.66 "TLS 1.0 and 1.1 are not supported"), update the device firmware to one with TLS 1.2; until then use a local relay that accepts the device's TLS and forwards with TLS 1.2${e.provider === "microsoft-365" ? ", or Microsoft's opt-in legacy endpoint smtp-legacy.office365.com (the tenant must allow legacy TLS clients)" : ""}. If a current client failed against an old server, the server needs TLS 1.2.`,
        },
});
