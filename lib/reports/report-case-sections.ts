import { blocklistVerdict } from "../network/network-words";
import type { Case, Run, SiteCheck } from "./case-schemas";
import type { DiagnosisView } from "./diagnosis-view";
import { NEEDS_LABELS, providerLabel, STAGE_LABELS, TRI_STATE_LABELS } from "./report-labels";
import type { KeyValueRow, ReportModel, ReportStatus } from "./report-model-types";
import { latestSiteCheck } from "./report-network-sections";
import { networkText, outcomeText, runLabel, targetText } from "./report-run-sections";
import type { RunProof } from "./run-proof";

/** Report pieces built from the case as a whole. `runs` are in seq order throughout. */

export type CaseFacts = {
  theCase: Case;
  runs: Run[];
  failing: Run | undefined;
  validations: Run[];
  latest: Run | undefined;
  diagnosis: DiagnosisView | null;
  /** Network checks, oldest first. */
  checks: SiteCheck[];
  /** What a run proves about the fix for the run it validates (see run-proof.ts). */
  proof: (run: Run) => RunProof;
};

/** "Resolved" only when the last test reached the stage that failed, or could fail (Send As at DATA). */
export function reportStatus({ failing, latest, proof }: CaseFacts): ReportStatus {
  if (latest === undefined) return "not-tested";
  if (latest.result.outcome === "failed") return "failing";
  if (failing === undefined) return "no-failure";
  return proof(latest).proven ? "resolved" : "unproven";
}

export function overview(facts: CaseFacts): ReportModel["overview"] {
  const { theCase, runs, failing, validations, latest, diagnosis } = facts;
  const status = reportStatus(facts);
  const unproven = latest && latest.result.outcome !== "failed" ? facts.proof(latest) : null;
  const statusText = {
    resolved: `Resolved: ${latest ? runLabel(latest) : "the last test"} passed after the change`,
    unproven: `Not proven yet: ${latest ? runLabel(latest) : "the last test"} ${lowerFirst(unproven?.title ?? "")}`,
    failing: `Unresolved: ${latest ? outcomeText(latest) : ""}`,
    "no-failure":
      diagnosis?.rootCause?.id === "ip-blocklisted"
        ? "No failure from SMTP Doctor's server, but the site's public IP is on a blocklist: the device's mail is refused from there"
        : `No failure reproduced${unproven && !unproven.proven ? ` (${lowerFirst(unproven.title)})` : ""}`,
    "not-tested": "Not tested yet",
  }[status];
  const { device, failingFunction, provider } = theCase.context;
  const what = failingFunction ? `complete "${failingFunction}"` : "send mail";
  const platform = provider ? ` through ${providerLabel(provider)}` : "";
  const paragraphs = [`${device || "The device"} could not ${what}${platform}.`];
  if (failing) {
    const passed = failing.result.stages
      .filter((stage) => stage.name !== "quit" && (stage.status === "ok" || stage.status === "warn"))
      .map((stage) => STAGE_LABELS[stage.name]);
    const before = passed.length > 0 ? `${passed.join(", ")} succeeded; then it ` : "It ";
    paragraphs.push(
      `${runLabel(failing)} against ${targetText(failing.settings)}: ${before}${lowerFirst(outcomeText(failing))}.`,
    );
  }
  const cause = diagnosis?.rootCause;
  if (cause)
    paragraphs.push(
      `Root cause${cause.confidence ? ` (confidence: ${cause.confidence})` : ""}: ${cause.title}.`,
    );
  else if (diagnosis?.unrecognised)
    paragraphs.push("The server's reply was not recognised; it is quoted verbatim below.");
  const validation = validations.at(-1);
  if (validation) {
    paragraphs.push(
      `${runLabel(validation)} with ${targetText(validation.settings)}: ${lowerFirst(outcomeText(validation))}.`,
    );
  }
  if (runs.length > 0) paragraphs.push(networkParagraph(runs));
  const site = latestSiteCheck(facts.checks);
  if (site) paragraphs.push(siteParagraph(site));
  return { status, statusText, paragraphs };
}

function siteParagraph(check: SiteCheck): string {
  return `Network check ${check.seq}: ${check.report.network.label} ${blocklistVerdict(check.report)}.`;
}

function networkParagraph(runs: Run[]): string {
  const places = [...new Set(runs.map(networkText))];
  const fromSite = runs.some((run) => run.network.describes === "site");
  const caveat = fromSite
    ? ""
    : " None ran from the device's own network, so what depends on the site's IP (blocklists, ISP port blocks) is inferred, not observed." +
      (runs.some((run) => run.network.requestedFrom)
        ? " A test requested from the customer's browser still connects from SMTP Doctor's server."
        : "");
  return `Tests ran from: ${places.join("; ")}.${caveat}`;
}

export function environmentRows({ theCase, runs, checks }: CaseFacts): KeyValueRow[] {
  const c = theCase.context;
  const checkedIp = latestSiteCheck(checks)?.report.network.ip;
  const rows: KeyValueRow[] = [
    { label: "Device", value: c.device || "Not recorded" },
    ...(c.deviceFamily ? [{ label: "Device family", value: c.deviceFamily }] : []),
    { label: "Function", value: c.failingFunction || "Not recorded" },
    { label: "Email platform", value: providerLabel(c.provider) },
    { label: "Recipients needed", value: NEEDS_LABELS[c.needs] },
    { label: "Site public IP", value: c.site.publicIp || checkedIp || seenIp(runs) || "Unknown" },
    { label: "Static IP", value: TRI_STATE_LABELS[c.staticIp] },
    { label: "Device supports OAuth 2.0", value: TRI_STATE_LABELS[c.deviceSupportsOAuth] },
    { label: "Device supports TLS 1.2", value: TRI_STATE_LABELS[c.deviceSupportsTls12] },
  ];
  if (c.site.note) rows.push({ label: "Site notes", value: c.site.note });
  const first = runs[0];
  if (first) rows.push({ label: "Sender address", value: first.settings.from });
  if (runs.length > 0)
    rows.push({ label: "Tested from", value: [...new Set(runs.map(networkText))].join("; ") });
  return rows;
}

/** The address a customer's browser came from: the site's public IP, unless they were elsewhere. */
function seenIp(runs: Run[]): string | null {
  const ip = runs.find((run) => run.kind === "customer" && run.network.requestedFrom)?.network.requestedFrom;
  return ip ? `${ip} (as seen from the customer's browser)` : null;
}

export function findings(diagnosis: DiagnosisView | null): ReportModel["findings"] {
  const cause = diagnosis?.rootCause;
  return {
    rootCause: cause
      ? {
          id: cause.id,
          title: cause.title,
          confidence: cause.confidence ?? null,
          explanation: cause.explanation ?? null,
          fix: cause.fix ?? null,
          decidedBy: cause.decidedBy ?? null,
        }
      : null,
    items: diagnosis?.findings ?? [],
    otherCauses: diagnosis?.otherCauses ?? [],
    unrecognised: diagnosis?.unrecognised ?? false,
  };
}

export function nextSteps(facts: CaseFacts): string[] {
  const { theCase, runs, validations, latest, diagnosis } = facts;
  const status = reportStatus(facts);
  const steps: string[] = [];
  if (status === "not-tested" || latest === undefined)
    return ["Run the live test with the device's current settings."];
  if (status === "resolved") {
    const sent = latest.result.stages.some((stage) => stage.name === "data" && stage.status === "ok");
    const what = theCase.context.failingFunction || "test message";
    steps.push(`Enter the validated settings on the device (${targetText(latest.settings)}).`);
    if (!sent) steps.push(`Send a real ${what} from the device to confirm delivery end to end.`);
    steps.push("Keep this report: it records the refusal, the change and the validation.");
  } else if (status === "unproven") {
    const proof = facts.proof(latest);
    steps.push(
      `Send a real test message with these settings (the wizard's validation step: "Send a real test message"): ${proof.detail}`,
    );
    if (proof.sendAsUntested) {
      steps.push(
        `Or set the device's sender to the address it logs in with (${proof.sendAsUntested.username}), or have an administrator allow that login to send as ${proof.sendAsUntested.from}.`,
      );
    }
  } else if (status === "failing") {
    const alternatives = diagnosis?.recommended.alternatives ?? [];
    if (validations.length === 0 && (diagnosis?.recommended.rows.length ?? 0) > 0) {
      steps.push("Apply the recommended settings above, then run the validation test.");
    } else if (validations.length > 0 && alternatives[0]) {
      steps.push(`The validation still fails; try the next alternative: ${alternatives[0]}.`);
    }
    if (diagnosis === null || diagnosis.unrecognised) {
      steps.push(
        "Send the verbatim server reply above to the mail provider or the recipient's administrator.",
      );
    }
  } else if (diagnosis?.rootCause && diagnosis.rootCause.id !== "no-error" && diagnosis.rootCause.fix) {
    // Our probe got through, yet a cause was found (e.g. the site's IP on a blocklist): fix that.
    steps.push(`${diagnosis.rootCause.fix}`);
    steps.push("Then test from the device itself: our server's tests cannot show the site's view.");
  } else {
    steps.push(
      `No failure was reproduced from ${networkText(latest)}; check the device's own log or bounce message.`,
    );
    const proof = facts.proof(latest);
    if (!proof.proven) steps.push(`Send a real test message with these settings: ${proof.detail}`);
  }
  const site = latestSiteCheck(facts.checks);
  if (!site) {
    steps.push(
      "Check the site's public IP against the blocklists (Check the site's network, in the wizard's diagnosis step): our server's tests cannot see the site's reputation.",
    );
  }
  // A list that could not be checked is an open question, not a clean result.
  for (const result of site ? site.report.couldNotCheck.filter((r) => r.impact === "high") : []) {
    const where = result.delistUrl
      ? `look the IP up at ${result.delistUrl}`
      : "look the IP up on the list's site";
    steps.push(
      `${result.listName} could not be checked in Network check ${site?.seq} (the reason is beside it): ${where}, or check again through a resolver that reaches the list.`,
    );
  }
  if (!runs.some((run) => run.network.describes === "site" || run.kind === "customer")) {
    steps.push(
      "Repeat the test from the customer's site (send a customer link) to confirm from the device's own network.",
    );
  }
  return steps;
}

function lowerFirst(text: string): string {
  return text.length > 0 ? `${text[0]?.toLowerCase()}${text.slice(1)}` : text;
}
