import type { DnsblResult, SiteNetworkReport } from "./site-network-schema";

/** The words for a network check, shared by the live panel, the report page and the PDF. */

export const DNSBL_STATUS_WORDS: Record<DnsblResult["status"], string> = {
  listed: "Listed",
  "not-listed": "Not listed",
  "could-not-check": "Could not check",
};

export const IMPACT_WORDS: Record<DnsblResult["impact"], string> = {
  high: "High (used by Microsoft 365 and most receivers)",
  medium: "Medium",
  low: "Low",
};

/** A listing's meaning, or why the list could not be asked. */
export function dnsblDetail(result: DnsblResult): string {
  if (result.status === "listed") {
    return result.answers
      .filter((answer) => answer.listed)
      .map((answer) => answer.meaning)
      .join("; ");
  }
  return result.reason ?? "";
}

/**
 * "89.67.45.23.zen.spamhaus.org. IN A 127.0.0.11": the DNS answer itself, in the zone-file form
 * dig prints (plain ASCII, so the PDF's built-in fonts show it as is).
 */
export function dnsblAnswerLine(result: DnsblResult): string {
  const answers = result.answers.map((answer) => answer.address);
  return answers.length > 0
    ? `${result.query}. IN A ${answers.join(", ")}`
    : `${result.query}. NXDOMAIN (no record: not listed)`;
}

export function ptrWords(ptr: SiteNetworkReport["ptr"]): string {
  const names = ptr.names.join(", ");
  switch (ptr.status) {
    case "ok":
      return `${names} (confirmed: it points back to ${ptr.ip})`;
    case "missing":
      return "none — receivers often distrust an address without one";
    case "mismatch":
      return `${names} — does not point back to ${ptr.ip}`;
    case "could-not-check":
      return `could not check${ptr.reason ? ` (${ptr.reason})` : ""}`;
  }
}

/** The PTR name's wording as a hint, labelled as one; null when the name says nothing. */
export function ptrHintWords(ptr: SiteNetworkReport["ptr"]): string | null {
  if (!ptr.hint) return null;
  return `hint from the name, not a verdict: looks ${ptr.hint.kind.replace(/-/g, " ")} (“${ptr.hint.evidence}”)`;
}

export function spfWords(spf: NonNullable<SiteNetworkReport["spf"]>): string {
  if (spf.result === "pass") return `allows this IP (${spf.matched})`;
  if (spf.result === "none") return "no SPF record";
  if (spf.result === "permerror" || spf.result === "temperror") {
    return `${spf.result}${spf.reason ? ` (${spf.reason})` : ""} — could not be evaluated`;
  }
  return `${spf.result}${spf.matched ? ` (${spf.matched})` : ""} — this IP is not authorised to send for the domain`;
}
