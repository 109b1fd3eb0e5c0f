import { getServers, Resolver } from "node:dns/promises";
import { readFileSync } from "node:fs";
import * as z from "zod/mini";
import { DEFAULT_TIMEOUTS, type ProbeOptions, type ProbeTimeouts } from "./probe-options";
import { policyFromEnv } from "./target-policy";

/**
 * The operator's settings for the prober, read from the environment (an edge, so zod here; the
 * mini build, since the command-line tool loads this on every run):
 * - SMTP_DOCTOR_ALLOW_TARGETS: CIDRs that may be probed on any port (fixtures, internal relays)
 * - SMTP_DOCTOR_DNS_SERVERS: resolvers to use instead of the system's (ip or ip:port, comma-separated)
 * - SMTP_DOCTOR_EXTRA_CA_FILE: PEM file of extra trusted roots (an internal relay's private CA)
 * - SMTP_DOCTOR_EHLO_NAME: the name we announce in EHLO
 * - SMTP_DOCTOR_TIMEOUT_{GREETING,COMMAND,LINE,RUN}_MS: the time budgets (see ProbeTimeouts)
 */
const milliseconds = z.optional(z.coerce.number().check(z.int(), z.positive(), z.maximum(600_000)));

const dnsServersSchema = z.pipe(
  z.optional(z.string()),
  z.transform((value) =>
    value
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
  ),
);

const envSchema = z.object({
  SMTP_DOCTOR_TIMEOUT_GREETING_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_COMMAND_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_LINE_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_RUN_MS: milliseconds,
  SMTP_DOCTOR_ALLOW_TARGETS: z.optional(z.string()),
  SMTP_DOCTOR_DNS_SERVERS: dnsServersSchema,
  SMTP_DOCTOR_EXTRA_CA_FILE: z.optional(z.string()),
  SMTP_DOCTOR_EHLO_NAME: z.optional(z.string().check(z.regex(/^[A-Za-z0-9.\-[\]:]+$/))),
});

export type ProbeSettings = Pick<ProbeOptions, "policy" | "resolver" | "trustedCa" | "defaultEhloName"> & {
  /** Only the budgets the operator set; the rest keep their defaults. */
  timeouts: Partial<ProbeTimeouts>;
};

/** A resolver on the operator's DNS servers, or null for the system's. Also used by lib/network. */
export function resolverFromEnv(env: Record<string, string | undefined>): Resolver | null {
  const servers = dnsServersSchema.parse(env.SMTP_DOCTOR_DNS_SERVERS);
  if (!servers?.length) return null;
  const resolver = new Resolver({ timeout: DEFAULT_TIMEOUTS.dnsMs, tries: 2 });
  resolver.setServers(servers);
  return resolver;
}

/** The DNS servers to ask: the operator's, else the system's (for code that speaks DNS itself). */
export function dnsServersFromEnv(env: Record<string, string | undefined>): string[] {
  const servers = dnsServersSchema.parse(env.SMTP_DOCTOR_DNS_SERVERS);
  return servers?.length ? servers : getServers();
}

export function probeSettingsFromEnv(env: Record<string, string | undefined>): ProbeSettings {
  const parsed = envSchema.parse(env);
  const resolver = resolverFromEnv(env) ?? undefined;
  const trustedCa = parsed.SMTP_DOCTOR_EXTRA_CA_FILE
    ? readPemFile(parsed.SMTP_DOCTOR_EXTRA_CA_FILE)
    : undefined;
  return {
    policy: policyFromEnv(env),
    resolver,
    trustedCa,
    defaultEhloName: parsed.SMTP_DOCTOR_EHLO_NAME,
    timeouts: dropUnset({
      greetingMs: parsed.SMTP_DOCTOR_TIMEOUT_GREETING_MS,
      commandMs: parsed.SMTP_DOCTOR_TIMEOUT_COMMAND_MS,
      lineMs: parsed.SMTP_DOCTOR_TIMEOUT_LINE_MS,
      runMs: parsed.SMTP_DOCTOR_TIMEOUT_RUN_MS,
    }),
  };
}

/** An unset budget must not override the default with `undefined` when the settings are spread. */
function dropUnset(timeouts: Partial<ProbeTimeouts>): Partial<ProbeTimeouts> {
  return Object.fromEntries(Object.entries(timeouts).filter(([, value]) => value !== undefined));
}

const PEM_CERTIFICATE = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/g;

function readPemFile(path: string): string[] {
  const certificates = readFileSync(path, "utf8").match(PEM_CERTIFICATE);
  if (!certificates) throw new Error(`SMTP_DOCTOR_EXTRA_CA_FILE (${path}) holds no PEM certificate`);
  return certificates;
}
