import { z } from "zod";
import type { SiteNetworkReport } from "./check-site-network";

/**
 * A site network report as stored with a case: the same shape `checkSiteNetwork` returns, parsed
 * on the way in and out so a stored check is as trustworthy as a stored run.
 */

const text = (max: number) => z.string().max(max);

const dnsblCodeSchema = z.object({
  address: text(64),
  listed: z.boolean(),
  meaning: text(500),
  sublist: text(40).optional(),
});

const dnsblResultSchema = z.object({
  listId: text(64),
  listName: text(200),
  impact: z.enum(["high", "medium", "low"]),
  query: text(300),
  status: z.enum(["listed", "not-listed", "could-not-check"]),
  answers: z.array(dnsblCodeSchema).max(20),
  reason: text(500).nullable(),
  delistUrl: text(500).nullable(),
});

export const siteNetworkReportSchema = z.object({
  network: z.object({ describes: z.enum(["server", "site"]), ip: text(64).nullable(), label: text(200) }),
  checkedAt: text(40),
  dnsbl: z.array(dnsblResultSchema).max(20),
  ptr: z.object({
    ip: text(64),
    status: z.enum(["ok", "missing", "mismatch", "could-not-check"]),
    names: z.array(text(253)).max(20),
    forwardConfirmed: z.boolean(),
    hint: z
      .object({
        kind: z.enum(["residential-or-dynamic", "cellular", "static-business"]),
        evidence: text(300),
      })
      .nullable(),
    reason: text(500).nullable(),
  }),
  senderDomain: text(253).nullable(),
  senderMx: z.array(z.object({ exchange: text(253), priority: z.number().int() })).max(20),
  spf: z
    .object({
      domain: text(253),
      record: text(2000).nullable(),
      result: z.enum(["pass", "fail", "softfail", "neutral", "none", "permerror", "temperror"]),
      matched: text(300).nullable(),
      includes: z.array(text(253)).max(20),
      reason: text(500).nullable(),
    })
    .nullable(),
  listed: z.array(dnsblResultSchema).max(20),
  couldNotCheck: z.array(dnsblResultSchema).max(20),
});

// The schema and the checker's type must describe the same thing, both ways.
type Parsed = z.infer<typeof siteNetworkReportSchema>;
const _toParsed = (report: SiteNetworkReport): Parsed => report;
const _toReport = (parsed: Parsed): SiteNetworkReport => parsed;
void _toParsed;
void _toReport;
