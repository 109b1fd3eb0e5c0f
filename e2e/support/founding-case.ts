import { type APIRequestContext, expect } from "@playwright/test";
import { fixtureServer } from "./fixture-servers";
import { expectShareHeaders } from "./share-headers";

/** The founding case through the API, as the wizard saves it: shared by the specs that need a saved case. */

export const PASSWORD = "Corr3ct-Horse!";
export const SENDER = "office@contoso.example";

type StreamResult = {
  type: "result";
  result: { runId: string; outcome: string; failedStage: string | null };
};

/** Runs one live test through the streaming API and returns its last line (the result and diagnosis). */
export async function streamProbe(
  request: APIRequestContext,
  probe: Record<string, unknown>,
): Promise<StreamResult> {
  const response = await request.post("/api/probe/stream", { data: { probe, context: {} } });
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split("\n");
  const last = JSON.parse(lines.at(-1) ?? "null") as StreamResult;
  expect(last.type).toBe("result");
  return last;
}

/** The recommended settings of the founding case, pointed at the submission fixture. */
export function recommendedSubmission(): Record<string, unknown> {
  return {
    host: "127.0.0.1",
    port: fixtureServer("m365-submission").port,
    security: "starttls",
    credentials: { kind: "password", username: SENDER, password: PASSWORD },
    from: SENDER,
    to: ["someone@contoso.example"],
  };
}

/** The founding case saved as a case: the Spamhaus failure, then the validated fix. */
export async function saveFoundingCase(
  request: APIRequestContext,
  { title = "Sharp MX-4070N scan to email", device = "Sharp MX-4070N" } = {},
) {
  const initial = await streamProbe(request, {
    host: "127.0.0.1",
    port: fixtureServer("m365-mx").port,
    security: "starttls",
    from: SENDER,
    to: ["someone@contoso.example"],
  });
  expect(initial.result.outcome).toBe("failed");
  expect(initial.result.failedStage).toBe("rcpt");
  const validation = await streamProbe(request, recommendedSubmission());
  expect(validation.result.outcome).toBe("ok");

  const response = await request.post("/api/cases", {
    data: {
      title,
      context: { device, failingFunction: "scan to email" },
      runIds: [
        { runId: initial.result.runId, kind: "initial" },
        { runId: validation.result.runId, kind: "validation", validatesRunId: initial.result.runId },
      ],
    },
  });
  expect(response.status()).toBe(201);
  expectShareHeaders(response);
  const saved = (await response.json()) as { caseId: string; ownerToken: string; ownerUrl: string };
  expect(saved.ownerUrl).toBe(`/case/${saved.ownerToken}`);
  return { ...saved, firstProbeRunId: initial.result.runId };
}
