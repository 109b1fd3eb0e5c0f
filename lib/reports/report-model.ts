import { sendAsProvider } from "../providers/send-as";
import { sendAsGap } from "../providers/send-as-gap";
import type { StageName } from "../smtp/probe-schema";
import type { Case, Run, SiteCheck } from "./case-schemas";
import { readDiagnosis } from "./diagnosis-view";
import { maskForViewer, type Viewer } from "./mask-for-viewer";
import { type CaseFacts, environmentRows, findings, nextSteps, overview } from "./report-case-sections";
import { type DeviceSessionInput, deviceSection } from "./report-device-section";
import type { ReportModel } from "./report-model-types";
import {
  checkLabel,
  effectiveDiagnosis,
  latestSiteCheck,
  networkCheckView,
  networkEvidence,
} from "./report-network-sections";
import {
  beforeAfterRows,
  evidenceItems,
  networkText,
  outcomeHeadline,
  outcomeText,
  runLabel,
  runTable,
  settingsRows,
  symptomItems,
} from "./report-run-sections";
import { judgeRun, type RunProof } from "./run-proof";

export type ReportOptions = {
  viewer: Viewer;
  /** Secrets to mask if they ever appear (none are stored; a last line of defence). */
  secrets?: string[];
  /** The case's network checks, oldest first. */
  siteChecks?: readonly SiteCheck[];
  /** What the device did on the capture server, oldest first. */
  device?: readonly DeviceSessionInput[];
};

/**
 * The report for a case, as data, in the founding case study's order. Pure: the same case, runs and
 * viewer give the same model. Masking for report-link viewers happens here, so no renderer can
 * forget it.
 */
export function buildReportModel(theCase: Case, runs: Run[], options: ReportOptions): ReportModel {
  const view = maskForViewer({ case: theCase, runs }, options);
  const ordered = [...view.runs].sort((a, b) => a.seq - b.seq);
  const checks = [...(options.siteChecks ?? [])].sort((a, b) => a.seq - b.seq);
  const failing = ordered.find((run) => run.result.outcome === "failed");
  // A customer's run of the recommended settings validates the fix as much as the agent's does.
  const validations = ordered.filter((run) => run.kind === "validation" || run.validatesRunId !== null);
  const lastValidation = validations.at(-1);
  // The run the fix is about: the one the last validation validates, else the first failure.
  const diagnosed =
    ordered.find((run) => run.id === lastValidation?.validatesRunId) ??
    failing ??
    [...ordered].reverse().find((run) => run.diagnosis !== null);
  const originals = new Map(runs.map((run) => [run.id, run]));
  const proof = (run: Run): RunProof => {
    const validated = ordered.find((other) => other.id === run.validatesRunId) ?? failing;
    const provider = run.diagnosis?.provider ?? view.case.context.provider;
    // Judged on the stored addresses (masks of two different ones can look alike), worded masked.
    const gap = sendAsGap((originals.get(run.id) ?? run).result.target, sendAsProvider(provider));
    const sendAs = gap && {
      ...gap,
      username: run.result.target.username ?? "",
      from: run.result.target.from,
    };
    return judgeRun(run.result, {
      failedStage: validated && validated.id !== run.id ? validated.result.failedStage : null,
      provider,
      sendAs,
    });
  };
  const facts: CaseFacts = {
    proof,
    theCase: view.case,
    runs: ordered,
    failing,
    validations,
    latest: ordered.at(-1),
    // The site's blocklist listing can be the root cause even where our own probe got through.
    diagnosis: readDiagnosis(diagnosed ? effectiveDiagnosis(diagnosed, checks) : null),
    checks,
  };
  const first = ordered[0];
  const recommended = facts.diagnosis?.recommended ?? { rows: [], alternatives: [] };

  return {
    title: view.case.title,
    caseId: view.case.id,
    reference: view.case.reference,
    createdAt: view.case.createdAt,
    updatedAt: view.case.updatedAt,
    viewer: options.viewer,
    overview: overview(facts),
    environment: { rows: environmentRows(facts) },
    initialConfiguration: first
      ? {
          runLabel: runLabel(first),
          outcomeText: outcomeText(first),
          outcomeHeadline: outcomeHeadline(first),
          rows: settingsRows(first.settings),
        }
      : null,
    symptoms: failing
      ? { runLabel: runLabel(failing), items: symptomItems(failing) }
      : siteSymptoms(checks, facts.diagnosis?.rootCause?.id),
    device: deviceSection(options.device, options.viewer === "report"),
    testing: { runs: ordered.map(runTable), networkChecks: checks.map(networkCheckView) },
    evidence: { items: [...ordered.flatMap(evidenceItems), ...checks.flatMap(networkEvidence)] },
    findings: findings(facts.diagnosis),
    correctiveAction: {
      recommended: recommended.rows.map((row) => ({
        setting: row.setting,
        current: row.current ?? "",
        recommended: row.recommended,
        why: row.why ?? "",
      })),
      alternatives: recommended.alternatives,
      updatedConfiguration: lastValidation
        ? { runLabel: runLabel(lastValidation), rows: settingsRows(lastValidation.settings) }
        : null,
    },
    validation: lastValidation
      ? {
          runs: validations.map(runTable),
          beforeAfter: beforeAfterRows(
            ordered.find((run) => run.id === lastValidation.validatesRunId) ?? failing ?? lastValidation,
            lastValidation,
          ),
          statements: validationStatements(lastValidation, proof(lastValidation)),
          passed: passedWords(lastValidation),
        }
      : null,
    nextSteps: nextSteps(facts),
    appendix: ordered.map((run) => ({ runLabel: runLabel(run), lines: run.result.transcript })),
  };
}

/**
 * No test failed, but the site's IP is listed and that is the root cause: the symptom is what the
 * device meets from the site, inferred from the listing (our server's own test got through).
 */
function siteSymptoms(checks: SiteCheck[], rootCauseId: string | undefined): ReportModel["symptoms"] {
  const site = latestSiteCheck(checks);
  if (!site || rootCauseId !== "ip-blocklisted" || site.report.listed.length === 0) return null;
  const lists = site.report.listed.map((result) => result.listName).join(", ");
  return {
    runLabel: checkLabel(site),
    items: [
      `${upperFirst(site.report.network.label)} is listed by ${lists}.`,
      "Receivers that judge the sending IP refuse mail from there at RCPT TO, typically with 550 5.7.1 naming the list (inferred: SMTP Doctor's own test connects from its server and was not refused).",
    ],
  };
}

const PASSED_WORDS: Partial<Record<StageName, string>> = {
  connect: "SMTP connection succeeded",
  tls: "Encryption (TLS) succeeded",
  auth: "SMTP authentication succeeded",
  mail: "Sender accepted (MAIL FROM)",
  rcpt: "Recipient accepted (RCPT TO)",
  data: "Test message accepted for delivery (DATA)",
};

function passedWords(run: Run): string[] {
  return run.result.stages
    .filter((stage) => stage.status === "ok" || stage.status === "warn")
    .flatMap((stage) => PASSED_WORDS[stage.name] ?? []);
}

function validationStatements(run: Run, proof: RunProof): string[] {
  const passed = run.result.stages.filter((stage) => stage.status === "ok" || stage.status === "warn");
  const out = passedWords(run);
  if (run.result.outcome === "failed") out.push(`Still failing: ${outcomeText(run)}`);
  else if (!proof.proven) out.push(`${proof.title}: ${proof.detail}`);
  else if (!passed.some((stage) => stage.name === "data")) {
    out.push("No test message was sent: the server's acceptance is proven, delivery is not.");
  }
  if (run.network.describes === "server") {
    out.push(`This validation ran from ${networkText(run)}, not from the device's network.`);
  }
  return out;
}

function upperFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toUpperCase()}${text.slice(1)}` : text;
}
