import "server-only";
import { readFile } from "node:fs/promises";
import type { ProbeOptions } from "@/lib/smtp/probe-options";
import type { ProbeInput, ProbeResult } from "@/lib/smtp/probe-schema";
import { runProbe } from "@/lib/smtp/run-probe";
import { policyFromEnv } from "@/lib/smtp/target-policy";

/** Runs one probe for an HTTP request, with the operator's settings from the environment. */
export async function runProbeForRequest(input: ProbeInput, signal: AbortSignal): Promise<ProbeResult> {
  const options: ProbeOptions = {
    policy: policyFromEnv(process.env),
    signal,
    trustedCa: await readExtraCa(process.env.SMTP_DOCTOR_EXTRA_CA_FILE),
  };
  return runProbe(input, options);
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

/**
 * Reads the operator's extra trusted roots (a PEM file, one or more certificates). Read on every run:
 * it is a few KB next to seconds of network, and a replaced file takes effect without a restart.
 */
async function readExtraCa(path: string | undefined): Promise<string[] | undefined> {
  if (!path) return undefined;
  const certificates = (await readFile(path, "utf8")).match(PEM_CERTIFICATE);
  if (!certificates) throw new Error(`SMTP_DOCTOR_EXTRA_CA_FILE (${path}) holds no PEM certificate`);
  return certificates;
}
