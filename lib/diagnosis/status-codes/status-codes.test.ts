import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import type { StageName } from "../../smtp/probe-schema";
import { analyzeText, textEvidence } from "../analyze-text";
import { CAUSES } from "../causes";
import { findEnhancedSignal } from "../reply-patterns/find-enhanced-signal";
import { diagnosisRules } from "../rules";
import { googleStatusCodes } from "./google";
import { statusCodes } from "./index";
import { microsoftStatusCodes } from "./microsoft";
import { type CodeSpan, readStatusCode, spanOf } from "./read-status-code";
import { ianaStatusCodes } from "./registry";
import { type StatusCodeEntry, statusCodeEntrySchema } from "./status-code-schema";

/** The IANA registry's enumerated codes (updated 2024-12-06): every one must have an entry. */
const IANA_REGISTRY = [
  "X.0.0",
  ...range(1, 0, 10),
  ...range(2, 0, 4),
  ...range(3, 0, 6),
  ...range(4, 0, 7),
  ...range(5, 0, 6),
  ...range(6, 0, 10),
  ...range(7, 0, 30),
];

function range(subject: number, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `X.${subject}.${from + i}`);
}

test("every entry parses, names a real cause, and cites its source", () => {
  const causes = new Set(CAUSES.map((c) => c.id));
  for (const entry of statusCodes) {
    statusCodeEntrySchema.parse(entry);
    const span = spanOf(entry.code);
    assert.ok(span.low <= span.high, `${entry.code}: range backwards`);
    assert.ok(entry.source.length > 5, `${entry.code}: no source`);
    for (const c of entry.causes ?? []) {
      assert.ok(causes.has(c.cause), `${entry.code}: unknown cause ${c.cause}`);
      assert.ok(c.cause !== "unrecognised" && c.cause !== "no-error", `${entry.code}: codes name failures`);
      // An entry for one class cannot name a cause for the other.
      if (span.cls !== "X") assert.deepEqual(c.classes, [span.cls], `${entry.code}: class`);
    }
  }
  for (const entry of ianaStatusCodes) {
    assert.equal(entry.providers, undefined, entry.code);
    assert.match(entry.rfc ?? "", /^(RFC \d{4}|draft-)/, `${entry.code}: the registering document`);
  }
  for (const entry of [...microsoftStatusCodes, ...googleStatusCodes]) assert.ok(entry.providers, entry.code);
});

test("the IANA part holds exactly the registry's codes", () => {
  assert.deepEqual(ianaStatusCodes.map((e) => e.code).sort(), [...IANA_REGISTRY].sort());
});

test("no 4.x.x code names a permanent cause (each rule says whether its cause is permanent)", () => {
  const permanent = new Set(diagnosisRules.filter((r) => r.persistence === "permanent").map((r) => r.id));
  for (const entry of statusCodes)
    for (const c of entry.causes ?? [])
      if (c.classes.includes("4"))
        assert.ok(!permanent.has(c.cause), `${entry.code} names ${c.cause} for a temporary refusal`);
});

function overlap(a: CodeSpan, b: CodeSpan): boolean {
  const cls = a.cls === "X" || b.cls === "X" || a.cls === b.cls;
  return cls && a.subject === b.subject && a.low <= b.high && b.low <= a.high;
}

function basicsMeet(a: StatusCodeEntry, b: StatusCodeEntry): boolean {
  if (!a.basic || !b.basic) return true;
  return a.basic.some((code) => b.basic?.includes(code));
}

test("ranges do not overlap where they could both apply", () => {
  const clashes: string[] = [];
  const groups: [string, readonly StatusCodeEntry[]][] = [
    ["IANA", ianaStatusCodes],
    ["Microsoft", microsoftStatusCodes],
    ["Google", googleStatusCodes],
    // Provider unknown: every provider entry that does not wait for its provider competes.
    ["provider unknown", statusCodes.filter((e) => e.providers && !e.providerOnly)],
  ];
  for (const [name, entries] of groups)
    entries.forEach((a, i) => {
      for (const b of entries.slice(i + 1))
        if (overlap(spanOf(a.code), spanOf(b.code)) && basicsMeet(a, b))
          clashes.push(`${name}: ${a.code} and ${b.code}`);
    });
  assert.deepEqual(clashes, []);
});

test("every cause a code names is one its rule listens to", () => {
  const { evidence } = textEvidence("", null, null, []);
  const deaf = new Set<string>();
  for (const entry of statusCodes)
    for (const c of entry.causes ?? []) {
      const rule = diagnosisRules.find((r) => r.id === c.cause);
      const codeHits = new Map([
        [c.cause, { confidence: 0.99, code: entry.code, title: entry.title, providerSpecific: false }],
      ]);
      const match = rule?.match({ ...evidence, codeHits });
      if (!match?.signal.includes("enhanced status code")) deaf.add(`${entry.code} → ${c.cause}`);
    }
  assert.deepEqual([...deaf], []);
});

test("the reading depends on the class, the basic code and the provider", () => {
  const cause = (enhanced: string, basic: number | null, provider?: Parameters<typeof readStatusCode>[2]) =>
    readStatusCode(enhanced, basic, provider)?.cause?.cause ?? null;
  assert.equal(cause("5.1.1", 550), "recipient-unknown");
  assert.equal(
    cause("4.1.1", 450),
    null,
    "a temporary 'bad mailbox' (Postfix's unverified recipient) is not 'unknown'",
  );
  assert.equal(cause("5.7.1", 550), null, "5.7.1 means many things");
  assert.equal(cause("4.7.1", 451), null);
  assert.equal(cause("5.4.14", 554), "routing-error");
  assert.equal(cause("4.4.6", 451), "routing-error");
  assert.equal(cause("556", 556), null);
  assert.equal(cause("5.1.10", 556), "routing-error", "RFC 7505: 556 5.1.10 is a null MX");
  assert.equal(cause("5.1.10", 550), "recipient-unknown", "Microsoft: recipient not found");
  assert.equal(cause("5.7.30", 550), "auth-basic-retired");
  assert.equal(cause("5.7.30", 550, "google-workspace"), "sender-authentication-failed");
  assert.equal(cause("5.7.30", 550, "yahoo"), null, "elsewhere it is RFC 8689's REQUIRETLS");
  assert.equal(cause("5.2.2", 552), "recipient-mailbox-full");
  assert.equal(cause("5.2.2", 550, "microsoft-365"), "rate-limited", "Microsoft: submission quota exceeded");
  assert.equal(cause("5.1.8", 550, "microsoft-365"), "sender-account-restricted");
  assert.equal(cause("5.1.8", 550), "sender-rejected");
  assert.equal(cause("4.7.23", 421), "reverse-dns-missing", "Gmail's 421 4.7.23 is a missing PTR");
  assert.equal(cause("5.7.23", 550), "sender-authentication-failed");
  assert.equal(cause("5.7.9", 534), "auth-app-password-required");
  assert.equal(cause("5.7.9", 534, "yahoo"), "auth-mechanism-unsupported", "RFC 4954: mechanism too weak");
  assert.equal(cause("5.7.9", 554), null, "Yahoo's 554 5.7.9 is a content policy");
  assert.equal(cause("5.7.3", 535), "auth-failed");
  assert.equal(cause("5.7.3", null), null, "Microsoft also says 5.7.3 STARTTLS is required");
  assert.equal(cause("5.7.520", 550), null, "Microsoft's 5.7.520 is two different refusals");
  assert.equal(cause("5.7.640", 550), "ip-blocklisted");
  assert.equal(cause("5.7.720", 550), "sender-account-restricted");
  assert.equal(cause("4.2.1", 450), null, "the registry's 4.2.1 is a disabled mailbox; Gmail's a rate");
  assert.equal(cause("4.2.1", 450, "google-workspace"), "rate-limited");
  assert.equal(cause("5.5.4", 501), null);
  assert.equal(cause("5.5.4", 501, "google-workspace"), "helo-rejected");
  assert.equal(readStatusCode("9.9.9", 550), null);
  assert.equal(findEnhancedSignal("9.9.9", 550), null);
  assert.equal(readStatusCode("4.2.2", 452)?.kind, "temporary");
  assert.equal(readStatusCode("5.9.999", 550)?.entry, null);
});

type Case = { id: string; reply: string; stage: StageName | null; cause: string };

function corpus(): Map<string, Case> {
  const dir = new URL("../testdata/", import.meta.url);
  const cases = new Map<string, Case>();
  for (const name of readdirSync(dir).filter((n) => n.endsWith(".jsonl")))
    for (const line of readFileSync(new URL(name, dir), "utf8").split("\n"))
      if (line.trim()) {
        const c = JSON.parse(line) as Case;
        cases.set(c.id, c);
      }
  return cases;
}

/**
 * Real replies (lib/diagnosis/testdata) judged with no wording knowledge at all: the enhanced
 * code alone must name the labelled cause.
 */
const CODE_ONLY = [
  "m365-451-4.3.2-attr17",
  "postfix-server-config-error",
  "google-421-4.4.5-server-busy",
  "m365-4.4.62-wrong-region",
  "p5-gmail-452-4-5-3-too-many-recipients-java",
  "p5-postfix-4-7-25-noqueue-log",
  "e5-gmail-421-4727-spf-rate-limited",
  "p5-gmail-4-7-28-ip-rate-limited",
  "m365-451-4.7.500-access-denied-try-later",
  "p5-outlook-4-7-650-ip-reputation",
  "r5-sendemail-perl-421-4.7.66",
  "e5-thunderbird-fr-user-unknown-virtual-mailbox",
  "m365-550-5.1.10-not-internal-relay",
  "e5-strato-550-512-no-such-mailbox",
  "e5-gmail-553-513-not-valid-rfc5321-address",
  "e5-mailsherpa-550-516-no-longer-on-server",
  "iis-501-5.1.7-bad-sender-syntax",
  "postfix-sender-domain-not-found-554",
  "e5-anonaddy-ndr-552-521-user-disabled",
  "e5-anonaddy-552-522-user-over-quota",
  "e5-gmail-552-523-size-nodemailer-json",
  "e5-postfix-552-534-message-size-exceeds-fixed-limit-kopano",
  "m365-554-5.4.14-hop-count",
  "p5-gmail-5-4-5-erlang-gen-smtp",
  "mailcow-dsn-loops-back-to-myself",
  "m365-5.5.0-mailbox-unavailable-outlookcom",
  "e5-sparkpost-550-560-lone-cr-lf-headers",
  "a5-nodered-534-5-7-14-arrows",
  "e5-m365-550-5723-spf-configured-incorrectly",
  "p5-gmail-5-7-25-postfix-forward-dns",
  "google-550-5.7.26-dmarc-unauthenticated",
  "a5-nodemailer-535-5-7-3-sn4pr",
  "a5-m365-550-5-7-30-basic-not-supported-announcement",
  "a5-email-cli-o365-504-5-7-4-eop",
  "a5-postfix-relay-office365us-530-5-7-57",
  "e5-m365-swiftmailer-550-5760-send-as",
  "p5-m365-5-7-606-postfix-bounce",
  "e5-m365-550-5764-tenantattribution-doc",
  "e5-m365-550-5768-direct-send-salesforce",
  "m365-5.7.705-tenant-threshold",
  "a5-smtplib-535-5-7-8-bad-credentials",
  "a5-mageplaza-gmail-5-7-9-app-password",
];

test("real replies whose only evidence is the enhanced code", () => {
  const cases = corpus();
  const wrong: string[] = [];
  for (const id of CODE_ONLY) {
    const c = cases.get(id);
    assert.ok(c, `${id} is not in testdata`);
    const d = analyzeText(c.reply, { stage: c.stage, patterns: [] });
    if (d.rootCause.id !== c.cause || !d.rootCause.signal?.includes("enhanced status code"))
      wrong.push(`${id}: expected ${c.cause} by its code, got ${d.rootCause.id} (${d.rootCause.signal})`);
  }
  assert.deepEqual(wrong, []);
});

test("an undocumented detail reads as its subject's general code, with less weight", () => {
  // Microsoft's "4.3.111 Temporary server error" (in no registry): X.3.0, a passing problem there.
  const undocumented = findEnhancedSignal("4.3.111", 451);
  const general = findEnhancedSignal("4.3.0", 451);
  assert.equal(undocumented?.cause, "server-temporary-failure");
  assert.ok(general && undocumented && undocumented.confidence < general.confidence);
  // A subject whose general code names no cause still names none.
  assert.equal(findEnhancedSignal("5.7.999", 550), null);
  // A registered detail is read as registered, not as its subject: 5.1.1 stays a bad mailbox.
  assert.equal(findEnhancedSignal("5.1.1", 550)?.cause, "recipient-unknown");
  // RFC 3463 X.2.4: a list that could not be expanded for now is a passing problem on the receiver.
  assert.equal(findEnhancedSignal("4.2.4", 450)?.cause, "server-temporary-failure");
});
