import { rm, writeFile } from "node:fs/promises";
import { e2eZone } from "./fixtures/dns/e2e-zone";
import { startDnsFixture } from "./fixtures/dns/start-dns-fixture";
import { startOidcFixture } from "./fixtures/oidc/start-oidc-fixture";
import { startAllFixtures } from "./fixtures/smtp/start-all-fixtures";
import { getTestCertificates } from "./fixtures/smtp/test-certificates";
import {
  E2E_DNS_PORT_DEFAULT,
  E2E_OIDC_PORT,
  e2eRunDir,
  fixturesFile,
  testCaFile,
} from "./support/e2e-run-dir";

/**
 * Playwright starts the webServer before global setup, so the app cannot be handed fixture ports or
 * a CA at start-up. It does not need to: the allow-list (127.0.0.0/8, any port) admits whatever ports
 * the fixtures get, and the app reads SMTP_DOCTOR_EXTRA_CA_FILE on each probe, after this has run.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const dir = e2eRunDir();
  const { caCert } = await getTestCertificates();
  await writeFile(testCaFile(dir), caCert);
  const fixtures = await startAllFixtures();
  // The app's resolver points here (SMTP_DOCTOR_DNS_SERVERS, fixed port: the app starts first).
  const dns = await startDnsFixture(e2eZone, Number(process.env.E2E_DNS_PORT ?? E2E_DNS_PORT_DEFAULT));
  // The organisation's identity provider for staff sign-in (the app's SMTP_DOCTOR_OIDC_* point here).
  const idp = await startOidcFixture(E2E_OIDC_PORT, ["http://127.0.0.1:3100/api/staff/oidc/callback"]);
  const addresses = fixtures.map(({ name, mode, host, port, description }) => ({
    name,
    mode,
    host,
    port,
    description,
  }));
  await writeFile(fixturesFile(dir), JSON.stringify(addresses, null, 2));
  return async () => {
    await Promise.all([...fixtures.map((fixture) => fixture.close()), dns.close(), idp.close()]);
    await rm(dir, { recursive: true, force: true });
  };
}
