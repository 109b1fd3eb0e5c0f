import type { Evidence } from "../evidence";
import { defineRule } from "./define-rule";
import { nothingAtGreeting, strongest, wording } from "./rule-helpers";
import type { RuleMatch } from "./rule-types";
import { replyWording } from "./tls-wrong-mode.wording";

const SILENT = ["ETIMEDOUT", "EDEADLINE", "ECLOSED", "ECONNRESET"];

// What a client says when the first thing it read was not an SMTP greeting, or nothing at all
// (Postfix's "lost connection … while receiving the initial server greeting": its smtp client
// speaks plain text first unless told to wrap the session in TLS).
const NO_GREETING =
  /Greeting never received|while receiving the initial server greeting|bad greeting|timed? ?out waiting for (?:the )?greeting|\[EOF\]|\bEOF\b|end of file reached|response: -1\b|unexpectedly (?:disconnected|closed)|Connection unexpectedly closed|connection was closed/i;
// A connection that never opened is a blocked port whatever the mode.
const CONNECT_FAILED =
  /ETIMEDOUT|ECONNREFUSED|dial tcp|connect to \S+ (?:port \d+ )?failed|Connection refused/i;

// NetEase (163.com, 126.com, yeah.net, its corporate qiye.163.com) also serves SMTP over TLS from
// the first byte on 994, as of 2026-12 (its help pages list 465 and 994 as the SSL ports).
const NETEASE_994 =
  /\b(?:smtp(?:hz)?\.(?:qiye\.)?(?:163|126)\.com|smtp\.yeah\.net)\b[^\n]{0,20}(?:\bport\W{0,3}|:)994\b/i;

/** The implicit-TLS port the text names: 465 anywhere, 994 beside a NetEase host; else null. */
function implicitTlsPortNamed(text: string): "465" | "994" | null {
  if (/(?:\bport\W{0,3}|:)465\b/i.test(text)) return "465";
  return NETEASE_994.test(text) ? "994" : null;
}

/**
 * Pasted text that shows the settings: TLS from the first byte (ssl://, tls://, smtps://) against a
 * port that starts in plain text, or plain text / STARTTLS (tcp://, smtp://, "starttls") against
 * 465, or no greeting on a port the text names as 465 (or NetEase's 994).
 */
function modeInText(e: Evidence): RuleMatch | null {
  const text = e.verbatim;
  const implicit = /\b(?:ssl|tls|smtps):\/\/[^\s:/'"]+:(25|587|2525)\b/i.exec(text);
  if (implicit) {
    return { confidence: 0.88, signal: `TLS from the first byte on port ${implicit[1]}, in the text` };
  }
  const port = implicitTlsPortNamed(text);
  if (!port || CONNECT_FAILED.test(text)) return null;
  const plain =
    new RegExp(`\\b(?:tcp|smtp):\\/\\/[^\\s:/'"]+:${port}\\b`, "i").test(text) || /starttls/i.test(text);
  if (plain && !/\b(?:ssl|smtps|tls):\/\//i.test(text)) {
    return { confidence: 0.86, signal: `plain text or STARTTLS on port ${port}, in the text` };
  }
  const silent = NO_GREETING.exec(e.words);
  if (!silent) return null;
  // JavaMail's bare "response: -1" (it read end of stream for a greeting) on 465 was the mode in
  // four of eight corpus threads (measured 2026-12-03: three never resolved, one a cut
  // connection): the likeliest reading, named weakly. The other no-greeting words on 465 were the
  // mode in four of four.
  if (/^response: -1$/i.test(silent[0]) && !/\bEOF\b|end of file|greeting/i.test(e.words)) {
    return { confidence: 0.45, signal: `no greeting on port ${port} (JavaMail's response: -1)` };
  }
  return { confidence: 0.86, signal: `no greeting on port ${port}` };
}

/**
 * A pasted error from the greeting stage that says only that nothing came (no port, no settings
 * shown): the client and the port disagreeing about when TLS starts is the likeliest reason, a
 * slow or filtered server the next (measured 2026-12-02 over 112 such replies: the mode in 46,
 * a greeting timeout in 39, unresolved in 13). Named weakly, below any wording that says more.
 */
function silentGreeting(e: Evidence): RuleMatch | null {
  if (!nothingAtGreeting(e)) return null;
  return { confidence: 0.45, signal: "nothing at all where the greeting should be, and no settings shown" };
}

/** The settings and the port disagree about when TLS starts. */
function modeMismatch(e: Evidence): RuleMatch | null {
  const t = e.target;
  if (!t) return modeInText(e);
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
  match: (e) => strongest(modeMismatch(e), wording(e, "tls-wrong-mode"), silentGreeting(e)),
  explain: (e) => ({
    explanation: `The encryption setting does not match the port${e.target ? ` (${e.target.port}, encryption "${e.target.security}")` : ""}. Port 465 expects TLS from the first byte ("SSL/TLS", implicit TLS); ports 587 and 25 start in plain text and switch with STARTTLS. Mixing them gives "wrong version number" errors or a greeting that never comes.`,
    fix: 'Use port 587 with STARTTLS (on many devices: "TLS" or "STARTTLS", not "SSL"), or port 465 with SSL/TLS if the provider offers it (Microsoft 365 does not).',
  }),
});
