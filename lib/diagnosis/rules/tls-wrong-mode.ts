import type { Evidence } from "../evidence";
import { defineRule } from "./define-rule";
import { strongest, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";
import { replyWording } from "./tls-wrong-mode.wording";

const SILENT = ["ETIMEDOUT", "EDEADLINE", "ECLOSED", "ECONNRESET"];

/** The settings and the port disagree about when TLS starts. */
function modeMismatch(e: Evidence): RuleMatch | null {
  const t = e.target;
  if (!t) {
    // Pasted text: a greeting that never came, on a port the text names as 465.
    const on465 =
      /Greeting never received|bad greeting|timed? ?out waiting for (?:the )?greeting|\[EOF\]|\bEOF\b/i.test(
        e.words,
      ) && /(?:\bport\W{0,3}|:)465\b/i.test(e.verbatim);
    return on465 ? { confidence: 0.85, signal: "no greeting on port 465" } : null;
  }
  if (
    t.port === 465 &&
    t.security !== "tls" &&
    e.stage === "greeting" &&
    e.errorCode &&
    SILENT.includes(e.errorCode)
  ) {
    return { confidence: 0.93, signal: `no greeting on port 465 with security "${t.security}"` };
  }
  if (t.security === "tls" && t.port !== 465 && e.stage === "tls" && e.errorCode === "ETLS") {
    return { confidence: 0.85, signal: `implicit TLS on port ${t.port}` };
  }
  return null;
}

export const tlsWrongMode = defineRule("tls-wrong-mode", {
  cause: {
    group: "encryption",
    title: "Wrong encryption mode for this port",
    meaning: "implicit TLS against a STARTTLS port, or STARTTLS/plain against 465",
    evidence: '"wrong version number", greeting timeout on 465',
  },
  settingsCanFix: true,
  persistence: "either",
  wording: replyWording,
  stages: ["connect", "greeting", "tls"],
  match: (e) => strongest(modeMismatch(e), wording(e, "tls-wrong-mode")),
  explain: (e) => ({
    explanation: `The encryption setting does not match the port${e.target ? ` (${e.target.port}, encryption "${e.target.security}")` : ""}. Port 465 expects TLS from the first byte ("SSL/TLS", implicit TLS); ports 587 and 25 start in plain text and switch with STARTTLS. Mixing them gives "wrong version number" errors or a greeting that never comes.`,
    fix: 'Use port 587 with STARTTLS (on many devices: "TLS" or "STARTTLS", not "SSL"), or port 465 with SSL/TLS if the provider offers it (Microsoft 365 does not).',
  }),
});
