import { hostname } from "node:os";
import type { CaptureMode, SinkListener } from "./capture-sink";

/**
 * The capture sink's settings, from the environment:
 * - SMTP_DOCTOR_SINK_PORTS: "port:mode" pairs (mode starttls, tls or plain), comma-separated;
 *   default "2525:starttls"; "off" starts no sink. 587, 465 and 25 need the privilege to bind them.
 * - SMTP_DOCTOR_SINK_HOST: the address to listen on (default every interface).
 * - SMTP_DOCTOR_SINK_PUBLIC_NAME: the server name a technician types into the device (default: the
 *   host of SMTP_DOCTOR_PUBLIC_URL, else this machine's name).
 * - SMTP_DOCTOR_SINK_CERT_FILE and SMTP_DOCTOR_SINK_KEY_FILE: the operator's certificate (PEM);
 *   without them a self-signed one is made once in the data folder.
 */
export type SinkSettings = {
  listeners: SinkListener[];
  host: string;
  publicName: string;
  certFile: string | null;
  keyFile: string | null;
};

const MODES: readonly CaptureMode[] = ["starttls", "tls", "plain"];

export function sinkSettingsFromEnv(env: Record<string, string | undefined>): SinkSettings | null {
  const ports = (env.SMTP_DOCTOR_SINK_PORTS ?? "2525:starttls").trim();
  if (ports === "off" || ports === "") return null;
  const listeners = ports.split(",").map((entry) => {
    const [port, mode = "starttls"] = entry.trim().split(":");
    const number = Number(port);
    if (!Number.isInteger(number) || number < 1 || number > 65_535 || !MODES.includes(mode as CaptureMode)) {
      throw new Error(
        `SMTP_DOCTOR_SINK_PORTS: "${entry.trim()}" is not port:mode (mode starttls, tls or plain)`,
      );
    }
    return { port: number, mode: mode as CaptureMode };
  });
  let publicName = env.SMTP_DOCTOR_SINK_PUBLIC_NAME?.trim() || "";
  if (!publicName && env.SMTP_DOCTOR_PUBLIC_URL) {
    try {
      publicName = new URL(env.SMTP_DOCTOR_PUBLIC_URL).hostname;
    } catch {}
  }
  const certFile = env.SMTP_DOCTOR_SINK_CERT_FILE?.trim() || null;
  const keyFile = env.SMTP_DOCTOR_SINK_KEY_FILE?.trim() || null;
  if ((certFile === null) !== (keyFile === null)) {
    throw new Error("SMTP_DOCTOR_SINK_CERT_FILE and SMTP_DOCTOR_SINK_KEY_FILE go together");
  }
  return {
    listeners,
    host: env.SMTP_DOCTOR_SINK_HOST?.trim() || "0.0.0.0",
    publicName: publicName || hostname(),
    certFile,
    keyFile,
  };
}
