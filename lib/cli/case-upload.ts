import type { Credentials } from "../smtp/probe-input-schema";
import type { ProbeResult } from "../smtp/probe-schema";
import { secretNeedles } from "../smtp/redact-secrets";

/**
 * `smtp-doctor probe … --case <link>`: a run made on the customer's own network, added to the case
 * the helpdesk's link opens. The server diagnoses it again itself and labels it as a test the tool
 * reported from the site (it did not see it happen); here, before anything leaves the machine, the
 * result is checked for the secret in every form the session could have carried it.
 */

export type UploadTarget = { origin: string; token: string; url: string };

// The share paths a case link takes: the customer's (/c/) and the owner's (/case/).
const CASE_LINK = /^\/(?:c|case)\/([A-Za-z0-9_-]{20,128})\/?$/;

/** Where a pasted case link uploads to, or an error in words a technician can act on. */
export function uploadTargetOf(link: string): UploadTarget {
  let url: URL;
  try {
    url = new URL(link.trim());
  } catch {
    throw new Error("--case needs the case link the helpdesk sent (https://…/c/…)");
  }
  if (url.protocol !== "https:" && !(url.protocol === "http:" && isLoopback(url.hostname))) {
    throw new Error("--case: the link must be https (plain http only to this machine)");
  }
  if (url.username || url.password)
    throw new Error("--case: a link with a user name or password in it is not a case link");
  const token = CASE_LINK.exec(url.pathname)?.[1];
  if (!token) throw new Error("--case: this is not a case link (it looks like https://…/c/<code>)");
  return { origin: url.origin, token, url: `${url.origin}/api/cases/${token}/site-runs` };
}

function isLoopback(hostname: string): boolean {
  return hostname === "localhost" || hostname === "[::1]" || /^127\.\d+\.\d+\.\d+$/.test(hostname);
}

/**
 * Whether the secret the run signed in with appears anywhere in what would be uploaded: as typed,
 * or as the base64 it took inside AUTH PLAIN, LOGIN or XOAUTH2 at any alignment. The engine's
 * redaction should make this impossible; this is the check that it held, run on the exact bytes.
 */
export function leaksSecret(body: string, credentials: Credentials | undefined): boolean {
  if (!credentials) return false;
  const secret = credentials.kind === "password" ? credentials.password : credentials.accessToken;
  return secretNeedles(secret).some(
    (needle) => body.includes(needle) || body.includes(JSON.stringify(needle).slice(1, -1)),
  );
}

export type UploadAnswer = { reference: string; seq: number; caseUrl: string | null };

/** Sends the run; resolves with where it landed, or throws with the server's own words. */
export async function uploadRun(
  target: UploadTarget,
  result: ProbeResult,
  credentials: Credentials | undefined,
  tool: { version: string },
  fetchImpl: typeof fetch = fetch,
): Promise<UploadAnswer> {
  const body = JSON.stringify({ result, tool: { name: "smtp-doctor", version: tool.version } });
  if (leaksSecret(body, credentials)) {
    throw new Error("not uploaded: the result still contains the password or token (redaction did not hold)");
  }
  let response: Response;
  try {
    response = await fetchImpl(target.url, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body,
      signal: AbortSignal.timeout(20_000),
    });
  } catch (error) {
    throw new Error(`not uploaded: ${target.origin} could not be reached (${(error as Error).message})`);
  }
  const json = (await response.json().catch(() => null)) as Record<string, unknown> | null;
  if (!response.ok) {
    const error = json?.error as
      | { message?: string; issues?: { path: string; message: string }[] }
      | undefined;
    const detail = error?.issues?.map((i) => `${i.path}: ${i.message}`).join("; ");
    throw new Error(
      `not uploaded: ${error?.message ?? `the server answered HTTP ${response.status}`}${detail ? ` (${detail})` : ""}`,
    );
  }
  return {
    reference: typeof json?.reference === "string" ? json.reference : "the case",
    seq: typeof json?.seq === "number" ? json.seq : 0,
    caseUrl: null,
  };
}
