import type { ApiErrorBody } from "@/lib/api/api-error";
import { callApi } from "@/lib/api/client";
import type { ProbeInputRaw, ProbeResult } from "@/lib/smtp/probe-schema";

export type PostProbeOutcome =
  | { kind: "result"; result: ProbeResult }
  | { kind: "rejected"; error: ApiErrorBody["error"] }
  | { kind: "failed"; message: string };

/** Sends one probe to our API and sorts the answer into result, API refusal or transport failure. */
export async function postProbe(body: ProbeInputRaw): Promise<PostProbeOutcome> {
  const answer = await callApi<ProbeResult>("/api/probe", {
    body,
    parse: (json) => {
      if (json === null || typeof json !== "object") throw new Error("no result");
      return json;
    },
  });
  if (answer.ok) return { kind: "result", result: answer.value };
  if (answer.code === "network" || answer.code === "http") return { kind: "failed", message: answer.message };
  return {
    kind: "rejected",
    error: {
      code: answer.code,
      message: answer.message,
      ...(answer.issues ? { issues: answer.issues } : {}),
      ...(answer.retryAfterSeconds !== undefined ? { retryAfterSeconds: answer.retryAfterSeconds } : {}),
    },
  };
}
