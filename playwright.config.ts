import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { defineConfig } from "@playwright/test";
import { OIDC_CLIENT_ID, OIDC_CLIENT_SECRET } from "./e2e/fixtures/oidc/start-oidc-fixture";
import {
  E2E_DNS_PORT_DEFAULT,
  E2E_LIMIT_PER_LOGIN,
  E2E_OIDC_PORT,
  E2E_RUN_DIR_ENV,
  E2E_SINK_PORT,
  testCaFile,
} from "./e2e/support/e2e-run-dir";

// The config is loaded by the runner and again by each worker; workers inherit the runner's directory.
const runDir = process.env[E2E_RUN_DIR_ENV] ?? mkdtempSync(path.join(tmpdir(), "smtp-doctor-e2e-"));
process.env[E2E_RUN_DIR_ENV] = runDir;

const PORT = 3100;

export default defineConfig({
  testDir: "e2e",
  testMatch: "*.spec.ts",
  testIgnore: "fixtures/**",
  workers: 1,
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  reporter: "list",
  globalSetup: "./e2e/global-setup.ts",
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-quic",
        "--no-first-run",
        "--disable-sync",
      ],
    },
  },
  webServer: {
    // The production build: `npm run build` runs first (see `npm test`).
    // The server's own output goes to a file the specs read: no password may ever appear in it.
    command: `node server.mjs > "${path.join(runDir, "server.log")}" 2>&1`,
    url: `http://127.0.0.1:${PORT}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NODE_ENV: "production",
      PORT: String(PORT),
      HOST: "127.0.0.1",
      SMTP_DOCTOR_ALLOW_TARGETS: "127.0.0.0/8",
      // Every spec comes from 127.0.0.1: a roomy per-client budget, so only the spec about limits meets them.
      SMTP_DOCTOR_LIMIT_PER_CLIENT: "500",
      // The suite connects to the same fixtures (127.0.0.1:port) far more than 60 times in 10 minutes.
      SMTP_DOCTOR_LIMIT_PER_TARGET: "500",
      SMTP_DOCTOR_LIMIT_PER_LOGIN: String(E2E_LIMIT_PER_LOGIN),
      SMTP_DOCTOR_EXTRA_CA_FILE: testCaFile(runDir),
      // The device capture sink beside the app, on ports of the suite's own.
      SMTP_DOCTOR_SINK_PORTS: `${E2E_SINK_PORT}:starttls,${E2E_SINK_PORT + 1}:tls`,
      SMTP_DOCTOR_SINK_HOST: "127.0.0.1",
      SMTP_DOCTOR_SINK_PUBLIC_NAME: "127.0.0.1",
      // Saved cases go to this run's own database, never the working tree's ./data.
      SMTP_DOCTOR_DATA_DIR: path.join(runDir, "data"),
      // Every DNS lookup the app makes goes to the e2e DNS fixture: nothing reaches real DNS.
      SMTP_DOCTOR_DNS_SERVERS: `127.0.0.1:${process.env.E2E_DNS_PORT ?? E2E_DNS_PORT_DEFAULT}`,
      // Staff may also sign in with the e2e identity provider (started by global setup).
      SMTP_DOCTOR_OIDC_ISSUER: `http://127.0.0.1:${E2E_OIDC_PORT}`,
      SMTP_DOCTOR_OIDC_CLIENT_ID: OIDC_CLIENT_ID,
      SMTP_DOCTOR_OIDC_CLIENT_SECRET: OIDC_CLIENT_SECRET,
      SMTP_DOCTOR_OIDC_NAME: "Helpdesk IdP",
      SMTP_DOCTOR_OIDC_ALLOWED_DOMAINS: "helpdesk.example",
      // The staff specs sign in many times from 127.0.0.1; the limit itself is covered below.
      SMTP_DOCTOR_LIMIT_SIGN_IN: "40",
    },
  },
});
