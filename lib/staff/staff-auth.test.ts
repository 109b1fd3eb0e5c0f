import assert from "node:assert/strict";
import { afterEach, describe, test } from "node:test";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { tempDatabase } from "../reports/testing/temp-store";
import { HttpError } from "../server/http-errors";
import { hashPassword, verifyPassword } from "./password";
import { newSetupCode, normaliseSetupCode } from "./session-token";
import { openSqliteWorkspaceStore } from "./sqlite-workspace-store";
import {
  assertSameOrigin,
  createStaffAuth,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
  sessionCookie,
  sessionTokenOf,
} from "./staff-auth";

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function setUp(start = "2026-11-30T10:00:00Z") {
  const db = tempDatabase();
  const cases = openSqliteCaseStore({ file: db.file });
  const workspace = openSqliteWorkspaceStore(db.file);
  cleanups.push(
    db.cleanup,
    () => cases.close(),
    () => workspace.close(),
  );
  let at = Date.parse(start);
  const auth = createStaffAuth(workspace, () => new Date(at));
  return { auth, workspace, advance: (ms: number) => (at += ms) };
}

const post = (headers: Record<string, string>) =>
  new Request("http://sd.example/api/staff/sign-in", {
    method: "POST",
    headers: { host: "sd.example", ...headers },
  });

describe("passwords", () => {
  test("scrypt hashes verify their own password only, and junk never throws", async () => {
    const hash = await hashPassword("correct horse battery staple");
    assert.match(hash, /^scrypt\$32768\$8\$1\$[\w-]+\$[\w-]{43}$/);
    assert.equal(await verifyPassword("correct horse battery staple", hash), true);
    assert.equal(await verifyPassword("correct horse battery stapler", hash), false);
    assert.notEqual(await hashPassword("same"), await hashPassword("same"), "salted");
    for (const junk of [null, "", "scrypt$1$2$3$4$5", "bcrypt$whatever"]) {
      assert.equal(await verifyPassword("x", junk), false);
    }
  });
});

describe("cookies and origins", () => {
  test("the session cookie is HttpOnly and SameSite=Lax; over HTTPS Secure with the __Host- prefix", () => {
    const plain = sessionCookie(new Request("http://sd.example/"), "t".repeat(43));
    assert.match(plain, /^sd_session=t{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+$/);
    const secure = sessionCookie(
      new Request("http://sd.example/", { headers: { "x-forwarded-proto": "https" } }),
      "t".repeat(43),
    );
    assert.match(secure, /^__Host-sd_session=t{43}; Path=\/; HttpOnly; SameSite=Lax; Max-Age=\d+; Secure$/);
    assert.match(sessionCookie(new Request("http://sd.example/"), null), /Max-Age=0/);
    assert.equal(sessionTokenOf(`a=b; sd_session=${"t".repeat(43)}`), "t".repeat(43));
    assert.equal(sessionTokenOf("sd_session=short"), null);
    assert.equal(sessionTokenOf(null), null);
  });

  test("a state-changing request from another site, or with no origin at all, is refused", () => {
    assert.doesNotThrow(() => assertSameOrigin(post({ origin: "http://sd.example" })));
    assert.doesNotThrow(() => assertSameOrigin(post({ "sec-fetch-site": "same-origin" })));
    for (const headers of <Record<string, string>[]>[
      { origin: "https://evil.example" },
      { origin: "http://sd.example.evil.example" },
      { origin: "null" },
      { "sec-fetch-site": "cross-site", origin: "https://evil.example" },
      {},
    ]) {
      assert.throws(
        () => assertSameOrigin(post(headers)),
        (error: unknown) => error instanceof HttpError && error.code === "forbidden",
        JSON.stringify(headers),
      );
    }
  });

  test("setup codes are typed forgivingly", () => {
    const code = newSetupCode();
    assert.match(code, /^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    assert.equal(normaliseSetupCode(` ${code.toLowerCase().replaceAll("-", " ")} `), code);
  });
});

describe("staff sign-in", () => {
  const request = new Request("http://sd.example/", { headers: { "user-agent": "test browser" } });

  test("first run: the setup code makes the first admin, who is signed in; then sign-in by password", async () => {
    const { auth } = setUp();
    assert.equal(await auth.needsSetup(), true);
    const code = newSetupCode();
    assert.equal(await auth.offerSetupCode(code), true);
    await assert.rejects(
      auth.claimFirstAdmin(
        { code: "AAAA-BBBB-CCCC", name: "Ada", email: "ada@example.com", password: "p".repeat(12) },
        request,
        null,
      ),
      (error: unknown) => error instanceof HttpError && error.code === "forbidden",
    );
    const claimed = await auth.claimFirstAdmin(
      { code: code.toLowerCase(), name: "Ada", email: "ada@example.com", password: "a long passphrase" },
      request,
      "192.0.2.1",
    );
    assert.equal(claimed.staff.role, "admin");
    assert.equal(await auth.needsSetup(), false);
    const current = await auth.current(`sd_session=${claimed.token}`);
    assert.equal(current?.staff.email, "ada@example.com");

    await assert.rejects(
      auth.signIn("ada@example.com", "wrong passphrase", request, null),
      (error: unknown) => error instanceof HttpError && error.code === "unauthorized",
    );
    await assert.rejects(
      auth.signIn("nobody@example.com", "a long passphrase", request, null),
      (error: unknown) =>
        error instanceof HttpError && error.code === "unauthorized" && /do not match/.test(error.message),
    );
    const again = await auth.signIn("ADA@example.com", "a long passphrase", request, null);
    assert.notEqual(again.token, claimed.token);
  });

  test("a session ends after 12 idle hours and after 7 days in any case; sign-out everywhere ends all", async () => {
    const { auth, advance } = setUp();
    const code = newSetupCode();
    await auth.offerSetupCode(code);
    const { token } = await auth.claimFirstAdmin(
      { code, name: "Ada", email: "ada@example.com", password: "a long passphrase" },
      request,
      null,
    );
    const cookie = `sd_session=${token}`;
    // Used every 11 hours: kept alive, until the 7-day limit.
    let alive = 0;
    while ((await auth.current(cookie)) !== null && alive < 100) {
      advance(SESSION_IDLE_MS - 60 * 60 * 1000);
      alive++;
    }
    assert.equal(alive, Math.ceil(SESSION_MAX_MS / (SESSION_IDLE_MS - 60 * 60 * 1000)));

    const other = await auth.signIn("ada@example.com", "a long passphrase", request, null);
    advance(SESSION_IDLE_MS + 1);
    assert.equal(await auth.current(`sd_session=${other.token}`), null, "idle too long");

    const a = await auth.signIn("ada@example.com", "a long passphrase", request, null);
    const b = await auth.signIn("ada@example.com", "a long passphrase", request, null);
    const signedIn = await auth.current(`sd_session=${a.token}`);
    assert.ok(signedIn);
    assert.equal(await auth.signOutEverywhere(signedIn), 2);
    assert.equal(await auth.current(`sd_session=${b.token}`), null);
  });
});

describe("sign-in with the identity provider", () => {
  const request = new Request("http://sd.example/", { headers: { "user-agent": "test browser" } });

  test("outside the allowed domains only an invited address gets in, once, with the invited role", async () => {
    const { auth, workspace } = setUp();
    const code = newSetupCode();
    await auth.offerSetupCode(code);
    const admin = await auth.claimFirstAdmin(
      { code, name: "Ada", email: "ada@helpdesk.example", password: "a long passphrase" },
      request,
      null,
    );
    const adminSignedIn = await auth.current(`sd_session=${admin.token}`);
    assert.ok(adminSignedIn);
    const eve = { email: "eve@elsewhere.example", name: "Eve" };
    await assert.rejects(
      auth.signInWithIdentity(eve, null, request, null),
      (error: unknown) => error instanceof HttpError && error.code === "forbidden",
    );

    await auth.invite(adminSignedIn, "eve@elsewhere.example", "staff");
    const first = await auth.signInWithIdentity(
      { ...eve, email: "Eve@Elsewhere.example" },
      null,
      request,
      null,
    );
    assert.equal(first.staff.email, "eve@elsewhere.example");
    assert.equal(first.staff.role, "staff");
    assert.equal((await workspace.pendingInvites(new Date("2026-11-30T10:00:00Z"))).length, 0);
    // The account now exists: the next sign-in needs no invitation.
    const again = await auth.signInWithIdentity(eve, null, request, null);
    assert.equal(again.staff.id, first.staff.id);
    // And it has no password to guess.
    await assert.rejects(auth.signIn("eve@elsewhere.example", "", request, null));
  });
});
