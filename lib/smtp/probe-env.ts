import { getServers, Resolver } from "node:dns/promises";
import { readFileSync } from "node:fs";
import { z } from "zod";
import { DEFAULT_TIMEOUTS, type ProbeOptions, type ProbeTimeouts } from "./probe-options";
import { policyFromEnv } from "./target-policy";

/**
 * The operator's settings for the prober, read from the environment (an edge, so zod here):
 * - SMTP_DOCTOR_ALLOW_TARGETS: CIDRs that may be probed on any port (fixtures, internal relays)
 * - SMTP_DOCTOR_DNS_SERVERS: resolvers to use instead of the system's (ip or ip:port, comma-separated)
 * - SMTP_DOCTOR_EXTRA_CA_FILE: PEM file of extra trusted roots (an internal relay's private CA)
 * - SMTP_DOCTOR_EHLO_NAME: the name we announce in EHLO
 * - SMTP_DOCTOR_TIMEOUT_{GREETING,COMMAND,LINE,RUN}_MS: the time budgets (see ProbeTimeouts)
 */
const milliseconds = z.coerce.number().int().positive().max(600_000).optional();

const envSchema = z.object({
  SMTP_DOCTOR_TIMEOUT_GREETING_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_COMMAND_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_LINE_MS: milliseconds,
  SMTP_DOCTOR_TIMEOUT_RUN_MS: milliseconds,
  SMTP_DOCTOR_ALLOW_TARGETS: z.string().optional(),
  SMTP_DOCTOR_DNS_SERVERS: z
    .string()
    .optional()
    .transform((value) =>
      value
        ?.split(",")
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  SMTP_DOCTOR_EXTRA_CA_FILE: z.string().optional(),
  SMTP_DOCTOR_EHLO_NAME: z
    .string()
    .regex(/^[A-Za-z0-9.\-[\]:]+$/)
    .optional(),
});

export type ProbeSettings = Pick<ProbeOptions, "policy" | "resolver" | "trustedCa" | "defaultEhloName"> & {
  /** Only the budgets the operator set; the rest keep their defaults. */
  timeouts: Partial<ProbeTimeouts>;
};

/** A resolver on the operator's DNS servers, or null for the system's. Also used by lib/network. */
export function resolverFromEnv(env: Record<string, string | undefined>): Resolver | null {
  const servers = envSchema.shape.SMTP_DOCTOR_DNS_SERVERS.parse(env.SMTP_DOCTOR_DNS_SERVERS);
  if (!servers?.length) return null;
  const resolver = new Resolver({ timeout: DEFAULT_TIMEOUTS.dnsMs, tries: 2 });
  resolver.setServers(servers);
  return resolver;
}

/** The DNS servers to ask: the operator's, else the system's (for code that speaks DNS itself). */
export function dnsServersFromEnv(env: Record<string, string | undefined>): string[] {
  const servers = envSchema.shape.SMTP_DOCTOR_DNS_SERVERS.parse(env.SMTP_DOCTOR_DNS_SERVERS);
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
