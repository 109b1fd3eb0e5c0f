import type { ApiErrorBody } from "@/lib/api/api-error";
import { readApiError } from "@/lib/api/read-api-error";
import type { ProbeInputRaw, ProbeResult } from "@/lib/smtp/probe-schema";

export type PostProbeOutcome =
  | { kind: "result"; result: ProbeResult }
  | { kind: "rejected"; error: ApiErrorBody["error"] }
  | { kind: "failed"; message: string };

/** Sends one probe to our API and sorts the answer into result, API refusal or transport failure. */
export async function postProbe(body: ProbeInputRaw): Promise<PostProbeOutcome> {
  let response: Response;
  try {
    response = await fetch("/api/probe", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(body),
      cache: "no-store",
    });
  } catch {
    return { kind: "failed", message: "Could not reach SMTP Doctor. Check your connection and try again." };
  }
  const json: unknown = await response.json().catch(() => null);
  if (response.ok && json !== null) return { kind: "result", result: json as ProbeResult };
  const error = await readApiError(json);
  if (error) return { kind: "rejected", error };
  return { kind: "failed", message: `SMTP Doctor answered with HTTP ${response.status}. Please try again.` };
}
