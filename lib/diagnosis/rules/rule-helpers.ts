import { providerById } from "../../providers/known";
import type { ProbeErrorCode, StageName } from "../../smtp/probe-schema";
import type { CauseId } from "../causes";
import type { Evidence } from "../evidence";
import { normaliseReply } from "../normalise-reply";
import type { RuleMatch } from "./rule-types";

/** The strongest of several matches (nulls ignored). */
export function strongest(...matches: (RuleMatch | null | undefined | false)[]): RuleMatch | null {
  let best: RuleMatch | null = null;
  for (const m of matches) if (m && (!best || m.confidence > best.confidence)) best = m;
  return best;
}

/** The cause's best wording match in the reply text, said as whose words decided. */
export function wording(e: Evidence, cause: CauseId): RuleMatch | null {
  const hit = e.patternHits.get(cause);
  if (!hit) return null;
  const whose =
    hit.origin === "client"
      ? "the client's error"
      : hit.provider
        ? `${providerById(hit.provider).name}'s wording`
        : "the server's wording";
  // Words found only once mangled characters were read as meant (QQ's 授权码 pasted as
  // "ÊÚÈ¨Âë"): say so, or the agent looks for words the paste does not show.
  // The paste is compared as the patterns read it (spaces, quotes and codes normalised alike).
  const repaired = /[\u0100-\uffff]/.test(hit.matched) && !normaliseReply(e.verbatim).includes(hit.matched);
  const note = repaired ? " (the pasted text's garbled characters, read as meant)" : "";
  return { confidence: hit.confidence, signal: `${whose} "${hit.matched}"${note}` };
}

/** An enhanced code that the status-code registry ties to this cause. */
export function enhancedCode(e: Evidence, cause: CauseId): RuleMatch | null {
  const hit = e.codeHits.get(cause);
  if (!hit) return null;
  const whose = hit.providerSpecific && e.provider ? `${providerById(e.provider).name}'s ` : "the ";
  return {
    confidence: hit.confidence,
    signal: `${whose}enhanced status code ${hit.code} ("${hit.title}")`,
    fromStatusCode: true,
  };
}

/** The probe engine's error code (optionally at given stages). */
export function probeError(
  e: Evidence,
  codes: readonly ProbeErrorCode[],
  confidence: number,
  stages?: readonly StageName[],
): RuleMatch | null {
  if (!e.errorCode || !codes.includes(e.errorCode)) return null;
  if (stages && (!e.stage || !stages.includes(e.stage))) return null;
  return {
    confidence,
    signal: `what the test saw: ${e.errorCode}${e.stage ? ` at the ${e.stage} stage` : ""}`,
  };
}

/** A client/OS error code printed in the text. */
export function systemCode(e: Evidence, codes: readonly string[], confidence: number): RuleMatch | null {
  const found = e.systemCodes.find((c) => codes.includes(c));
  return found ? { confidence, signal: `the client's error code ${found}` } : null;
}

/**
 * The reply code as the paste shows it: the number, or, where a client printed words for it
 * instead (.NET's "Service not available, closing transmission channel", lettre's spelled-out
 * digits), the number with that said, so a signal never quotes a code the paste does not hold.
 */
export function codeAsShown(e: Pick<Evidence, "code" | "verbatim">): string {
  if (e.code === null) return "";
  // Where a reply puts its code: a line start or after a separator, before a space, dash or end.
  return new RegExp(`(?:^|[\\s"'(:;,[])${e.code}(?=[\\s"'),;:\\]-]|$)`, "m").test(e.verbatim)
    ? String(e.code)
    : `${e.code} (read from the client's words for it)`;
}

/** The decisive basic reply code (optionally only at given stages). */
export function replyCode(
  e: Evidence,
  codes: readonly number[],
  confidence: number,
  stages?: readonly StageName[],
): RuleMatch | null {
  if (e.code === null || !codes.includes(e.code)) return null;
  if (stages && (!e.stage || !stages.includes(e.stage))) return null;
  return {
    confidence,
    signal: `the reply code ${codeAsShown(e)}${e.stage ? ` at the ${e.stage} stage` : ""} alone`,
    codeOnly: true,
  };
}

/** Whether a wording match for another cause is at least this strong (to step aside for it). */
export function outranked(e: Evidence, causes: readonly CauseId[], atLeast: number): boolean {
  return causes.some((cause) => (e.patternHits.get(cause)?.confidence ?? 0) >= atLeast);
}

/** The provider's name for explanations, or a neutral phrase. */
export function isProvider(e: Evidence, id: string): boolean {
  return e.provider === id;
}

/** The TLS facts the probe recorded (implicit TLS or STARTTLS), if any. */
export function tlsFacts(e: Evidence) {
  return e.probe?.stages.find((stage) => stage.facts.tls)?.facts.tls ?? null;
}

// EHLO capability lines as clients log them ("250-PIPELINING", "<-- 250 HELP", "250-SIZE 10240000").
const CAPABILITY_LINE =
  /\b250[- ](?:PIPELINING|SIZE|8BITMIME|ENHANCEDSTATUSCODES|DSN|CHUNKING|SMTPUTF8|STARTTLS|HELP|ETRN|VRFY)\b/gi;
// Offered AUTH: "250-AUTH PLAIN LOGIN", "250-AUTH=LOGIN", also inside a flattened capability line;
// the client's own "AUTH LOGIN" command on its line is not an offer.
const AUTH_CAPABILITY =
  /\b250[- ]AUTH\b|\b250[- ][^\n]*\bAUTH=|^\W*250[- ][^\n]*\bAUTH (?:PLAIN|LOGIN|CRAM|XOAUTH|NTLM|GSSAPI|DIGEST)/im;
const CLIENT_AUTH_FAILURE =
  /could not authenticate|authentication (?:failed|unsuccessful|not (?:supported|enabled|available))|does not support authentication|AUTH (?:command )?(?:failed|not)|unrecognized authentication type|^\W*(?:C:\s*|>>>\s*)?AUTH [A-Z0-9-]+[^\n]*\n\W*(?:S:\s*|<<<\s*)?5\d\d\b/im;

/**
 * A fact in a pasted transcript: the server's EHLO reply is there, it lists no AUTH, and the client
 * then failed to authenticate. The client tried what the server never offered (often before
 * STARTTLS, or on a port that takes no AUTH), whatever its own error says.
 */
export function pastedEhloWithoutAuth(e: Evidence, confidence: number): RuleMatch | null {
  if (e.source !== "text") return null;
  const capabilities = e.verbatim.match(CAPABILITY_LINE) ?? [];
  if (capabilities.length < 2 || AUTH_CAPABILITY.test(e.verbatim) || !CLIENT_AUTH_FAILURE.test(e.verbatim))
    return null;
  return { confidence, signal: "the server's EHLO reply in the pasted transcript, which offers no AUTH" };
}

/**
 * A pasted EHLO reply alone (capability lines, no refusal) that offers neither AUTH nor STARTTLS:
 * not a failure by itself, but a device that must sign in over an encrypted session cannot do so
 * on that connection. In the corpus every such paste was about a sign-in or STARTTLS not offered.
 */
export function pastedEhloOffersNeither(e: Evidence): boolean {
  if (e.source !== "text") return false;
  const capabilities = e.verbatim.match(CAPABILITY_LINE) ?? [];
  return (
    capabilities.length >= 2 &&
    !AUTH_CAPABILITY.test(e.verbatim) &&
    !/\b250[- ]STARTTLS\b/i.test(e.verbatim) &&
    !/(?:^|\s)[45]\d\d[ -]/m.test(e.verbatim)
  );
}

/**
 * "4.7.1 Service unavailable - try again later" is Postfix's text for a milter's temporary failure
 * (the filter's TEMPFAIL, or milter_default_action = tempfail when the filter cannot be reached;
 * postfix src/milter/milter8.c), not a busy server: greylisting filters answer with it (Plesk's,
 * a2aclmilter), and so does a filter that is down. Its words then name no busy server.
 */
export function miltersTempfail(e: Evidence): boolean {
  return e.enhanced === "4.7.1" && /\bService unavailable - try again later\b/i.test(e.words);
}

/**
 * Japan's mobile carriers (NTT docomo, au/KDDI's ezweb, SoftBank) accept every address at RCPT and
 * answer "550 Unknown user" only after DATA, when the recipient's own receiving settings (domain
 * or PC-mail filters) refuse the sender; an address that does not exist is refused at RCPT. So a
 * carrier's "Unknown user" after DATA is the recipient's filter (sisimai classifies it "filtered":
 * lib/sisimai/rhost/nttdocomo.rb, its lhost-mailru and rhost-nttdocomo test bounces).
 */
const JP_CARRIER = /\b(?:docomo\.ne\.jp|ezweb\.ne\.jp|au\.com|softbank\.ne\.jp|i\.softbank\.jp)\b/i;
const AFTER_DATA = />>> DATA\b|\bend of DATA\b|\[End of Data\]/i;
export function japaneseCarrierFilter(e: Evidence): boolean {
  return (
    JP_CARRIER.test(e.verbatim) &&
    /\b(?:Unknown user|User unknown)\b/i.test(e.verbatim) &&
    (e.stage === "data" || AFTER_DATA.test(e.verbatim)) &&
    !/>>> RCPT[^\n]*\n[^\n]*<<< 550 Unknown user/i.test(e.verbatim)
  );
}

/**
 * Roundcube reports a login it could not even start with the last reply it had, the EHLO's 250: no
 * 535 came, so no password was refused; the server did not offer AUTH on that connection (often only
 * after STARTTLS, fixed with the tls:// prefix). German Roundcube: "Die Authentisierung ist
 * fehlgeschlagen"; the ISPConfig plugin: "SMTP Error (250) Authentication is failed". Sources:
 * roundcube/roundcubemail issues 7089 and 7011, w2c/ispconfig3_roundcube issue 127.
 */
export function roundcubeLoginNotStarted(e: Evidence): boolean {
  return /\bSMTP (?:Error|Fehler) \(250\):? (?:Authentication (?:is )?failed|Die Authentisierung ist fehlgeschlagen)/i.test(
    e.verbatim,
  );
}

// Nothing at all where the greeting should be: end of stream, a read that timed out, an empty
// reply, a connection closed before a word. (Not JavaMail's bare "response: -1", measured on its
// own in tls-wrong-mode.ts: the mode in one thread of four.)
const SILENCE =
  /\bEOF\b|end of file|ReadTimeout|timed? ?out|timeout|empty (?:reply|response)|connection (?:was )?closed|unexpectedly closed|connectionclosed|incomplete response|exception reading response|got code "", with message ""/i;

/**
 * A pasted error from the greeting stage that says only that nothing came, with no settings shown
 * (a live test knows its port and mode, and judges those instead).
 */
export function nothingAtGreeting(e: Evidence): boolean {
  return !e.target && e.stage === "greeting" && (e.code === null || e.code < 400) && SILENCE.test(e.words);
}

// A certificate named in any words (and languages the corpus shows), and its name named too.
const CERTIFICATE = /certific|\bx509\b|\bpkix\b|tanúsítv|sertifika|сертиф/i;
const CERTIFICATE_NAME = /subject ?mismatch|not valid for|\bnames?\b|\bsubject\b|common ?name|host ?name/i;

/**
 * A pasted error at the TLS stage that speaks of the certificate in words no pattern knows: about
 * its name ("SubjectMismatch", "not valid for any names") or about anything else (expired, not
 * verified, no issuer). Measured 2026-12-02 over the 17 such replies: a certificate cause in 13,
 * the name in 5 of them; read weakly, below any wording that says more.
 */
export function certificateAtTls(e: Evidence): "name" | "trust" | null {
  if (e.stage !== "tls" || !CERTIFICATE.test(e.words)) return null;
  return CERTIFICATE_NAME.test(e.words) ? "name" : "trust";
}
