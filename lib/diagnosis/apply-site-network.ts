import type { SiteNetworkReport } from "../network/site-network-schema";
import type { ProbeResult } from "../smtp/probe-schema";
import { catalogueLink, causeById } from "./causes";
import type { Diagnosis } from "./diagnosis-schema";

const MX_HOST =
  /\.mail\.protection\.outlook\.com\.?$|^aspmx\.l\.google\.com\.?$|^alt\d\.aspmx\.l\.google\.com\.?$/i;

/**
 * Is this configuration judged by the sending IP's reputation? Unauthenticated delivery to an MX
 * (Direct Send, port 25) is; authenticated submission is not.
 */
export function reliesOnSiteReputation(result: ProbeResult, senderMx: readonly string[]): boolean {
  const host = result.target.host.toLowerCase();
  if (result.target.auth !== "none") return false;
  return (
    MX_HOST.test(host) ||
    senderMx.some((mx) => mx.toLowerCase().replace(/\.$/, "") === host.replace(/\.$/, "")) ||
    result.target.port === 25
  );
}

/**
 * The founding case without a probe refusal: our server's IP was accepted, but the device sends
 * from the site's IP, which a high-impact list names. For a configuration judged by reputation,
 * that listing is the root cause — with the DNSBL's own answer as evidence. The probe's diagnosis
 * stays as an "other cause" so nothing is hidden.
 */
export function applySiteNetwork(
  diagnosis: Diagnosis,
  result: ProbeResult,
  site: SiteNetworkReport,
): Diagnosis {
  const listing = site.listed.find((r) => r.impact === "high") ?? null;
  if (
    !reliesOnSiteReputation(
      result,
      site.senderMx.map((m) => m.exchange),
    )
  )
    return diagnosis;
  if (!listing) return withUncheckedLists(diagnosis, site);
  // Already the root cause (the server's own refusal, or an earlier site check): nothing to add.
  if (diagnosis.rootCause.id === "ip-blocklisted") return diagnosis;
  const answers = listing.answers.filter((a) => a.listed);
  const cause = causeById("ip-blocklisted");
  const evidence = `${listing.query} → ${answers.map((a) => a.address).join(", ")} (${listing.listName}: ${answers.map((a) => a.meaning).join("; ")})`;
  const previous =
    diagnosis.rootCause.id === "no-error" || diagnosis.rootCause.id === "unrecognised"
      ? []
      : [diagnosis.rootCause];
  return {
    ...diagnosis,
    rootCause: {
      id: "ip-blocklisted",
      title: cause.title,
      confidence: 0.85,
      evidence: { stage: null, reply: evidence },
      explanation:
        `The test from SMTP Doctor's server was not refused, but the device sends from ${site.network.label}, ` +
        `which ${listing.listName} lists. This configuration (no authentication, delivery to the MX on port 25) ` +
        "is judged by the sending IP's reputation, so the server refuses the device's mail at RCPT TO even though every earlier step works.",
      fix: "Use authenticated submission (e.g. smtp.office365.com, 587, STARTTLS, the sender's mailbox), or relay through a host with a clean static IP, or ask the ISP for a clean static address and request delisting.",
      signal: `dnsbl:${listing.listId}`,
      catalogue: catalogueLink("ip-blocklisted"),
    },
    otherCauses: [
      ...previous.map((c) => ({ id: c.id, title: c.title, confidence: Math.min(c.confidence, 0.5) })),
      ...diagnosis.otherCauses,
    ],
  };
}

/**
 * No listing found, but a list that matters could not be asked (a resolver that does not reach
 * it, a refusal code): that is an open question for a configuration judged by the site's IP, and
 * the diagnosis says so rather than reading as a clean bill.
 */
function withUncheckedLists(diagnosis: Diagnosis, site: SiteNetworkReport): Diagnosis {
  const unchecked = site.couldNotCheck.find((r) => r.impact === "high");
  if (!unchecked || diagnosis.findings.some((f) => f.id === "site-blocklist-not-checked")) return diagnosis;
  const lookUp = unchecked.delistUrl ? ` Look the IP up at ${unchecked.delistUrl}.` : "";
  const reason = unchecked.reason ?? "the list did not answer";
  return {
    ...diagnosis,
    findings: [
      ...diagnosis.findings,
      {
        id: "site-blocklist-not-checked",
        severity: "warning",
        title: `The site's IP${site.network.ip ? ` (${site.network.ip})` : ""} could not be checked against ${unchecked.listName}`,
        detail:
          `Could not check: ${reason}. This configuration is judged by the sending IP's reputation, ` +
          `so a listing would refuse the device's mail even though every step works from our server.${lookUp}`,
        asOf: null,
        source: "SMTP Doctor site network check (DNSBL test entries)",
      },
    ],
  };
}
