import { startFixture } from "../../../e2e/fixtures/smtp/start-fixture";
import type { ProbeResult } from "../../smtp/probe-schema";
import { probeFixture } from "../../testing/probe-harness";
import type { Case, Run } from "../case-schemas";
import type { CaseStore } from "../case-store";
import { foundingDiagnosis } from "./founding-diagnosis";

/** The founding case, replayed: real probes against the fixtures, stored through a real store. */
export const FOUNDING_USERNAME = "office@contoso.example";
export const FOUNDING_PASSWORD = "Corr3ct-Horse!";

export async function recordFoundingCase(store: CaseStore): Promise<{ theCase: Case; runs: Run[] }> {
  const created = await store.createCase({
    title: "Sharp MX-4070N scan to email refused by Microsoft 365",
    context: {
      device: "Sharp MX-4070N",
      failingFunction: "scan to email",
      provider: "microsoft-365",
      needs: "internal-only",
      staticIp: "no",
      deviceSupportsTls12: "yes",
      site: { publicIp: "203.0.113.5", note: "Verizon 5G Home behind a UniFi UDM Pro" },
    },
  });
  const network = { describes: "server", ip: "127.0.0.1", label: "SMTP Doctor server" } as const;
  const initialResult = await probeOnce("m365-mx", {});
  const initial = await store.appendRun(created.id, {
    kind: "initial",
    result: initialResult,
    diagnosis: foundingDiagnosis(initialResult),
    network,
  });
  const credentials = { kind: "password", username: FOUNDING_USERNAME, password: FOUNDING_PASSWORD } as const;
  await store.appendRun(created.id, {
    kind: "validation",
    validatesRunId: initial.id,
    result: await probeOnce("m365-submission", { credentials }),
    network,
  });
  const theCase = await store.getCase(created.id);
  if (theCase === null) throw new Error("the founding case vanished");
  return { theCase, runs: await store.listRuns(created.id) };
}

async function probeOnce(
  name: "m365-mx" | "m365-submission",
  extra: Omit<Parameters<typeof probeFixture>[0], "port">,
): Promise<ProbeResult> {
  const fixture = await startFixture(name, name === "m365-submission" ? { mode: "good" } : {});
  try {
    return await probeFixture({ port: fixture.port, ...extra });
  } finally {
    await fixture.close();
  }
}
