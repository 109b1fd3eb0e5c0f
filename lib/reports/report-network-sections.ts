import { applySiteNetwork } from "../diagnosis/apply-site-network";
import type { Diagnosis } from "../diagnosis/diagnosis-schema";
import {
  blocklistHeadline,
  DNSBL_STATUS_WORDS,
  dnsblAnswerLine,
  dnsblDetail,
  IMPACT_WORDS,
  ptrHintWords,
  ptrWords,
  spfWords,
} from "../network/network-words";
import type { Run, SiteCheck } from "./case-schemas";
import { formatTime } from "./format-time";
import type { EvidenceItem, KeyValueRow, NetworkCheckView } from "./report-model-types";
import type { StoredDiagnosis } from "./stored-diagnosis";

/** Report pieces built from the case's network checks (blocklists, reverse DNS, SPF). */

/** The most recent check of the site's own network (not our server's), if any. */
export function latestSiteCheck(checks: readonly SiteCheck[]): SiteCheck | undefined {
  return [...checks].reverse().find((check) => check.report.network.describes === "site");
}

export function checkLabel(check: SiteCheck): string {
  return `Network check ${check.seq}`;
}

export function networkCheckView(check: SiteCheck): NetworkCheckView {
  const { report } = check;
  const rows: KeyValueRow[] = [
    { label: "Blocklists", value: blocklistHeadline(report) },
    { label: "Reverse DNS (PTR)", value: ptrWords(report.ptr) },
  ];
  const hint = ptrHintWords(report.ptr);
  if (hint) rows.push({ label: "Network type", value: hint });
  if (report.senderDomain) {
    rows.push({
      label: `Mail servers (MX) of ${report.senderDomain}`,
      value: report.senderMx.map((mx) => `${mx.exchange} (${mx.priority})`).join(", ") || "none found",
    });
  }
  if (report.spf) rows.push({ label: `SPF of ${report.spf.domain}`, value: spfWords(report.spf) });
  return {
    label: checkLabel(check),
    checkedAt: formatTime(report.checkedAt),
    describes: report.network.describes,
    network: report.network.label,
    lists: report.dnsbl.map((result) => ({
      list: result.listName,
      impact: IMPACT_WORDS[result.impact],
      status: result.status,
      result: DNSBL_STATUS_WORDS[result.status],
      detail: dnsblDetail(result),
      answer: dnsblAnswerLine(result),
    })),
    rows,
  };
}

/** A listing is evidence like a server's refusal: the DNS answer verbatim, and what it means. */
export function networkEvidence(check: SiteCheck): EvidenceItem[] {
  const { report } = check;
  return report.listed.map((result) => {
    const confirms = [
      `${report.network.ip ?? "The address"} is listed by ${result.listName}: ${dnsblDetail(result)}.`,
    ];
    if (report.network.describes === "site") {
      confirms.push(
        "Receivers that judge mail by the sending IP (Direct Send, delivery to an MX on port 25) refuse the device's mail from this network, whatever its settings.",
      );
    }
    if (result.delistUrl) confirms.push(`Look up or request removal: ${result.delistUrl}`);
    return {
      heading: `${checkLabel(check)} (${formatTime(report.checkedAt)}), ${result.listName} answered for ${report.network.label}:`,
      runLabel: checkLabel(check),
      stage: "Blocklist (DNSBL)",
      lines: [dnsblAnswerLine(result)],
      confirms,
    };
  });
}

/**
 * A run's diagnosis in the light of the site's latest check: a Direct Send run our server got
 * through is still refused from a listed site IP. Pure; the stored diagnosis is left as it was.
 */
export function effectiveDiagnosis(run: Run, checks: readonly SiteCheck[]): StoredDiagnosis | null {
  if (run.diagnosis === null) return null;
  const latestSite = latestSiteCheck(checks);
  if (!latestSite) return run.diagnosis;
  return applySiteNetwork(run.diagnosis as Diagnosis, run.result, latestSite.report);
}
