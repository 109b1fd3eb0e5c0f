import assert from "node:assert/strict";
import { after, before, describe, test } from "node:test";
import {
  OIDC_CLIENT_ID,
  OIDC_CLIENT_SECRET,
  type OidcFixture,
  startOidcFixture,
} from "../../e2e/fixtures/oidc/start-oidc-fixture";
import { createOidc, decodeFlow, encodeFlow, OIDC_CALLBACK_PATH, oidcSettingsFromEnv } from "./oidc";

/**
 * Against a real OpenID Connect provider on 127.0.0.1 (oidc-provider), never a mock of the
 * library: the browser's part (the provider's sign-in and consent pages) is played by fetch with
 * a small cookie jar, so what openid-client checks (code, PKCE, state, nonce, ID token) is real.
 */

const PORT = 15_360;
const APP = "http://127.0.0.1:3999";
let fixture: OidcFixture;
before(async () => {
  fixture = await startOidcFixture(PORT, [`${APP}${OIDC_CALLBACK_PATH}`]);
});
after(async () => {
  await fixture.close();
});

const settings = (extra: Record<string, string> = {}) => {
  const parsed = oidcSettingsFromEnv({
    SMTP_DOCTOR_OIDC_ISSUER: `http://127.0.0.1:${PORT}`,
    SMTP_DOCTOR_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
    SMTP_DOCTOR_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
    SMTP_DOCTOR_OIDC_NAME: "Fixture IdP",
    SMTP_DOCTOR_OIDC_ALLOWED_DOMAINS: "helpdesk.example, Other.Example",
    SMTP_DOCTOR_OIDC_ADMIN_EMAILS: "boss@helpdesk.example",
    ...extra,
  });
  assert.ok(parsed);
  return parsed;
};

/** Plays the browser at the provider: follows redirects, signs in as `login`, consents; the callback URL. */
async function signInAtProvider(authorize: URL, login: string): Promise<URL> {
  const jar = new Map<string, string>();
  const send = async (url: string, init: RequestInit = {}) => {
    const response = await fetch(url, {
      ...init,
      redirect: "manual",
      headers: {
        ...(init.headers as Record<string, string>),
        cookie: [...jar].map(([k, v]) => `${k}=${v}`).join("; "),
      },
    });
    for (const cookie of response.headers.getSetCookie()) {
      const [pair = ""] = cookie.split(";");
      const [name = "", ...value] = pair.split("=");
      jar.set(name, value.join("="));
    }
    return response;
  };
  let url = authorize.href;
  for (let step = 0; step < 12; step++) {
    if (url.startsWith(APP)) return new URL(url);
    const response = await send(url);
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      continue;
    }
    const html = await response.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    assert.ok(action, `a form on ${url}`);
    const form = new URLSearchParams();
    if (html.includes('name="login"')) {
      form.set("prompt", "login");
      form.set("login", login);
      form.set("password", "any");
    } else form.set("prompt", "consent");
    const posted = await send(new URL(action.replaceAll("&amp;", "&"), url).href, {
      method: "POST",
      body: form,
      headers: { "content-type": "application/x-www-form-urlencoded" },
    });
    url = new URL(posted.headers.get("location") ?? "", url).href;
  }
  throw new Error("the provider never sent the browser back");
}

describe("sign-in with an OpenID Connect provider", () => {
  test("the code flow with PKCE, state and nonce gives the verified address", async () => {
    const oidc = createOidc(settings());
    const { url, flow } = await oidc.start(new URL(`${APP}/api/staff/oidc/start`), "/cases");
    assert.equal(url.searchParams.get("code_challenge_method"), "S256");
    assert.equal(url.searchParams.get("redirect_uri"), `${APP}${OIDC_CALLBACK_PATH}`);
    assert.deepEqual(decodeFlow(encodeFlow(flow)), flow, "the flow survives its cookie");
    const callback = await signInAtProvider(url, "ada@helpdesk.example");
    const identity = await oidc.finish(callback, flow);
    assert.deepEqual(identity, {
      subject: "ada@helpdesk.example",
      email: "ada@helpdesk.example",
      name: "Fixture ada",
    });
    assert.equal(oidc.roleForNewAccount("ada@helpdesk.example"), "staff");
    assert.equal(oidc.roleForNewAccount("x@other.example"), "staff");
    assert.equal(oidc.roleForNewAccount("boss@helpdesk.example"), "admin");
    assert.equal(oidc.roleForNewAccount("eve@elsewhere.example"), null);
  });

  test("a callback with another flow's state, or a replayed code, is refused", async () => {
    const oidc = createOidc(settings());
    const first = await oidc.start(new URL(APP), "/cases");
    const second = await oidc.start(new URL(APP), "/cases");
    const callback = await signInAtProvider(first.url, "ada@helpdesk.example");
    await assert.rejects(oidc.finish(callback, second.flow), "state of another sign-in");
    await oidc.finish(callback, first.flow);
    await assert.rejects(oidc.finish(callback, first.flow), "the code works once");
  });

  test("an address the provider has not verified is refused", async () => {
    const oidc = createOidc(settings());
    const { url, flow } = await oidc.start(new URL(APP), "/cases");
    const callback = await signInAtProvider(url, "mallory@helpdesk.example.unverified");
    await assert.rejects(
      oidc.finish(callback, flow),
      (error: Error) => error.name === "OidcRefusal" && /not verified/.test(error.message),
    );
  });

  test("settings: none without an issuer; an issuer needs its client; a remote issuer must be HTTPS", async () => {
    assert.equal(oidcSettingsFromEnv({}), null);
    assert.throws(
      () => oidcSettingsFromEnv({ SMTP_DOCTOR_OIDC_ISSUER: "https://login.example" }),
      /CLIENT_ID/,
    );
    const remote = createOidc(settings({ SMTP_DOCTOR_OIDC_ISSUER: "http://idp.example" }));
    await assert.rejects(remote.start(new URL(APP), "/cases"));
  });
});
