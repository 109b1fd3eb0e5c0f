import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import { secretNeedles } from "../smtp/redact-secrets";
import type { Case, Run } from "./case-schemas";
import type { CaseStore } from "./case-store";
import { buildReportModel } from "./report-model";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { FOUNDING_PASSWORD, recordFoundingCase } from "./testing/founding-case";
import { tempDatabase } from "./testing/temp-store";
import { ticketSummary } from "./ticket-summary";

const database = tempDatabase();
let store: CaseStore;
let theCase: Case;
let runs: Run[];
before(async () => {
  store = openSqliteCaseStore({ file: database.file });
  ({ theCase, runs } = await recordFoundingCase(store));
});
after(async () => {
  await store.close();
  database.cleanup();
});

describe("ticketSummary on the founding case (real fixture probes)", () => {
  test("carries the case, the server's verbatim reply, the cause, the fix, the validation and the link", () => {
    const model = buildReportModel(theCase, runs, { viewer: "report" });
    const text = ticketSummary(model, "https://doctor.example/r/TOKEN");
    const lines = text.split("\n");
    assert.equal(lines[0], "SMTP Doctor case SD-1001: Sharp MX-4070N scan to email refused by Microsoft 365");
    assert.match(text, /^Device: Sharp MX-4070N$/m);
    // Verbatim and indented, so no ticket system reflows the server's words.
    assert.match(
      text,
      /^ {4}550 5\.7\.1 Service unavailable, Client host \[127\.0\.0\.1\] blocked using Spamhaus\./m,
    );
    assert.match(text, /^Root cause: .*blocklist/im);
    assert.match(text, /^Fix: .+/m);
    assert.match(text, /^Recommended settings:\n- /m);
    assert.match(text, /^Validation:\n- .+/m);
    assert.match(
      text,
      /^Report \(read-only, usernames and recipients masked\): https:\/\/doctor\.example\/r\/TOKEN$/m,
    );
  });

  test("is plain text that pastes anywhere, and never holds the password", () => {
    const model = buildReportModel(theCase, runs, { viewer: "report" });
    const text = ticketSummary(model, null);
    assert.doesNotMatch(text, /^\s*\|/m, "no Markdown table");
    assert.doesNotMatch(text, /<\/?[a-z]+[ >]/i, "no HTML");
    assert.doesNotMatch(text, /\n{3,}/, "no runs of blank lines");
    assert.doesNotMatch(text, /^Report/m, "no link line without a link");
    for (const needle of secretNeedles(FOUNDING_PASSWORD)) assert.equal(text.includes(needle), false);
  });

  test("a case with no cause found says so instead of inventing one", () => {
    const model = buildReportModel(theCase, runs, { viewer: "report" });
    const text = ticketSummary(
      { ...model, findings: { ...model.findings, rootCause: null, unrecognised: true }, validation: null },
      null,
    );
    assert.match(text, /^Root cause: not recognised from the server's reply$/m);
    assert.match(text, /^Validation:\n- not validated yet/m);
  });
});
