import { detectProvider } from "../providers/detect-provider";
import type { ProviderId } from "../providers/provider-schema";
import type { StageName } from "../smtp/probe-schema";
import { describeCodes } from "./describe-codes";
import { readDeviceCode } from "./device-codes/read-device-code";
import { type DiagnosisContextInput, withDefaults } from "./diagnosis-context";
import type { Diagnosis } from "./diagnosis-schema";
import { unescapeBreaks } from "./escaped-breaks";
import { type Evidence, matchEnhancedCodes, matchPatterns } from "./evidence";
import { collectFindings } from "./findings/collect-findings";
import { inferStage } from "./infer-stage";
import { readJsonPaste } from "./json-paste";
import { judgeEvidence } from "./judge-evidence";
import { MAX_ANALYSED_CHARS, normaliseReply } from "./normalise-reply";
import { unfoldQmailLog } from "./qmail-log";
import { readErrorText } from "./read-error-text";
import { recommendSettings } from "./recommend/recommend-settings";
import { repairMojibake } from "./repair-mojibake";
import type { ReplyPattern } from "./reply-patterns/reply-pattern-schema";

export type AnalyzeTextOptions = {
  /** The stage the user says the text comes from; inferred from the text when absent. */
  stage?: StageName | null;
  provider?: ProviderId | null;
  context?: DiagnosisContextInput;
  /**
   * The wording knowledge to judge with; all of it by default. The evaluation passes a subset
   * (every pattern but those taken from the held-out fold's sources).
   */
  patterns?: readonly ReplyPattern[];
};

// Evidence shown verbatim: short pastes whole, long ones by the decisive reply line.
const WHOLE_TEXT_UP_TO = 1_000;
const MAX_WHOLE_LINES = 4;

// A server's greeting or plain success line ("220 barracuda.example.net ESMTP", "250 2.0.0 Ok:
// queued"), as printed or after a transcript's direction marker ("<- ", "S: ", "<<< "). Not 221,
// 235 or 334: a closing reply names why it closes ("221 2.4.2 Idle timeout"), and a challenge can
// carry the refusal ("334 eyJzdGF0dXMiOiI0MDAi…", Gmail's XOAUTH2 error).
const SUCCESS_LINE = /^[^\w\n]*(?:S:\s*)?2[25]0(?:[ -]|$).*$/gm;

/**
 * The words wording patterns may judge when the text holds no refusal (its decisive reply is a
 * success): everything but the success replies themselves. A greeting's host name or banner
 * ("barracuda", "spam protected by … rbl") describes the server, not a failure; failure words
 * around the replies (a client's error, a log line) still count.
 */
function wordsBesideSuccess(plain: string, repaired: string | null): string {
  return wordsOf(plain.replace(SUCCESS_LINE, ""), repaired?.replace(SUCCESS_LINE, "") ?? null);
}

/** The words patterns judge: the text, and its mangled non-ASCII words read as meant, if any. */
function wordsOf(plain: string, repaired: string | null): string {
  return normaliseReply(repaired ? `${plain}\n${repaired}` : plain);
}

const UNICODE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g;

/** Pasted text as evidence: codes read structurally, the stage inferred when not given. */
export function textEvidence(
  text: string,
  stageHint: StageName | null | undefined,
  provider: ProviderId | null | undefined,
  patterns?: readonly ReplyPattern[],
): { evidence: Evidence; replyBlock: string | null } {
  // A qmail log's reply ("Remote_host_said:_550_No_such_user/") is read with its spaces back; the
  // evidence shown stays the paste itself, so no unfolded block is offered as the verbatim reply.
  // A log's escaped "\n" before the next reply line is read as the break it stands for.
  // Spaces copied as no-break or other Unicode spaces look the same and are read as spaces.
  const spaced = text.replace(UNICODE_SPACE, " ");
  // A paste that is one JSON document is read as its string values.
  const fromJson = readJsonPaste(spaced);
  const unescaped = unescapeBreaks(fromJson ?? spaced);
  const unfolded = unfoldQmailLog(unescaped ?? fromJson ?? spaced);
  const plain = unfolded ?? unescaped ?? fromJson ?? spaced;
  const read = readErrorText(plain);
  // A JSON paste names its command in a field of its own ("command":"RCPT TO"), after the reply.
  const stage =
    stageHint ??
    inferStage(plain, read.primary?.index ?? null) ??
    (fromJson !== null ? inferStage(spaced, null) : null);
  const code = read.primary?.code ?? null;
  const enhanced =
    read.primary?.enhanced ?? read.enhancedCodes.find((c) => c[0] === "4" || c[0] === "5") ?? null;
  // Mangled non-ASCII words (GBK printed as \xNN, read as Latin-1) are read as meant; only here.
  const repaired = repairMojibake(plain);
  const words = wordsOf(plain, repaired);
  const detected = provider ?? detectProvider({ replyText: text })?.id ?? null;
  const evidence: Evidence = {
    source: "text",
    stage,
    code,
    enhanced,
    enhancedCodes: read.enhancedCodes,
    replyCodes: read.codes,
    systemCodes: read.systemCodes,
    errorCode: null,
    verbatim: text,
    words,
    provider: detected,
    target: null,
    probe: null,
    patternHits: matchPatterns(
      code !== null && code < 400 ? wordsBesideSuccess(plain, repaired) : words,
      stage,
      // The decisive reply read as meant too, or its repaired words would count as outside it
      // (only when the whole text needed repair: its reply is part of it).
      read.replyBlock
        ? normaliseReply((repaired && repairMojibake(read.replyBlock)) || read.replyBlock)
        : undefined,
      patterns,
    ),
    codeHits: matchEnhancedCodes(code, enhanced, read.enhancedCodes, detected),
  };
  return { evidence, replyBlock: unfolded || fromJson ? null : read.replyBlock };
}

/**
 * A paste with no server words the analyzer knows, but a device's own panel code in it ("#801",
 * "CE-01", "Send error 1102"): say so, instead of only "unrecognised", and send the user to the
 * live test that gets the server's words. A documented code's meaning is shown; it names a cause
 * only through the catalogue's own rules, never from the panel alone.
 */
function withDeviceCode<V extends ReturnType<typeof judgeEvidence>>(verdict: V, text: string): V {
  if (!verdict.unrecognised) return verdict;
  const device = readDeviceCode(text);
  if (!device) return verdict;
  const maker = device.vendor
    ? `${device.vendor[0]?.toUpperCase()}${device.vendor.slice(1)}'s`
    : "the device's";
  const said = device.documented
    ? `${device.code} is ${maker} own code: "${device.meaning}" (${device.source}).`
    : `${device.code} looks like ${maker} own panel or log code, not the mail server's reply; SMTP Doctor has no documented meaning for it.`;
  return {
    ...verdict,
    rootCause: {
      ...verdict.rootCause,
      explanation: `${said} ${verdict.rootCause.explanation}`,
      fix: "Run the live test in the wizard with the device's settings (server, port, encryption, login, sender): it shows the server's own words at every stage, which the device's code hides. If the device can print a transmission or send log, paste the lines around the code.",
    },
  };
}

/**
 * Diagnoses pasted text: one reply line, a multi-line reply, an NDR, a device log, a swaks or
 * PowerShell transcript, a client library's error. Never throws: anything unreadable is
 * "unrecognised" with the generic meaning of whatever codes it holds.
 */
export function analyzeText(input: unknown, options: AnalyzeTextOptions = {}): Diagnosis {
  const text = (typeof input === "string" ? input : input == null ? "" : String(input)).slice(
    0,
    MAX_ANALYSED_CHARS,
  );
  const context = withDefaults(options.context);
  const { evidence, replyBlock } = textEvidence(
    text,
    options.stage,
    options.provider ?? context.provider,
    options.patterns,
  );
  const trimmed = text.trim();
  // A short paste is its own evidence; a transcript, log or NDR is shown by its decisive reply.
  const short = trimmed.length <= WHOLE_TEXT_UP_TO && trimmed.split("\n").length <= MAX_WHOLE_LINES;
  const reply = short ? trimmed : (replyBlock ?? trimmed.slice(0, WHOLE_TEXT_UP_TO));
  const codes = describeCodes(evidence.code, evidence.enhanced);
  const verdict = withDeviceCode(judgeEvidence(evidence, context, codes, reply), text);
  return {
    ...verdict,
    codes,
    provider: evidence.provider,
    stage: evidence.stage,
    findings: collectFindings(evidence, context, verdict.rootCause.id),
    ...(verdict.unrecognised
      ? {}
      : { recommended: recommendSettings(evidence, context, verdict.rootCause.id) }),
  };
}
