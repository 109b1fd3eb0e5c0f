import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import type { Case, Run } from "@/lib/reports/case-schemas";
import type { CaseStore } from "@/lib/reports/case-store";
import { openSqliteCaseStore } from "@/lib/reports/sqlite-case-store";
import { recordFoundingCase } from "@/lib/reports/testing/founding-case";
import { tempDatabase } from "@/lib/reports/testing/temp-store";
import { prefillFromCase } from "./prefill-from-case";

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

describe("prefillFromCase (the founding case, stored for real)", () => {
  test("after the failing test alone: the recommended settings, validating that test", () => {
    const [initial] = runs;
    assert.ok(initial);
    const prefill = prefillFromCase(theCase, [initial]);
    assert.deepEqual(prefill.basis, { kind: "recommended", runSeq: 1 });
    assert.equal(prefill.validatesRunId, initial.id);
    assert.equal(prefill.state.step, "settings");
    assert.deepEqual(prefill.state.device, { model: "Sharp MX-4070N", failing: "scan-to-email" });
    assert.deepEqual(prefill.state.platform, {
      providerId: "microsoft-365",
      needs: "internal-only",
      staticIp: "no",
    });
    const { host, port, security, auth, username, from, to, send } = prefill.state.settings;
    assert.deepEqual(
      { host, port, security, auth, username, from, to, send },
      {
        host: "smtp.office365.com",
        port: "587",
        security: "starttls",
        auth: "password",
        username: "office@contoso.example",
        from: "office@contoso.example",
        to: "someone@contoso.example",
        send: false,
      },
    );
  });

  test("after a passing test: that test's own settings, and no password anywhere", () => {
    const prefill = prefillFromCase(theCase, runs);
    assert.deepEqual(prefill.basis, { kind: "last-run", runSeq: 2 });
    assert.equal(prefill.validatesRunId, runs[0]?.id);
    assert.equal(prefill.state.settings.auth, "password");
    assert.equal(prefill.state.settings.port, String(runs[1]?.settings.port));
    assert.doesNotMatch(JSON.stringify(prefill), /Corr3ct-Horse/);
  });

  test("a case with no test yet opens on empty settings", () => {
    const prefill = prefillFromCase(theCase, []);
    assert.deepEqual(prefill.basis, { kind: "none" });
    assert.equal(prefill.state.settings.host, "");
    assert.equal(prefill.validatesRunId, null);
  });
});
