import type { CaptureFinding } from "../sink/capture-findings";
import type { DeviceCapture } from "../sink/capture-sink";
import { formatTime } from "./format-time";
import { maskIdentity } from "./mask-for-viewer";
import type { KeyValueRow } from "./report-model-types";

/** A device session as the report is given it: what the sink saw, and what it means for the case. */
export type DeviceSessionInput = { at: string; capture: DeviceCapture; findings: CaptureFinding[] };

export type DeviceSectionView = {
  sessions: { heading: string; rows: KeyValueRow[]; findings: string[] }[];
};

const TLS: Record<string, string> = {
  SSLv3: "SSL 3.0",
  TLSv1: "TLS 1.0",
  "TLSv1.1": "TLS 1.1",
  "TLSv1.2": "TLS 1.2",
  "TLSv1.3": "TLS 1.3",
};

/**
 * "What the device did": each capture session as rows and findings. Addresses are masked for a
 * report link's viewer, as everywhere else in the report; the device's IP and EHLO name are the
 * site's facts, the point of the section, and stay.
 */
export function deviceSection(
  sessions: readonly DeviceSessionInput[] | undefined,
  masked: boolean,
): DeviceSectionView | null {
  if (!sessions || sessions.length === 0) return null;
  const address = (value: string) => (masked ? maskIdentity(value) : value);
  const text = (value: string) =>
    masked ? value.replace(/[^\s<>,;:"]+@[^\s<>,;:"]+/g, (a) => maskIdentity(a)) : value;
  return {
    sessions: sessions.map(({ at, capture: c, findings }, index) => {
      const hello = c.clientHello;
      const from = c.message?.headers.find((h) => h.name.toLowerCase() === "from")?.value;
      const rows: KeyValueRow[] = [
        { label: "Public IP (observed)", value: c.remoteAddress },
        { label: "Name in EHLO", value: c.ehlo ?? "none" },
        {
          label: "Encryption",
          value: hello
            ? `${c.usedStartTls ? "STARTTLS" : "implicit TLS"} on port ${c.listener.port}`
            : "none",
        },
        ...(hello
          ? [
              { label: "TLS versions offered", value: hello.versions.map((v) => TLS[v] ?? v).join(", ") },
              {
                label: "Cipher suites offered",
                value: `${hello.cipherSuites.length}: ${hello.cipherSuites.slice(0, 6).join(", ")}${hello.cipherSuites.length > 6 ? ", …" : ""}`,
              },
            ]
          : []),
        {
          label: "Sign-in",
          value: `AUTH ${c.auth.mechanism}${c.encryptedAtAuth ? "" : ", before encrypting"}`,
        },
        { label: "MAIL FROM", value: c.mailFrom ? address(c.mailFrom) : "none" },
        ...(from ? [{ label: "From header", value: text(from) }] : []),
        { label: "RCPT TO", value: c.rcptTo.map(address).join(", ") || "none" },
        ...(c.message
          ? [{ label: "Message", value: `${c.message.size} bytes (headers kept, body not)` }]
          : []),
        ...(c.answer ? [{ label: "Capture answered", value: c.answer }] : []),
      ];
      return {
        heading: `Device session ${index + 1} (${formatTime(at)})`,
        rows,
        findings: findings.map(
          (f) =>
            `${f.title}. ${text(f.detail)} Seen: ${text(f.evidence)}${f.asOf ? ` (policy as of ${f.asOf})` : ""}. Fix: ${text(f.fix)}`,
        ),
      };
    }),
  };
}
