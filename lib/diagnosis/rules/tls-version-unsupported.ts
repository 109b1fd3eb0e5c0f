import { defineRule } from "./define-rule";
import { enhancedCode, strongest, wording } from "./rule-helpers";

export const tlsVersionUnsupported = defineRule("tls-version-unsupported", {
  stages: ["tls"],
  match: (e) => strongest(enhancedCode(e, "tls-version-unsupported"), wording(e, "tls-version-unsupported")),
  explain: (e) => ({
    explanation:
      "One side only speaks a TLS version the other refuses: typically a device whose firmware only does TLS 1.0/1.1 talking to a service that requires TLS 1.2+ (Microsoft 365 answers 421 4.7.66), or an old server that only does TLS 1.0 while modern clients require 1.2.",
    fix: `Update the device firmware to one with TLS 1.2. Until then: a local relay that accepts the device's TLS and forwards with TLS 1.2${e.provider === "microsoft-365" ? ", or Microsoft's opt-in legacy endpoint smtp-legacy.office365.com (the tenant must allow legacy TLS clients)" : ""}.`,
  }),
});
