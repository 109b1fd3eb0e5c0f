import assert from "node:assert/strict";
import { randomBytes } from "node:crypto";
import { afterEach, describe, test } from "node:test";
import {
  createShareToken,
  hashShareToken,
  isWellFormedShareToken,
  SHARE_TOKEN_LENGTH,
  sameTokenHash,
} from "./share-token";
import { openSqliteCaseStore } from "./sqlite-case-store";
import { storeSettingsFromEnv } from "./store-env";
import { databaseBytes, tempDatabase } from "./testing/temp-store";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
});
function freshDatabase() {
  const db = tempDatabase();
  cleanups.push(db.cleanup);
  return db;
}
const DAY = 24 * 60 * 60 * 1000;

describe("share tokens", () => {
  test("1,000 tokens are distinct 43-character base64url strings (256 bits)", () => {
    const tokens = Array.from({ length: 1_000 }, () => createShareToken().token);
    assert.equal(new Set(tokens).size, 1_000);
    for (const token of tokens) {
      assert.equal(token.length, SHARE_TOKEN_LENGTH);
      assert.match(token, /^[A-Za-z0-9_-]+$/);
      assert.equal(Buffer.from(token, "base64url").length, 32);
      assert.ok(isWellFormedShareToken(token));
    }
  });

  test("malformed tokens are refused by shape", () => {
    const good = createShareToken().token;
    const malformed: unknown[] = [
      "",
      good.slice(1),
      `${good}A`,
      `${good.slice(0, 42)}+`,
      `${good.slice(0, 42)}=`,
      `${good.slice(0, 20)}/${good.slice(21)}`,
      // Same length and alphabet but not what base64url of 32 bytes can end with.
      `${good.slice(0, 42)}B`,
      `${good.slice(0, 40)}%2F`,
      null,
      42,
    ];
    for (const token of malformed) assert.equal(isWellFormedShareToken(token), false, String(token));
  });

  test("hashes compare in constant time and only when equal", () => {
    const { token, tokenHash } = createShareToken();
    assert.equal(hashShareToken(token), tokenHash);
    assert.ok(sameTokenHash(tokenHash, hashShareToken(token)));
    assert.equal(sameTokenHash(tokenHash, createShareToken().tokenHash), false);
    assert.equal(sameTokenHash(tokenHash, ""), false);
  });

  test("only the hash is at rest: the database files never contain the token", async () => {
    const { dir, file } = freshDatabase();
    const store = openSqliteCaseStore({ file });
    const created = await store.createCase({ title: "shared" });
    const { token, link } = await store.createShareLink(created.id, { kind: "report" });
    assert.equal(link.tokenHash, hashShareToken(token));
    assert.equal(JSON.stringify(await store.listShareLinks(created.id)).includes(token), false);
    const whileOpen = databaseBytes(dir);
    await store.close();
    for (const bytes of [whileOpen, databaseBytes(dir)]) {
      assert.equal(bytes.includes(token), false);
      assert.ok(bytes.includes(link.tokenHash));
    }
  });

  test("the lifetime follows SMTP_DOCTOR_SHARE_TTL_DAYS and a per-link choice", async () => {
    assert.equal(storeSettingsFromEnv({}).shareTtlDays, 14);
    assert.equal(storeSettingsFromEnv({ SMTP_DOCTOR_SHARE_TTL_DAYS: "3" }).shareTtlDays, 3);
    assert.throws(() => storeSettingsFromEnv({ SMTP_DOCTOR_SHARE_TTL_DAYS: "soon" }), /number of days/);
    assert.deepEqual(storeSettingsFromEnv({ SMTP_DOCTOR_DATA_DIR: "/srv/x" }), {
      kind: "sqlite",
      file: "/srv/x/smtp-doctor.db",
      shareTtlDays: 14,
    });
    assert.deepEqual(storeSettingsFromEnv({ DATABASE_URL: "postgres://app@db:5432/cases" }), {
      kind: "postgres",
      databaseUrl: "postgres://app@db:5432/cases",
      shareTtlDays: 14,
    });
    assert.throws(() => storeSettingsFromEnv({ DATABASE_URL: "mysql://db/cases" }), /postgres:\/\/ URL/);
    const store = openSqliteCaseStore({ file: freshDatabase().file, shareTtlDays: 3 });
    const created = await store.createCase({ title: "short" });
    const byDefault = (await store.createShareLink(created.id, { kind: "report" })).link;
    const chosen = (await store.createShareLink(created.id, { kind: "report", ttlDays: 30 })).link;
    assert.equal(Date.parse(byDefault.expiresAt) - Date.parse(byDefault.createdAt), 3 * DAY);
    assert.equal(Date.parse(chosen.expiresAt) - Date.parse(chosen.createdAt), 30 * DAY);
    await store.close();
  });

  test("1,000 random well-formed tokens are unknown; malformed ones never reach the database", async () => {
    const store = openSqliteCaseStore({ file: freshDatabase().file });
    const created = await store.createCase({ title: "guessing" });
    await store.createShareLink(created.id, { kind: "report" });
    for (let i = 0; i < 1_000; i++) {
      assert.equal(await store.resolveShareToken(randomBytes(32).toString("base64url")), null);
    }
    await store.close();
    // With the database closed, any lookup would throw: a plain null proves none was made.
    assert.equal(await store.resolveShareToken("not-a-token"), null);
    assert.equal(await store.resolveShareToken(`${createShareToken().token.slice(0, 42)}B`), null);
    await assert.rejects(store.resolveShareToken(createShareToken().token), /not open/);
  });
});
