import assert from "node:assert/strict";
import { after, describe, test } from "node:test";
import type { ShareLinkKind } from "./case-schemas";
import { shareAccess, sharePathToken } from "./share-access";
import { createShareToken } from "./share-token";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { tempDatabase } from "./testing/temp-store";

const database = tempDatabase();
after(() => database.cleanup());

describe("a report link is never a key", () => {
  test("each page opens its own kind only; any other token, live or dead, is answered like an unknown one", async () => {
    const store = openSqliteCaseStore({ file: database.file });
    const created = await store.createCase({ title: "kinds" });
    const token = async (kind: ShareLinkKind) => (await store.createShareLink(created.id, { kind })).token;
    const live = {
      owner: await token("owner"),
      customer: await token("customer"),
      report: await token("report"),
    };
    const revokedOwner = await store.createShareLink(created.id, { kind: "owner" });
    await store.revokeShareLink(created.id, revokedOwner.link.id);
    const revokedReport = await store.createShareLink(created.id, { kind: "report" });
    await store.revokeShareLink(created.id, revokedReport.link.id);
    const access = async (value: string, kind: ShareLinkKind) =>
      shareAccess(await store.resolveShareToken(value), [kind]).status;

    const unknown = await access(createShareToken().token, "report");
    assert.equal(unknown, "not-found");
    // The report page (/r/…, its PDF): report tokens only.
    assert.equal(await access(live.report, "report"), "ok");
    assert.equal(await access(live.owner, "report"), unknown, "an owner token is no report link");
    assert.equal(await access(live.customer, "report"), unknown);
    assert.equal(await access(revokedOwner.token, "report"), unknown, "not even a 410 that gives it away");
    assert.equal(await access(revokedReport.token, "report"), "gone");
    // And the other way round: a report token opens no owner page.
    assert.equal(await access(live.report, "owner"), unknown);
    assert.equal(await access(revokedReport.token, "owner"), unknown);
    assert.equal(await access(live.owner, "owner"), "ok");
    await store.close();
  });

  test("every share path names the one kind it opens; the owner's report is an owner page", () => {
    const t = "A".repeat(43);
    assert.deepEqual(sharePathToken(`/r/${t}`), { token: t, kinds: ["report"] });
    assert.deepEqual(sharePathToken(`/case/${t}/report`), { token: t, kinds: ["owner"] });
    assert.deepEqual(sharePathToken(`/case/${t}/test/`), { token: t, kinds: ["owner"] });
    assert.deepEqual(sharePathToken(`/case/${t}`), { token: t, kinds: ["owner"] });
    assert.deepEqual(sharePathToken(`/c/${t}`), { token: t, kinds: ["customer"] });
    assert.equal(sharePathToken("/r/%zz"), null);
    assert.equal(sharePathToken(`/r/${t}/report`), null);
    assert.equal(sharePathToken("/wizard"), null);
  });
});
