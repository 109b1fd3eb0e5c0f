import { callApi, failureText } from "@/lib/api/client";
import type { CaseContextPatch } from "@/lib/reports/case-schemas";

/** The browser's side of the case API: save a new case, add a run to one. Errors come back as text. */

type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

async function post<T>(url: string, body: unknown): Promise<Outcome<T>> {
  const answer = await callApi<T>(url, { body });
  return answer.ok ? { ok: true, value: answer.value } : { ok: false, message: failureText(answer) };
}

export type SaveCaseRequest = {
  title: string;
  context: CaseContextPatch;
  runIds: { runId: string; kind: "initial" | "validation"; validatesRunId?: string }[];
};

/**
 * A saved case: a signed-in agent's goes to the team's list (its staff page, `caseUrl`); saved by
 * anyone else, the owner link comes once with it.
 */
export type SavedCaseResponse = {
  caseId: string;
  reference: string;
  caseUrl: string;
  ownerToken?: string;
  ownerUrl?: string;
};

/** How the browser names a case it adds tests to: a link's token, or (signed-in staff) the case id. */
export type CaseRef = { token: string } | { caseId: string };

/** The case endpoint a ref reaches: the link's own, or the staff one behind sign-in. */
export function caseApiBase(ref: CaseRef): string {
  return "token" in ref
    ? `/api/cases/${encodeURIComponent(ref.token)}`
    : `/api/staff/cases/${encodeURIComponent(ref.caseId)}`;
}

export function saveCaseRequest(request: SaveCaseRequest): Promise<Outcome<SavedCaseResponse>> {
  return post<SavedCaseResponse>("/api/cases", request);
}

export type AppendRunRequest = {
  runId: string;
  kind?: "initial" | "validation";
  validatesRunId?: string;
};

export function appendRunRequest(
  ref: CaseRef,
  request: AppendRunRequest,
): Promise<Outcome<{ runId: string; seq: number }>> {
  return post(`${caseApiBase(ref)}/runs`, request);
}
