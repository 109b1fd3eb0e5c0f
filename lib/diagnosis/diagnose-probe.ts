import { detectProvider } from "../providers/detect-provider";
import type { ProbeErrorCode, ProbeResult, StageResult } from "../smtp/probe-schema";
import { describeCodes } from "./describe-codes";
import { describeSteps } from "./describe-steps";
import { type DiagnosisContextInput, withDefaults } from "./diagnosis-context";
import type { Diagnosis } from "./diagnosis-schema";
import { type Evidence, matchEnhancedCodes, matchPatterns } from "./evidence";
import { collectFindings } from "./findings/collect-findings";
import { judgeEvidence } from "./judge-evidence";
import { normaliseReply } from "./normalise-reply";
import { readErrorText } from "./read-error-text";
import { recommendSettings } from "./recommend/recommend-settings";

// Probe errors whose message is SMTP Doctor's own explanation (e.g. "…allow an untrusted certificate…").
const ENGINE_WORDED: ReadonlySet<ProbeErrorCode> = new Set(["ENOTLS", "ECERT", "ENOAUTH", "ENOSTARTTLS"]);

/** The stage the diagnosis rests on: the one that stopped the run, else the last one that ran. */
export function decisiveStage(result: ProbeResult): StageResult | null {
  const failed =
    result.stages.find((s) => s.name === result.failedStage) ??
    result.stages.find((s) => s.status === "failed");
  if (failed) return failed;
  return [...result.stages].reverse().find((s) => s.status !== "skipped" && s.reply) ?? null;
}

function bannerOf(result: ProbeResult): string {
  const greeting = result.stages.find((s) => s.name === "greeting")?.reply?.text ?? "";
  const ehlo = result.stages.find((s) => s.name === "ehlo")?.facts.ehlo?.serverName ?? "";
  return `${greeting} ${ehlo}`.trim();
}

/** The probe run as evidence: the decisive reply verbatim, the engine's error, the tested settings. */
export function probeEvidence(
  result: ProbeResult,
  stage: StageResult | null,
  providerHint?: string | null,
): Evidence {
  const reply = stage?.reply ?? null;
  const replyText = reply ? reply.lines.join("\n") : "";
  const errorText = stage?.status === "failed" && stage.error ? stage.error.message : "";
  // Patterns read the server's words and the engine's error message when it quotes the TLS library
  // or the OS ("alert protocol version"); messages the engine writes itself are judged by their code.
  const ownWords = stage?.error && ENGINE_WORDED.has(stage.error.code);
  const text = [replyText, ownWords ? "" : errorText].filter(Boolean).join("\n");
  const read = readErrorText(text);
  const enhancedCodes = [...new Set([...(reply?.enhanced ? [reply.enhanced] : []), ...read.enhancedCodes])];
  const senderMx = (result.stages.find((s) => s.name === "resolve")?.facts.senderMx ?? []).map(
    (m) => m.exchange,
  );
  const provider =
    (providerHint as Evidence["provider"]) ??
    detectProvider({ host: result.target.host, banner: bannerOf(result), senderMx, replyText: text })?.id ??
    null;
  const words = normaliseReply(text);
  const name = stage?.name ?? null;
  const code = reply?.code ?? null;
  const enhanced = reply?.enhanced ?? null;
  return {
    source: "probe",
    stage: name,
    code,
    enhanced,
    enhancedCodes,
    replyCodes: read.codes,
    systemCodes: read.systemCodes,
    errorCode: stage?.status === "failed" ? (stage.error?.code ?? null) : null,
    // A failed stage whose last reply was a success (e.g. "220 Ready to start TLS", then the handshake
    // failed) is shown with the engine's error: the reply alone would read as if nothing went wrong.
    verbatim:
      replyText && errorText && (reply?.code ?? 0) < 400
        ? `${replyText}\n${errorText}`
        : replyText || errorText,
    words,
    provider,
    target: {
      host: result.target.host,
      port: result.target.port,
      security: result.target.security,
      auth: result.target.auth,
      username: result.target.username,
      from: result.target.from,
    },
    probe: result,
    // A run that ended on a passed stage's success reply ("221 … closing transmission channel"):
    // no wording can name a failure there, and reading it would compile a score of patterns.
    patternHits: stage?.status === "ok" && (code ?? 0) < 400 ? new Map() : matchPatterns(words, name),
    codeHits: matchEnhancedCodes(code, enhanced, enhancedCodes, provider),
  };
}

/**
 * Diagnoses a probe run: the root cause with the server's exact words, the runners-up, one step
 * per stage, findings that are not the root cause, and corrected settings. Pure: same run and
 * context, same diagnosis.
 */
export function diagnoseProbe(result: ProbeResult, contextInput: DiagnosisContextInput = {}): Diagnosis {
  const context = withDefaults(contextInput);
  const stage = decisiveStage(result);
  const evidence = probeEvidence(result, stage, context.provider ?? null);
  const codes = describeCodes(evidence.code, evidence.enhanced);
  const verdict = judgeEvidence(evidence, context, codes, evidence.verbatim);
  const failedMeaning = verdict.unrecognised
    ? verdict.rootCause.explanation
    : `${verdict.rootCause.explanation} Fix: ${verdict.rootCause.fix}`;
  return {
    ...verdict,
    codes,
    provider: evidence.provider,
    stage: evidence.stage,
    findings: collectFindings(evidence, context, verdict.rootCause.id),
    ...(verdict.unrecognised
      ? {}
      : { recommended: recommendSettings(evidence, context, verdict.rootCause.id) }),
    steps: describeSteps(result, failedMeaning),
  };
}
