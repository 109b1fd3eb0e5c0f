import { z } from "zod";

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

export const dnsblResultSchema = z.object({
  listId: text(64),
  listName: text(200),
  impact: z.enum(["high", "medium", "low"]),
  query: text(300),
  status: z.enum(["listed", "not-listed", "could-not-check"]),
  answers: z.array(dnsblCodeSchema).max(20),
  reason: text(500).nullable(),
  delistUrl: text(500).nullable(),
});

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
  /** The mechanism that decided, e.g. "include:spf.protection.outlook.com" or "-all". */
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

export const siteNetworkReportSchema = z.object({
  network: networkLabelSchema,
  checkedAt: text(40),
  dnsbl: z.array(dnsblResultSchema).max(20),
  ptr: ptrResultSchema,
  senderDomain: text(253).nullable(),
  senderMx: z.array(z.object({ exchange: text(253), priority: z.number().int() })).max(20),
  spf: spfResultSchema.nullable(),
  listed: z.array(dnsblResultSchema).max(20),
  couldNotCheck: z.array(dnsblResultSchema).max(20),
});

export type DnsblCode = z.infer<typeof dnsblCodeSchema>;
export type DnsblResult = z.infer<typeof dnsblResultSchema>;
export type PtrResult = z.infer<typeof ptrResultSchema>;
export type SpfResult = z.infer<typeof spfResultSchema>;
export type NetworkLabel = z.infer<typeof networkLabelSchema>;
export type SiteNetworkReport = z.infer<typeof siteNetworkReportSchema>;
