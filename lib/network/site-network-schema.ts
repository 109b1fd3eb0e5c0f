import { z } from "zod";
import { UNVERIFIED_REASON } from "./network-words";

/**
 * What a network check finds, as schemas: the checkers' result types derive from these, and a
 * report stored with a case is parsed with them on the way in and out, so a stored check is as
 * trustworthy as a stored run.
 */

const text = (max: number) => z.string().max(max);

export const dnsblCodeSchema = z.object({
  address: text(64),
  listed: z.boolean(),
  meaning: text(500),
  sublist: text(40).optional(),
});

/** One DNS question asked of a list, and its answer, as evidence. */
export const dnsblLookupSchema = z.object({
  /** The list's test entry that must be listed (127.0.0.2), the one that must not (127.0.0.1), or the IP. */
  role: z.enum(["test-listed", "test-unlisted", "ip"]),
  /** The name asked, under the list's public zone (never a Data Query Service key). */
  query: text(300),
  /** "IN A 127.0.0.2", "NXDOMAIN", "SERVFAIL", "REFUSED", "no answer within 4 s"… */
  answer: text(300),
});

/** Why a list could not be checked, as a code. */
export const dnsblCauseSchema = z.enum([
  "not-an-ip",
  "ipv4-only",
  /** The resolver gave NXDOMAIN/NODATA for 127.0.0.2: it does not reach the list. */
  "test-entry-missing",
  /** The list says 127.0.0.1 is listed: it lists everything (e.g. shut down), so nothing it says counts. */
  "test-entry-listed",
  /** An answer outside 127.0.0.0/8: a resolver that rewrites answers, not the list. */
  "not-a-list-answer",
  /** The list's own error code (Spamhaus 127.255.255.x: public/open resolver, too many queries…). */
  "list-refused",
  "servfail",
  "refused",
  "timeout",
  "lookup-failed",
  /** Stored before the test entries were asked: its "not listed" was never verified. */
  "unverified",
]);

const currentDnsblResultSchema = z.object({
  listId: text(64),
  listName: text(200),
  impact: z.enum(["high", "medium", "low"]),
  query: text(300),
  status: z.enum(["listed", "not-listed", "could-not-check"]),
  answers: z.array(dnsblCodeSchema).max(20),
  /** Set exactly when the status is "could-not-check". */
  cause: dnsblCauseSchema.nullable(),
  reason: text(500).nullable(),
  /** The test entries' answers, then the IP's: why "listed" or "not listed" can be believed. */
  lookups: z.array(dnsblLookupSchema).max(3),
  /** Where to look the IP up (listed, or could not check) or request removal. */
  delistUrl: text(500).nullable(),
});
type CurrentDnsblResult = z.infer<typeof currentDnsblResultSchema>;

/**
 * A result stored before the lists' test entries were asked has no `lookups`. Its "not listed"
 * could have been a resolver that answers NXDOMAIN for everything, so it reads back as "could not
 * check"; listings and refusals keep their answers.
 */
function upgradeStoredDnsblResult(
  stored: Omit<CurrentDnsblResult, "cause" | "lookups"> & Partial<CurrentDnsblResult>,
): CurrentDnsblResult {
  if (stored.lookups && stored.cause !== undefined)
    return { ...stored, cause: stored.cause, lookups: stored.lookups };
  const lookups: CurrentDnsblResult["lookups"] = [];
  if (stored.status === "listed") return { ...stored, cause: null, lookups };
  if (stored.status === "not-listed") {
    return { ...stored, status: "could-not-check", cause: "unverified", reason: UNVERIFIED_REASON, lookups };
  }
  const cause = stored.answers.some((a) => a.address.startsWith("127.255.255."))
    ? "list-refused"
    : stored.reason === "this list only covers IPv4"
      ? "ipv4-only"
      : "lookup-failed";
  return { ...stored, cause, lookups };
}

export const dnsblResultSchema = currentDnsblResultSchema
  .extend({
    cause: currentDnsblResultSchema.shape.cause.optional(),
    lookups: currentDnsblResultSchema.shape.lookups.optional(),
  })
  .transform(upgradeStoredDnsblResult);

export const ptrResultSchema = z.object({
  ip: text(64),
  status: z.enum(["ok", "missing", "mismatch", "could-not-check"]),
  names: z.array(text(253)).max(50),
  /** Forward-confirmed: the PTR name resolves back to this IP. */
  forwardConfirmed: z.boolean(),
  /** A guess from the name's wording — a hint, never a verdict. */
  hint: z
    .object({ kind: z.enum(["residential-or-dynamic", "cellular", "static-business"]), evidence: text(300) })
    .nullable(),
  reason: text(500).nullable(),
});

export const spfResultSchema = z.object({
  domain: text(253),
  record: text(4096).nullable(),
  /** RFC 7208 results; "none" = no SPF record. */
  result: z.enum(["pass", "fail", "softfail", "neutral", "none", "permerror", "temperror"]),
  /**
   * The mechanism that decided, e.g. "-all", when the evaluator says; null from the RFC 7208
   * library (it reports the result, not the term), and for checks made with it.
   */
  matched: text(300).nullable(),
  /** Domains included along the way (to show "includes Microsoft 365's SPF"). */
  includes: z.array(text(253)).max(20),
  reason: text(500).nullable(),
});

/** Which network a check or a probe describes: ours, or the customer's site at a given IP. */
export const networkLabelSchema = z.object({
  describes: z.enum(["server", "site"]),
  ip: text(64).nullable(),
  label: text(200),
});

export const siteNetworkReportSchema = z
  .object({
    network: networkLabelSchema,
    checkedAt: text(40),
    dnsbl: z.array(dnsblResultSchema).max(20),
    ptr: ptrResultSchema,
    senderDomain: text(253).nullable(),
    senderMx: z.array(z.object({ exchange: text(253), priority: z.number().int() })).max(20),
    spf: spfResultSchema.nullable(),
    listed: z.array(dnsblResultSchema).max(20),
    couldNotCheck: z.array(dnsblResultSchema).max(20),
  })
  // Derived from `dnsbl`, so an old check whose "not listed" reads back unverified is counted.
  .transform((report) => ({
    ...report,
    couldNotCheck: report.dnsbl.filter((result) => result.status === "could-not-check"),
  }));

export type DnsblCode = z.infer<typeof dnsblCodeSchema>;
export type DnsblResult = CurrentDnsblResult;
export type DnsblLookup = z.infer<typeof dnsblLookupSchema>;
export type DnsblCause = z.infer<typeof dnsblCauseSchema>;
export type PtrResult = z.infer<typeof ptrResultSchema>;
export type SpfResult = z.infer<typeof spfResultSchema>;
export type NetworkLabel = z.infer<typeof networkLabelSchema>;
export type SiteNetworkReport = z.infer<typeof siteNetworkReportSchema>;
