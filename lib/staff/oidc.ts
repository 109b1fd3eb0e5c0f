import * as client from "openid-client";
import { z } from "zod";

/**
 * Staff sign-in with the organisation's identity provider over OpenID Connect (Microsoft Entra ID,
 * Google Workspace, any certified provider): authorization code flow with PKCE, state and nonce,
 * through openid-client (panva's certified relying-party library: it validates the ID token's
 * signature, issuer, audience, nonce and expiry, which is where hand-written OIDC goes wrong).
 * Sessions stay ours: the provider only proves who the person is, once.
 */

const envSchema = z.object({
  SMTP_DOCTOR_OIDC_ISSUER: z.url().optional(),
  SMTP_DOCTOR_OIDC_CLIENT_ID: z.string().min(1).optional(),
  SMTP_DOCTOR_OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  /** What the sign-in button says: "Sign in with Contoso". */
  SMTP_DOCTOR_OIDC_NAME: z.string().trim().min(1).max(60).default("your organisation"),
  /** Verified addresses in these domains get a staff account at their first sign-in. */
  SMTP_DOCTOR_OIDC_ALLOWED_DOMAINS: z.string().default(""),
  /** These addresses get an admin account at their first sign-in (an install without a setup code). */
  SMTP_DOCTOR_OIDC_ADMIN_EMAILS: z.string().default(""),
  /** The address people reach the app at, for the redirect URI behind a proxy. */
  SMTP_DOCTOR_PUBLIC_URL: z.url().optional(),
});

export type OidcSettings = {
  issuer: URL;
  clientId: string;
  clientSecret: string;
  name: string;
  allowedDomains: string[];
  adminEmails: string[];
  publicUrl: URL | null;
};

const list = (value: string) =>
  value
    .split(",")
    .map((item) => item.trim().toLowerCase())
    .filter(Boolean);

/** The OIDC settings, or null when sign-in with an identity provider is not configured. */
export function oidcSettingsFromEnv(env: Record<string, string | undefined>): OidcSettings | null {
  const parsed = envSchema.parse(env);
  if (!parsed.SMTP_DOCTOR_OIDC_ISSUER) return null;
  if (!parsed.SMTP_DOCTOR_OIDC_CLIENT_ID || !parsed.SMTP_DOCTOR_OIDC_CLIENT_SECRET) {
    throw new Error(
      "SMTP_DOCTOR_OIDC_ISSUER is set: set SMTP_DOCTOR_OIDC_CLIENT_ID and SMTP_DOCTOR_OIDC_CLIENT_SECRET too",
    );
  }
  return {
    issuer: new URL(parsed.SMTP_DOCTOR_OIDC_ISSUER),
    clientId: parsed.SMTP_DOCTOR_OIDC_CLIENT_ID,
    clientSecret: parsed.SMTP_DOCTOR_OIDC_CLIENT_SECRET,
    name: parsed.SMTP_DOCTOR_OIDC_NAME,
    allowedDomains: list(parsed.SMTP_DOCTOR_OIDC_ALLOWED_DOMAINS),
    adminEmails: list(parsed.SMTP_DOCTOR_OIDC_ADMIN_EMAILS),
    publicUrl: parsed.SMTP_DOCTOR_PUBLIC_URL ? new URL(parsed.SMTP_DOCTOR_PUBLIC_URL) : null,
  };
}

/** Plain HTTP only for a provider on this machine (tests); anywhere else the issuer must be HTTPS. */
function isLoopback(url: URL): boolean {
  return url.protocol === "http:" && ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
}

export const OIDC_CALLBACK_PATH = "/api/staff/oidc/callback";
export const OIDC_FLOW_COOKIE = "sd_oidc";

/** What the browser carries between the redirect to the provider and its way back (10 minutes). */
const flowSchema = z.object({
  verifier: z.string().min(43).max(128),
  state: z.string().min(16).max(128),
  nonce: z.string().min(16).max(128),
  next: z.string().max(500),
});
export type OidcFlow = z.infer<typeof flowSchema>;

export function encodeFlow(flow: OidcFlow): string {
  return Buffer.from(JSON.stringify(flow)).toString("base64url");
}

export function decodeFlow(value: string | undefined): OidcFlow | null {
  if (!value) return null;
  try {
    const parsed = flowSchema.safeParse(JSON.parse(Buffer.from(value, "base64url").toString("utf8")));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export type OidcIdentity = { subject: string; email: string; name: string };

export function createOidc(settings: OidcSettings) {
  let configuration: Promise<client.Configuration> | null = null;
  const config = () => {
    configuration ??= client
      .discovery(settings.issuer, settings.clientId, settings.clientSecret, undefined, {
        execute: isLoopback(settings.issuer) ? [client.allowInsecureRequests] : [],
      })
      .catch((error: unknown) => {
        configuration = null; // A provider that was down is asked again next time.
        throw error;
      });
    return configuration;
  };
  const redirectUri = (requestUrl: URL) =>
    new URL(OIDC_CALLBACK_PATH, settings.publicUrl ?? requestUrl.origin);

  return {
    name: settings.name,
    /** Whether a first sign-in can make an admin (so an install needs no setup code). */
    canCreateAdmins: settings.adminEmails.length > 0,

    /** The provider's authorization URL, and the flow to keep in the browser until it returns. */
    async start(requestUrl: URL, next: string): Promise<{ url: URL; flow: OidcFlow }> {
      const verifier = client.randomPKCECodeVerifier();
      const flow: OidcFlow = { verifier, state: client.randomState(), nonce: client.randomNonce(), next };
      const url = client.buildAuthorizationUrl(await config(), {
        redirect_uri: redirectUri(requestUrl).href,
        scope: "openid email profile",
        code_challenge: await client.calculatePKCECodeChallenge(verifier),
        code_challenge_method: "S256",
        state: flow.state,
        nonce: flow.nonce,
      });
      return { url, flow };
    },

    /** Exchanges the code and checks the ID token; the verified identity, or an error to show. */
    async finish(requestUrl: URL, flow: OidcFlow): Promise<OidcIdentity> {
      const current = new URL(requestUrl.pathname + requestUrl.search, redirectUri(requestUrl));
      const tokens = await client.authorizationCodeGrant(await config(), current, {
        pkceCodeVerifier: flow.verifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new OidcRefusal("The identity provider sent no ID token.");
      // Some providers put the address only in the UserInfo answer (OIDC Core §5.4), for the same subject.
      const claims: Record<string, unknown> =
        idToken.email === undefined
          ? { ...(await client.fetchUserInfo(await config(), tokens.access_token, idToken.sub)), ...idToken }
          : idToken;
      const email = String(claims.email ?? claims.preferred_username ?? "").toLowerCase();
      if (!/^[^@\s]+@[^@\s]+$/.test(email)) {
        throw new OidcRefusal("The identity provider did not say which email address you signed in with.");
      }
      // Entra ID sends no email_verified; a provider that says "not verified" is believed.
      if (claims.email_verified === false) {
        throw new OidcRefusal(`The identity provider has not verified ${email}.`);
      }
      return { subject: String(claims.sub), email, name: String(claims.name ?? email) };
    },

    /** Whether a first sign-in with this address may create an account, and with which role. */
    roleForNewAccount(email: string): "admin" | "staff" | null {
      if (settings.adminEmails.includes(email)) return "admin";
      const domain = email.split("@").pop() ?? "";
      return settings.allowedDomains.includes(domain) ? "staff" : null;
    },
  };
}

export type Oidc = ReturnType<typeof createOidc>;

/** A sign-in the provider allowed but we refuse, with the reason to show on the sign-in page. */
export class OidcRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = "OidcRefusal";
  }
}
