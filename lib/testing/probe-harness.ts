import { Resolver } from "node:dns/promises";
import { getTestCertificates } from "../../e2e/fixtures/smtp/test-certificates";
import { type ProbeInputRaw, probeInputSchema } from "../smtp/probe-input-schema";
import type { ProbeOptions } from "../smtp/probe-options";
import type { ProbeInput, ProbeResult, StageName } from "../smtp/probe-schema";
import { runProbe } from "../smtp/run-probe";
import { policyFromEnv } from "../smtp/target-policy";

/** Test defaults: loopback allowed, short timeouts, the fixtures' CA trusted, DNS only at `dnsServer`. */
export async function probeFixture(
  raw: Partial<ProbeInputRaw> & { port: number },
  extra: Partial<ProbeOptions> & { dnsServer?: string } = {},
): Promise<ProbeResult> {
  return runProbe(fixtureInput(raw), await fixtureOptions(extra));
}

/** The input `probeFixture` runs: 127.0.0.1 with STARTTLS, a fixed sender and recipient. */
export function fixtureInput(raw: Partial<ProbeInputRaw> & { port: number }): ProbeInput {
  return probeInputSchema.parse({
    host: "127.0.0.1",
    security: "starttls",
    from: "office@contoso.example",
    to: ["someone@contoso.example"],
    ehloName: "probe.example",
    ...raw,
  });
}

/** The options `probeFixture` runs with, for tests that call `runProbe` through something else. */
export async function fixtureOptions(
  extra: Partial<ProbeOptions> & { dnsServer?: string } = {},
): Promise<ProbeOptions> {
  const { caCert } = await getTestCertificates();
  const { dnsServer, ...rest } = extra;
  // A resolver pointed at a closed local port: a test that forgets a DNS fixture fails fast
  // instead of reaching real DNS.
  const resolver = new Resolver({ timeout: 500, tries: 1 });
  resolver.setServers([dnsServer ?? "127.0.0.1:9"]);
  return {
    policy: policyFromEnv({ SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8" }),
    resolver,
    trustedCa: [caCert],
    timeouts: { dnsMs: 1_000, connectMs: 2_000, greetingMs: 2_000, commandMs: 2_000, runMs: 10_000 },
    ...rest,
  };
}

export function stage(result: ProbeResult, name: StageName) {
  const found = result.stages.find((s) => s.name === name);
  if (!found) throw new Error(`no ${name} stage in result`);
  return found;
}

/** "name:status" for every stage, in order: one readable assertion for the whole run. */
export function statusLine(result: ProbeResult): string {
  return result.stages.map((s) => `${s.name}:${s.status}`).join(" ");
}
