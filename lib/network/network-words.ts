import type { DnsblCause, DnsblLookup, DnsblResult, SiteNetworkReport } from "./site-network-schema";

/** The words for a network check, shared by the checkers, the live panel, the report page and the PDF. */

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

export const UNVERIFIED_REASON =
  "checked before SMTP Doctor asked each list's test entries: its “not listed” may only have meant that the resolver did not reach the list";

/** The lookup that decided, named for the reader: "the list's test entry 127.0.0.2 (2.0.0.127.…)". */
function lookupName(lookup: DnsblLookup): string {
  if (lookup.role === "ip") return lookup.query;
  const entry = lookup.query.split(".").slice(0, 4).reverse().join(".");
  return `the list's test entry ${entry} (${lookup.query})`;
}

/**
 * Why a list could not be checked, from its cause and the lookup that showed it. The status says
 * "could not check"; this says why, in terms a helpdesk can repeat to the site's IT.
 */
export function dnsblReason(cause: DnsblCause, lookup: DnsblLookup | null, refusal?: string): string {
  const name = lookup ? lookupName(lookup) : "the list";
  const answer = lookup?.answer ?? "";
  switch (cause) {
    case "not-an-ip":
      return "not an IP address";
    case "ipv4-only":
      return "this list only covers IPv4";
    case "test-entry-missing":
      return `the resolver answered ${answer} for ${name}, which the list always lists: the resolver does not reach the list, so its “no record” for this IP would mean nothing`;
    case "test-entry-listed":
      return `the list answered “listed” (${answer}) even for ${name}, which it must never list: none of its answers can be trusted`;
    case "not-a-list-answer":
      return `the resolver answered ${answer} for ${name}, which is not a blocklist code (127.0.0.x): it rewrites answers`;
    case "list-refused":
      return `the list refused the query for ${name} with ${answer.replace(/^IN A /, "")}${refusal ? ` (${refusal})` : ""}`;
    case "servfail":
    case "refused":
      return `the resolver answered ${answer} for ${name}`;
    case "timeout":
      return `${answer} for ${name}`;
    case "lookup-failed":
      return `the lookup of ${name} failed`;
    case "unverified":
      return UNVERIFIED_REASON;
  }
}

/** A listing's meaning, why the list could not be asked, or what makes "not listed" true. */
export function dnsblDetail(result: DnsblResult): string {
  if (result.status === "listed") {
    return result.answers
      .filter((answer) => answer.listed)
      .map((answer) => answer.meaning)
      .join("; ");
  }
  if (result.status === "not-listed") return "no record for this IP; the list answered its test entries";
  return result.reason ?? "";
}

/**
 * "89.67.45.23.zen.spamhaus.org. IN A 127.0.0.11": the DNS answer itself, in the zone-file form
 * dig prints (plain ASCII, so the PDF's built-in fonts show it as is). For a list that could not
 * be checked, every question asked and what came back.
 */
export function dnsblAnswerLine(result: DnsblResult): string {
  const answers = result.answers.map((answer) => answer.address);
  if (answers.length > 0) return `${result.query}. IN A ${answers.join(", ")}`;
  const lines = result.lookups.map((lookup) => `${lookup.query}. ${lookup.answer}`);
  if (result.status === "not-listed")
    return `${lines.at(-1) ?? `${result.query}. NXDOMAIN`} (no record: not listed)`;
  return lines.join("; ");
}

function splitLists(report: SiteNetworkReport) {
  const names = (status: DnsblResult["status"]) =>
    report.dnsbl.filter((r) => r.status === status).map((r) => r.listName);
  return { listed: names("listed"), clean: names("not-listed"), unchecked: names("could-not-check") };
}

/**
 * A check's blocklists as a predicate ("… is listed by X"): never "on none of the lists" unless a
 * list answered, and never without naming the lists that could not be checked.
 */
export function blocklistVerdict(report: SiteNetworkReport): string {
  const { listed, clean, unchecked } = splitLists(report);
  const notChecked = unchecked.length > 0 ? ` (${unchecked.join(", ")} could not be checked)` : "";
  if (listed.length > 0) return `is listed by ${listed.join(", ")}${notChecked}`;
  if (clean.length === 0) return `could not be checked against any blocklist (${unchecked.join(", ")})`;
  if (unchecked.length === 0) return "is on none of the blocklists checked";
  return `is on none of the blocklists that answered${notChecked}`;
}

/** The same, as a headline: "Listed by X · could not check Y". */
export function blocklistHeadline(report: SiteNetworkReport): string {
  const { listed, clean, unchecked } = splitLists(report);
  const notChecked = unchecked.length > 0 ? ` · could not check ${unchecked.join(", ")}` : "";
  if (listed.length > 0) return `Listed by ${listed.join(", ")}${notChecked}`;
  if (clean.length === 0) return `Could not check any blocklist: ${unchecked.join(", ")}`;
  if (unchecked.length === 0) return "On none of the blocklists checked";
  return `On none of the blocklists that answered${notChecked}`;
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
      return `${names ? `${names} — ` : ""}could not check${ptr.reason ? ` (${ptr.reason})` : ""}`;
  }
}

/** The PTR name's wording as a hint, labelled as one; null when the name says nothing. */
export function ptrHintWords(ptr: SiteNetworkReport["ptr"]): string | null {
  if (!ptr.hint) return null;
  return `hint from the name, not a verdict: looks ${ptr.hint.kind.replace(/-/g, " ")} (“${ptr.hint.evidence}”)`;
}

export function spfWords(spf: NonNullable<SiteNetworkReport["spf"]>): string {
  const record = spf.record ? ` Record: “${spf.record}”` : "";
  const by = spf.matched ? ` (${spf.matched})` : "";
  switch (spf.result) {
    case "pass":
      return `allows this IP${by}.${record}`;
    case "none":
      return "no SPF record";
    case "temperror":
      return `could not check${spf.reason ? ` (${spf.reason})` : " (no answer)"}`;
    case "permerror":
      return `the record is broken${spf.reason ? ` (${spf.reason})` : ""}: receivers treat it as an error.${record}`;
    default:
      return `${spf.result}${by} — this IP is not authorised to send for the domain.${record}`;
  }
}
