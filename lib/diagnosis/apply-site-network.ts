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
    !listing ||
    !reliesOnSiteReputation(
      result,
      site.senderMx.map((m) => m.exchange),
    )
  )
    return diagnosis;
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
