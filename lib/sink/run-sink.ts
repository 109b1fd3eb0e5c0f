import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { generate } from "selfsigned";
import type { CaseStore } from "../reports/case-store";
import { openPostgresCaseStore } from "../reports/postgres-case-store";
import { openSqliteCaseStore } from "../reports/sqlite-case-store";
import { storeSettingsFromEnv } from "../reports/store-env";
import { startCaptureSink } from "./capture-sink";
import { type CaptureStore, hashCaptureSecret } from "./capture-store";
import { openPostgresCaptureStore } from "./postgres-capture-store";
import { type SinkSettings, sinkSettingsFromEnv } from "./sink-settings";
import { openSqliteCaptureStore } from "./sqlite-capture-store";

/**
 * The capture sink as its own process: server.mjs starts it beside the app (so a stuck device
 * connection never touches the web server's event loop), with the same environment. It reads
 * captures' credentials and writes what devices did to the case database, and does nothing else.
 */

async function certificate(settings: SinkSettings, dataDir: string): Promise<{ key: string; cert: string }> {
  if (settings.certFile && settings.keyFile) {
    return { key: readFileSync(settings.keyFile, "utf8"), cert: readFileSync(settings.certFile, "utf8") };
  }
  const certFile = path.join(dataDir, "sink-cert.pem");
  const keyFile = path.join(dataDir, "sink-key.pem");
  if (existsSync(certFile) && existsSync(keyFile)) {
    return { key: readFileSync(keyFile, "utf8"), cert: readFileSync(certFile, "utf8") };
  }
  // Self-signed for the embedded default: devices that verify certificates need the operator's.
  const made = await generate([{ name: "commonName", value: settings.publicName }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notAfterDate: new Date(Date.now() + 825 * 86_400_000),
    extensions: [{ name: "subjectAltName", altNames: [{ type: 2, value: settings.publicName }] }],
  });
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  writeFileSync(keyFile, made.private, { mode: 0o600 });
  chmodSync(keyFile, 0o600);
  writeFileSync(certFile, made.cert);
  return { key: made.private, cert: made.cert };
}

function openStores(env: NodeJS.ProcessEnv): {
  cases: CaseStore;
  captures: CaptureStore & { close(): Promise<void> };
} {
  const store = storeSettingsFromEnv(env);
  if (store.kind === "postgres") {
    const cases = openPostgresCaseStore({
      connectionString: store.databaseUrl,
      shareTtlDays: store.shareTtlDays,
    });
    return {
      cases,
      captures: openPostgresCaptureStore({ connectionString: store.databaseUrl, ready: cases.check() }),
    };
  }
  const cases = openSqliteCaseStore(store);
  return { cases, captures: openSqliteCaptureStore(store.file) };
}

export async function runSink(env: NodeJS.ProcessEnv = process.env): Promise<(() => Promise<void>) | null> {
  const settings = sinkSettingsFromEnv(env);
  if (!settings) return null;
  const { cases, captures } = openStores(env);
  const dataDir = path.resolve(env.SMTP_DOCTOR_DATA_DIR || "data");
  const { key, cert } = await certificate(settings, dataDir);
  const sink = await startCaptureSink({
    host: settings.host,
    listeners: settings.listeners,
    key,
    cert,
    authenticate: async (username, password) =>
      (await captures.captureForSignIn(username, hashCaptureSecret(password)))?.id ?? null,
    answerFor: async (captureId) => {
      const answer = (await captures.getCapture(captureId))?.answer;
      return answer?.kind === "refuse" ? { code: answer.code, message: answer.message } : null;
    },
    record: async (capture) => {
      await captures.appendSession(capture.captureId, capture);
    },
  });
  const ports = settings.listeners.map((l, i) => `${sink.ports[i]} (${l.mode})`).join(", ");
  console.log(`> SMTP Doctor device capture listening on ${settings.host} port ${ports}`);
  return async () => {
    await sink.close();
    await captures.close();
    await cases.close();
  };
}
