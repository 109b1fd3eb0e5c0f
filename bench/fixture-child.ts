import { startFixture } from "../e2e/fixtures/smtp/start-fixture";
import { getTestCertificates } from "../e2e/fixtures/smtp/test-certificates";

/**
 * Runs the benchmark's fixture server in its own process, as a real server would be: its CPU
 * work must not be counted against the client being measured. Prints {port, caCert} once.
 */
const { caCert } = await getTestCertificates();
const fixture = await startFixture("m365-submission", { mode: "good" });
process.stdout.write(`${JSON.stringify({ port: fixture.port, caCert })}\n`);
process.on("SIGTERM", () => {
  fixture.close().then(() => process.exit(0));
});
