import { HttpError } from "../server/http-errors";
import { hashPassword, verifyPassword } from "./password";
import { hashSecret, newSecret, normaliseSetupCode } from "./session-token";
import type { Staff, StaffRole, WorkspaceStore } from "./workspace-store";

/**
 * Staff sign-in for the embedded default: the first admin claims the install with the setup code
 * the server printed, then signs in with a password. Sessions live in the case database (one
 * store, so every instance knows them), keyed by the hash of a random token held in an HttpOnly
 * cookie; state-changing requests must come from our own pages (Origin check, SameSite=Lax).
 */

/** A session ends after 12 hours without use, and after 7 days whatever happens. */
export const SESSION_IDLE_MS = 12 * 60 * 60 * 1000;
export const SESSION_MAX_MS = 7 * 24 * 60 * 60 * 1000;
/** Last-seen is written at most this often, not on every page view. */
const TOUCH_EVERY_MS = 5 * 60 * 1000;
export const SETUP_CODE_TTL_MS = 24 * 60 * 60 * 1000;
export const INVITE_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export const SESSION_COOKIE = "sd_session";
/** Over HTTPS the cookie takes the __Host- prefix: Secure, Path=/, no Domain, so no sibling host can set it. */
export const SECURE_SESSION_COOKIE = `__Host-${SESSION_COOKIE}`;

export function isHttps(request: Request): boolean {
  return new URL(request.url).protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
}

/** The Set-Cookie value that starts (token) or ends (null) a session. */
export function sessionCookie(request: Request, token: string | null): string {
  const secure = isHttps(request);
  const name = secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE;
  const parts = [
    `${name}=${token ?? ""}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    token === null ? "Max-Age=0" : `Max-Age=${Math.floor(SESSION_MAX_MS / 1000)}`,
  ];
  if (secure) parts.push("Secure");
  return parts.join("; ");
}

/** A cookie's value in a Cookie header, or undefined. */
export function cookieValue(cookieHeader: string | null, name: string): string | undefined {
  for (const part of (cookieHeader ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return rest.join("=");
  }
  return undefined;
}

/** The session token a request carries, from either cookie name. */
export function sessionTokenOf(cookieHeader: string | null): string | null {
  for (const name of [SECURE_SESSION_COOKIE, SESSION_COOKIE]) {
    const value = cookieValue(cookieHeader, name);
    if (value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value)) return value;
  }
  return null;
}

/**
 * Refuses a state-changing request that did not come from one of our own pages: the browser's
 * Origin (or Sec-Fetch-Site) must name this site. A form or fetch on another site sends its own
 * origin; a request with neither header is refused too (every current browser sends one).
 */
export function assertSameOrigin(request: Request): void {
  const site = request.headers.get("sec-fetch-site");
  if (site === "same-origin") return;
  const origin = request.headers.get("origin");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  if (origin !== null && host !== null) {
    try {
      if (new URL(origin).host === host) return;
    } catch {}
  }
  throw new HttpError("forbidden", "This request did not come from SMTP Doctor's own pages.");
}

export type SignedIn = { staff: Staff; tokenHash: string };

export type StaffAuth = ReturnType<typeof createStaffAuth>;

export function createStaffAuth(store: WorkspaceStore, now: () => Date = () => new Date()) {
  const startSession = async (staff: Staff, request: Request, ip: string | null) => {
    const { token, tokenHash } = newSecret();
    const at = now();
    await store.createSession({
      tokenHash,
      staffId: staff.id,
      createdAt: at.toISOString(),
      lastSeenAt: at.toISOString(),
      expiresAt: new Date(at.getTime() + SESSION_IDLE_MS).toISOString(),
      ip,
      userAgent: request.headers.get("user-agent")?.slice(0, 300) ?? null,
    });
    return { token, staff };
  };

  return {
    /** Whether the install still waits for its first admin. */
    async needsSetup(): Promise<boolean> {
      return (await store.countStaff()) === 0;
    },

    /** Prints-once setup code: a new one when no live one exists, else null (another instance has it). */
    async offerSetupCode(code: string): Promise<boolean> {
      const at = now();
      return store.offerSetupCode(
        hashSecret(normaliseSetupCode(code)),
        at,
        new Date(at.getTime() + SETUP_CODE_TTL_MS),
      );
    },

    async claimFirstAdmin(
      input: { code: string; name: string; email: string; password: string },
      request: Request,
      ip: string | null,
    ) {
      const passwordHash = await hashPassword(input.password);
      const admin = await store.claimFirstAdmin(hashSecret(normaliseSetupCode(input.code)), now(), {
        email: input.email,
        name: input.name,
        role: "admin",
        passwordHash,
      });
      if (admin === null) {
        throw new HttpError(
          "forbidden",
          "That setup code is not valid: it is printed in the server's log when the install has no account yet, and works once.",
        );
      }
      return startSession(admin, request, ip);
    },

    /**
     * A person the identity provider vouched for: their account, or a new one when their address
     * may have one (`role`), else a refusal that says to ask for an invitation.
     */
    async signInWithIdentity(
      identity: { email: string; name: string },
      role: StaffRole | null,
      request: Request,
      ip: string | null,
    ) {
      const found = await store.staffByEmail(identity.email);
      if (found) {
        const { passwordHash: _hash, ...staff } = found;
        return startSession(staff, request, ip);
      }
      if (role === null) {
        // Outside the allowed domains, an admin's invitation to this address lets them in: the
        // identity provider vouches for the address, the invitation for the person.
        const email = identity.email.toLowerCase();
        const invite = (await store.pendingInvites(now())).find((pending) => pending.email === email);
        const invited = invite
          ? await store.acceptInvite(invite.tokenHash, now(), { name: identity.name, passwordHash: null })
          : null;
        if (invited) return startSession(invited, request, ip);
        throw new HttpError(
          "forbidden",
          `${identity.email} has no SMTP Doctor account. Ask an admin to invite this address.`,
        );
      }
      const staff = await store.createStaff({
        email: identity.email,
        name: identity.name,
        role,
        passwordHash: null,
      });
      return startSession(staff, request, ip);
    },

    /** One answer for an unknown address and a wrong password, in the same time. */
    async signIn(email: string, password: string, request: Request, ip: string | null) {
      const found = await store.staffByEmail(email);
      const ok = await verifyPassword(password, found?.passwordHash ?? null);
      if (!found || !ok)
        throw new HttpError("unauthorized", "That email address and password do not match an account.");
      const { passwordHash: _hash, ...staff } = found;
      return startSession(staff, request, ip);
    },

    /** The signed-in staff member, or null; keeps an active session alive. */
    async current(cookieHeader: string | null): Promise<SignedIn | null> {
      const token = sessionTokenOf(cookieHeader);
      if (token === null) return null;
      const tokenHash = hashSecret(token);
      const found = await store.sessionByHash(tokenHash);
      if (found === null) return null;
      const at = now().getTime();
      const ends = Math.min(
        Date.parse(found.session.expiresAt),
        Date.parse(found.session.createdAt) + SESSION_MAX_MS,
      );
      if (ends <= at) {
        await store.deleteSession(tokenHash);
        return null;
      }
      if (at - Date.parse(found.session.lastSeenAt) >= TOUCH_EVERY_MS) {
        const idleEnd = Math.min(at + SESSION_IDLE_MS, Date.parse(found.session.createdAt) + SESSION_MAX_MS);
        await store.touchSession(tokenHash, new Date(at).toISOString(), new Date(idleEnd).toISOString());
      }
      return { staff: found.staff, tokenHash };
    },

    /** An admin invites an address; the token (the link's key) is returned once. */
    async invite(
      by: SignedIn,
      email: string,
      role: StaffRole,
    ): Promise<{ token: string; expiresAt: string }> {
      if (by.staff.role !== "admin") throw new HttpError("forbidden", "Only an admin can invite staff.");
      if (await store.staffByEmail(email)) {
        throw new HttpError("invalid-input", "That address already has an account.", [
          { path: "email", message: "this address already has an account" },
        ]);
      }
      const { token, tokenHash } = newSecret();
      const at = now();
      const expiresAt = new Date(at.getTime() + INVITE_TTL_MS).toISOString();
      await store.createInvite({
        tokenHash,
        email,
        role,
        invitedBy: by.staff.id,
        createdAt: at.toISOString(),
        expiresAt,
      });
      return { token, expiresAt };
    },

    /** What an invitation link opens, or null when it is unknown, used or expired. */
    async openInvite(token: string): Promise<{ email: string; role: StaffRole } | null> {
      const invite = /^[A-Za-z0-9_-]{43}$/.test(token) ? await store.inviteByHash(hashSecret(token)) : null;
      if (!invite || invite.usedAt !== null || Date.parse(invite.expiresAt) <= now().getTime()) return null;
      return { email: invite.email, role: invite.role };
    },

    async acceptInvite(
      input: { token: string; name: string; password: string },
      request: Request,
      ip: string | null,
    ) {
      const passwordHash = await hashPassword(input.password);
      let staff: Staff | null = null;
      try {
        staff = /^[A-Za-z0-9_-]{43}$/.test(input.token)
          ? await store.acceptInvite(hashSecret(input.token), now(), { name: input.name, passwordHash })
          : null;
      } catch (error) {
        // By name: the store may be another bundle's copy (see isHttpError).
        if ((error as Error).name === "WorkspaceError")
          throw new HttpError("invalid-input", "That address already has an account: sign in instead.");
        throw error;
      }
      if (staff === null) {
        throw new HttpError(
          "gone",
          "This invitation has been used or has expired. Ask your admin for a new one.",
        );
      }
      return startSession(staff, request, ip);
    },

    async signOut(signedIn: SignedIn): Promise<void> {
      await store.deleteSession(signedIn.tokenHash);
    },

    /** Ends every session of this person, on every device. */
    async signOutEverywhere(signedIn: SignedIn): Promise<number> {
      return store.deleteSessionsOf(signedIn.staff.id);
    },
  };
}
