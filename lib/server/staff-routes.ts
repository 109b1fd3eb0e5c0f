import { z } from "zod";
import { decodeFlow, encodeFlow, OIDC_FLOW_COOKIE } from "@/lib/staff/oidc";
import { PASSWORD_MAX, PASSWORD_MIN } from "@/lib/staff/password";
import { safeNext } from "@/lib/staff/safe-next";
import { assertSameOrigin, cookieValue, isHttps, type SignedIn, sessionCookie } from "@/lib/staff/staff-auth";
import { createLinkForCase, existingCase, revokeLinkOfCase, ticketSummaryForCase } from "./case-links";
import { appendedRunResponse, appendRunAsStaff, appendRunInputSchema, type CaseAuthor } from "./case-save";
import { caseStore } from "./case-store-singleton";
import { listCapturesForCase, newCaptureInputSchema, startCaptureForCase } from "./device-captures";
import { HttpError, isHttpError, jsonResponse } from "./http-errors";
import { parseJsonBody } from "./parse-json-body";
import { consumeOrRefuse } from "./probe-limiter";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { makeRateLimiter } from "./shared-state";
import { oidc, recordActivity, staffAuth, workspaceStore } from "./workspace";

/** The staff sign-in endpoints: setup (first admin), sign-in, sign-out. Each is same-origin only. */

const limitEnv = z.object({
  SMTP_DOCTOR_LIMIT_SIGN_IN: z.coerce.number().int().positive().default(10),
});

const limits = () =>
  processSingleton("staff-limits", () => {
    // Guessing a password or a setup code: 10 tries per address and per account in 15 minutes.
    const points = limitEnv.parse(process.env).SMTP_DOCTOR_LIMIT_SIGN_IN;
    return {
      perClient: makeRateLimiter({ keyPrefix: "staff:client", points, duration: 900 }),
      perAccount: makeRateLimiter({ keyPrefix: "staff:account", points, duration: 900 }),
    };
  });

const TOO_MANY = "Too many sign-in attempts.";

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

/** A state-changing staff request: from our own pages, by someone signed in; else a refusal saying `why`. */
async function signedInFor(request: Request, why: string): Promise<SignedIn> {
  assertSameOrigin(request);
  const signedIn = await staffAuth().current(request.headers.get("cookie"));
  if (signedIn === null) throw new HttpError("unauthorized", why);
  return signedIn;
}

/** How the activity log names a staff member. */
const actorOf = (signedIn: SignedIn) => `${signedIn.staff.name} (${signedIn.staff.email})`;

/**
 * Who is saving a case from the wizard: a signed-in agent (then the request must come from our own
 * pages, as every staff change must) or an anonymous visitor.
 */
export async function caseAuthorOf(request: Request): Promise<CaseAuthor> {
  const signedIn = await staffAuth().current(request.headers.get("cookie"));
  if (signedIn === null) return { kind: "anonymous" };
  assertSameOrigin(request);
  return { kind: "staff", actor: actorOf(signedIn), staffId: signedIn.staff.id };
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
  const signedIn = await signedInFor(request, "You are not signed in.");
  const body = await parseJsonBody(request, z.object({ everywhere: z.boolean().default(false) }));
  const auth = staffAuth();
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
  const signedIn = await signedInFor(request, "Sign in to invite staff.");
  const auth = staffAuth();
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

const FLOW_MAX_AGE = 600;

function flowCookie(request: Request, value: string | null): string {
  const parts = [
    `${OIDC_FLOW_COOKIE}=${value ?? ""}`,
    "Path=/api/staff/oidc",
    "HttpOnly",
    // Lax: the provider's redirect back is a top-level GET, which carries it.
    "SameSite=Lax",
    `Max-Age=${value === null ? 0 : FLOW_MAX_AGE}`,
  ];
  if (isHttps(request)) parts.push("Secure");
  return parts.join("; ");
}

function redirectTo(location: string, cookies: string[]): Response {
  const headers = new Headers({
    Location: location,
    "Cache-Control": "no-store",
    "Referrer-Policy": "no-referrer",
  });
  for (const cookie of cookies) headers.append("Set-Cookie", cookie);
  return new Response(null, { status: 302, headers });
}

/**
 * The URL the browser used, from its Host header (and a proxy's X-Forwarded-*): a custom server's
 * `request.url` may name the address it listens on instead, which the provider would not know.
 */
function browserUrl(request: Request): URL {
  const url = new URL(request.url);
  const proto = request.headers.get("x-forwarded-proto") ?? url.protocol.replace(":", "");
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host") ?? url.host;
  return new URL(`${url.pathname}${url.search}`, `${proto}://${host}`);
}

/** Sends the browser to the identity provider, keeping PKCE, state and nonce in a 10-minute cookie. */
export async function handleOidcStart(request: Request): Promise<Response> {
  const provider = oidc();
  if (provider === null)
    throw new HttpError("not-found", "Sign-in with an identity provider is not configured.");
  const url = browserUrl(request);
  const { url: authorize, flow } = await provider.start(url, safeNext(url.searchParams.get("next")));
  return redirectTo(authorize.href, [flowCookie(request, encodeFlow(flow))]);
}

/** The provider's answer: the ID token checked, then our own session, then where the person was going. */
export async function handleOidcCallback(request: Request): Promise<Response> {
  const provider = oidc();
  if (provider === null)
    throw new HttpError("not-found", "Sign-in with an identity provider is not configured.");
  const url = browserUrl(request);
  const flow = decodeFlow(cookieValue(request.headers.get("cookie"), OIDC_FLOW_COOKIE));
  const back = (message: string) =>
    redirectTo(`/sign-in?${new URLSearchParams({ error: message })}`, [flowCookie(request, null)]);
  if (flow === null) return back("The sign-in took too long or was started elsewhere. Please sign in again.");
  if (url.searchParams.has("error")) {
    return back(
      `The identity provider did not sign you in (${url.searchParams.get("error")?.slice(0, 80)}).`,
    );
  }
  try {
    const identity = await provider.finish(url, flow);
    const { token } = await staffAuth().signInWithIdentity(
      identity,
      provider.roleForNewAccount(identity.email),
      request,
      visitorIp(request),
    );
    return redirectTo(safeNext(flow.next), [flowCookie(request, null), sessionCookie(request, token)]);
  } catch (error) {
    if ((error as Error).name === "OidcRefusal" || isHttpError(error)) return back((error as Error).message);
    console.error(
      `[staff] identity provider sign-in failed: ${(error as Error).name}: ${(error as Error).message}`,
    );
    return back("The sign-in with the identity provider could not be completed. Please try again.");
  }
}

const STATUS_WORDS = { open: "Open", waiting: "Waiting on the customer", resolved: "Resolved" } as const;

const workflowSchema = z.object({
  /** "follow": the status follows the tests again. */
  status: z.enum(["follow", "open", "waiting", "resolved"]).optional(),
  assigneeId: z.string().max(64).nullable().optional(),
  ticketRef: z.string().trim().max(100, "at most 100 characters").optional(),
});

/** Staff set a case's status, assignee or their own ticket number; each change is in the activity log. */
export async function handleWorkflow(request: Request, caseId: string): Promise<Response> {
  const signedIn = await signedInFor(request, "Sign in to change this case.");
  const body = await parseJsonBody(request, workflowSchema);
  await existingCase(caseId);
  const workspace = workspaceStore();
  const staff = await workspace.listStaff();
  if (body.assigneeId && !staff.some((person) => person.id === body.assigneeId)) {
    throw new HttpError("invalid-input", "Some fields need attention.", [
      { path: "assigneeId", message: "not a member of the team" },
    ]);
  }
  const before = await workspace.workflowOf(caseId);
  const status = body.status === undefined ? undefined : body.status === "follow" ? null : body.status;
  const after = await workspace.setWorkflow(
    caseId,
    { status, assigneeId: body.assigneeId, ticketRef: body.ticketRef },
    new Date(),
  );
  const actor = actorOf(signedIn);
  const ip = visitorIp(request);
  const changes: string[] = [];
  if ((before?.status ?? null) !== after.status) {
    changes.push(
      after.status ? `Status set to "${STATUS_WORDS[after.status]}"` : "Status follows the tests again",
    );
  }
  if ((before?.assigneeId ?? null) !== after.assigneeId) {
    const name = staff.find((person) => person.id === after.assigneeId)?.name;
    changes.push(name ? `Assigned to ${name}` : "Unassigned");
  }
  if ((before?.ticketRef ?? "") !== after.ticketRef) {
    changes.push(after.ticketRef ? `Ticket number set to ${after.ticketRef}` : "Ticket number removed");
  }
  for (const change of changes) await recordActivity(caseId, actor, change, ip);
  return jsonResponse({ workflow: after, changes });
}

/** An admin deletes a case at once, with its tests, checks, links and activity. */
export async function handleDeleteCase(request: Request, caseId: string): Promise<Response> {
  const signedIn = await signedInFor(request, "Sign in to delete a case.");
  if (signedIn.staff.role !== "admin") throw new HttpError("forbidden", "Only an admin can delete a case.");
  if (!(await caseStore().deleteCase(caseId))) throw new HttpError("not-found", "No such case.");
  console.log(`[staff] case deleted by ${signedIn.staff.email}`);
  return jsonResponse({ deleted: true });
}

/** The signed-in staff member for a state-changing request on a case, or a refusal; with their label for the log. */
async function staffFor(request: Request): Promise<{ actor: string; ip: string | null }> {
  const signedIn = await signedInFor(request, "Sign in to change this case.");
  return { actor: actorOf(signedIn), ip: visitorIp(request) };
}

export async function handleStaffCreateLink(request: Request, caseId: string): Promise<Response> {
  const { actor, ip } = await staffFor(request);
  const body = await parseJsonBody(request, z.object({ kind: z.enum(["customer", "report"]) }));
  await existingCase(caseId);
  const created = await createLinkForCase(caseId, body.kind, actor, ip);
  const response = jsonResponse(
    { token: created.token, url: created.url, expiresAt: created.expiresAt, link: { id: created.link.id } },
    201,
  );
  response.headers.set("Cache-Control", "no-store");
  return response;
}

export async function handleStaffRevokeLink(
  request: Request,
  caseId: string,
  linkId: string,
): Promise<Response> {
  const { actor, ip } = await staffFor(request);
  const link = await revokeLinkOfCase(caseId, linkId, actor, ip);
  return jsonResponse({ id: link.id, revokedAt: link.revokedAt });
}

/** A signed-in agent's wizard adds a test to a team case (the staff page's "Test again"). */
export async function handleStaffAppendRun(request: Request, caseId: string): Promise<Response> {
  const { actor } = await staffFor(request);
  const body = await parseJsonBody(request, appendRunInputSchema);
  return appendedRunResponse(await appendRunAsStaff(caseId, body, actor));
}

export async function handleStaffTicket(request: Request, caseId: string): Promise<Response> {
  const { actor, ip } = await staffFor(request);
  await existingCase(caseId);
  const summary = await ticketSummaryForCase(caseId, browserUrl(request).origin, actor, ip);
  const response = jsonResponse(summary, 201);
  response.headers.set("Cache-Control", "no-store");
  return response;
}

/** The case's device captures for signed-in staff: GET lists them, POST starts one. */
export async function handleStaffCaptures(request: Request, caseId: string): Promise<Response> {
  if (request.method === "GET") {
    await signedInFor(request, "Sign in to see this case.");
    await existingCase(caseId);
    const response = jsonResponse(await listCapturesForCase(caseId), 200);
    response.headers.set("Cache-Control", "no-store");
    return response;
  }
  const { actor, ip } = await staffFor(request);
  const body = await parseJsonBody(request, newCaptureInputSchema);
  await existingCase(caseId);
  const response = jsonResponse(await startCaptureForCase(caseId, body, actor, ip), 201);
  response.headers.set("Cache-Control", "no-store");
  return response;
}
