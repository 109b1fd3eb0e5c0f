import path from "node:path";

/**
 * Files shared by the Playwright config, global setup and specs for one run. The config creates the
 * directory and records it in this variable; global setup and workers inherit it from the runner.
 */
export const E2E_RUN_DIR_ENV = "SMTP_DOCTOR_E2E_RUN_DIR";

export function e2eRunDir(): string {
  const dir = process.env[E2E_RUN_DIR_ENV];
  if (!dir) throw new Error(`${E2E_RUN_DIR_ENV} is not set: run the specs through playwright.config.ts`);
  return dir;
}

/** The fixtures' test CA, which the app trusts through SMTP_DOCTOR_EXTRA_CA_FILE. */
export function testCaFile(dir: string): string {
  return path.join(dir, "test-ca.pem");
}

/** Name, host and port of each running fixture server, written by global setup. */
export function fixturesFile(dir: string): string {
  return path.join(dir, "fixtures.json");
}

/** The e2e DNS fixture's port: fixed, because the app is started (with its resolver) before global setup. */
export const E2E_DNS_PORT_DEFAULT = 15353;
/** The device capture sink's first port (STARTTLS; the next one is implicit TLS). */
export const E2E_SINK_PORT = 15372;

/** The e2e OpenID Connect provider (fixed: the app is configured with its issuer before it starts). */
export const E2E_OIDC_PORT = 15356;

/**
 * Logins per (server, account) every 15 minutes on the e2e server (production default: 5). The
 * specs log in as the fixture's one mailbox about 20 times in a run (every fixture on 127.0.0.1
 * shares the budget: it is keyed on the address, on any port); the limit spec exhausts this budget.
 */
export const E2E_LIMIT_PER_LOGIN = 40;
