import { z } from "zod";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/staff/password";
import { assertSameOrigin, sessionCookie } from "@/lib/staff/staff-auth";
import { HttpError, jsonResponse } from "./http-errors";
import { parseJsonBody } from "./parse-json-body";
import { consumeOrRefuse } from "./probe-limiter";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { makeRateLimiter } from "./shared-state";
import { staffAuth } from "./workspace";

/** The staff sign-in endpoints: setup (first admin), sign-in, sign-out. Each is same-origin only. */

const limits = () =>
  processSingleton("staff-limits", () => ({
    // Guessing a password or a setup code: 10 tries per address and per account in 15 minutes.
    perClient: makeRateLimiter({ keyPrefix: "staff:client", points: 10, duration: 900 }),
    perAccount: makeRateLimiter({ keyPrefix: "staff:account", points: 10, duration: 900 }),
  }));

const TOO_MANY = "Too many sign-in attempts. Wait a few minutes before trying again.";

const email = z.string().trim().toLowerCase().email("enter an email address").max(254);
const password = z
  .string()
  .min(PASSWORD_MIN, `use at least ${PASSWORD_MIN} characters`)
  .max(PASSWORD_MAX, `use at most ${PASSWORD_MAX} characters`);

const setupSchema = z.object({
  code: z.string().trim().min(1, "enter the setup code from the server's log").max(40),
  name: z.string().trim().min(1, "enter your name").max(100),
  email,
  password,
});

const signInSchema = z.object({
  email,
  password: z.string().min(1, "enter your password").max(PASSWORD_MAX),
});

function signedInResponse(
  request: Request,
  token: string,
  staff: { name: string; email: string },
  status = 200,
) {
  const response = jsonResponse({ staff: { name: staff.name, email: staff.email } }, status);
  response.headers.set("Set-Cookie", sessionCookie(request, token));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export async function handleSetup(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const ip = visitorIp(request);
  await consumeOrRefuse(limits().perClient, ip ?? "unknown", TOO_MANY);
  const body = await parseJsonBody(request, setupSchema);
  const { token, staff } = await staffAuth().claimFirstAdmin(body, request, ip);
  return signedInResponse(request, token, staff, 201);
}

export async function handleSignIn(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const ip = visitorIp(request);
  await consumeOrRefuse(limits().perClient, ip ?? "unknown", TOO_MANY);
  const body = await parseJsonBody(request, signInSchema);
  await consumeOrRefuse(limits().perAccount, body.email, TOO_MANY);
  const { token, staff } = await staffAuth().signIn(body.email, body.password, request, ip);
  return signedInResponse(request, token, staff);
}

export async function handleSignOut(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const body = await parseJsonBody(request, z.object({ everywhere: z.boolean().default(false) }));
  const auth = staffAuth();
  const signedIn = await auth.current(request.headers.get("cookie"));
  if (signedIn === null) throw new HttpError("unauthorized", "You are not signed in.");
  let ended = 1;
  if (body.everywhere) ended = await auth.signOutEverywhere(signedIn);
  else await auth.signOut(signedIn);
  const response = jsonResponse({ ended });
  response.headers.set("Set-Cookie", sessionCookie(request, null));
  response.headers.set("Cache-Control", "no-store");
  return response;
}

const inviteSchema = z.object({ email, role: z.enum(["staff", "admin"]).default("staff") });
const acceptSchema = z.object({
  token: z.string().min(1).max(100),
  name: z.string().trim().min(1, "enter your name").max(100),
  password,
});

/** An admin invites an address: the link is answered once (only its hash is kept). */
export async function handleInvite(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const auth = staffAuth();
  const signedIn = await auth.current(request.headers.get("cookie"));
  if (signedIn === null) throw new HttpError("unauthorized", "Sign in to invite staff.");
  const body = await parseJsonBody(request, inviteSchema);
  const { token, expiresAt } = await auth.invite(signedIn, body.email, body.role);
  const response = jsonResponse(
    { url: `/invite/${token}`, email: body.email, role: body.role, expiresAt },
    201,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export async function handleAcceptInvite(request: Request): Promise<Response> {
  assertSameOrigin(request);
  const ip = visitorIp(request);
  await consumeOrRefuse(limits().perClient, ip ?? "unknown", TOO_MANY);
  const body = await parseJsonBody(request, acceptSchema);
  const { token, staff } = await staffAuth().acceptInvite(body, request, ip);
  return signedInResponse(request, token, staff, 201);
}
