import type { DeviceCapture } from "../capture-sink";

/** A copier's session as the sink records it: STARTTLS at TLS 1.2, AUTH LOGIN, its own mailbox as sender. */
export function sampleDeviceCapture(overrides: Partial<DeviceCapture> = {}): DeviceCapture {
  return {
    captureId: "c1",
    startedAt: "2026-11-30T10:00:00.000Z",
    remoteAddress: "203.0.113.7",
    listener: { port: 587, mode: "starttls" },
    ehlo: "SHARP-MX4070N",
    usedStartTls: true,
    clientHello: {
      versions: ["TLSv1.2"],
      highest: "TLSv1.2",
      cipherSuites: ["TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256"],
      serverName: null,
    },
    encryptedAtAuth: true,
    auth: { mechanism: "LOGIN", username: "sd-1" },
    mailFrom: "office@contoso.example",
    rcptTo: ["office@contoso.example"],
    message: { size: 4200, headers: [{ name: "From", value: "Sharp MX-4070N <office@contoso.example>" }] },
    answer: "250 Captured by SMTP Doctor, not delivered",
    ...overrides,
  };
}

/** The same copier capped at TLS 1.0. */
export const TLS10_HELLO: DeviceCapture["clientHello"] = {
  versions: ["TLSv1"],
  highest: "TLSv1",
  cipherSuites: ["TLS_RSA_WITH_AES_128_CBC_SHA"],
  serverName: null,
};

/** A scan as a copier sends it: headers, then a small PDF attachment (the body the sink must not keep). */
export function scanMessage(
  attachmentByte: number,
  from = "Sharp MX-4070N <scanner@contoso.example>",
): string {
  return [
    `From: ${from}`,
    "To: office@contoso.example",
    "Subject: Scanned image from MX-4070N",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="b1"',
    "",
    "--b1",
    "Content-Type: application/pdf; name=scan.pdf",
    "Content-Transfer-Encoding: base64",
    "",
    Buffer.alloc(3000, attachmentByte).toString("base64"),
    "--b1--",
    "",
  ].join("\r\n");
}
