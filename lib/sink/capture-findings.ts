import { providerById } from "../providers/known";
import type { ProviderId } from "../providers/provider-schema";
import type { DeviceCapture } from "./capture-sink";
import type { TlsVersion } from "./client-hello";

/**
 * What a device capture shows about the device itself, against the server the case is about:
 * facts observed on the wire, each with the evidence that shows it. Provider policies are quoted
 * with the date they were last confirmed.
 */

export type CaptureFinding = {
  id:
    | "device-tls-below-provider-minimum"
    | "device-tls-deprecated"
    | "device-did-not-encrypt"
    | "device-signed-in-unencrypted"
    | "device-sender-not-mailbox";
  severity: "high" | "medium";
  title: string;
  detail: string;
  /** What the device did, in its own words or numbers. */
  evidence: string;
  fix: string;
  asOf?: string;
};

const ORDER: readonly TlsVersion[] = ["SSLv3", "TLSv1", "TLSv1.1", "TLSv1.2", "TLSv1.3"];
const below = (a: TlsVersion, b: TlsVersion) => ORDER.indexOf(a) < ORDER.indexOf(b);
const LABEL: Record<TlsVersion, string> = {
  SSLv3: "SSL 3.0",
  TLSv1: "TLS 1.0",
  "TLSv1.1": "TLS 1.1",
  "TLSv1.2": "TLS 1.2",
  "TLSv1.3": "TLS 1.3",
};

export type CaptureContext = {
  /** The provider the case's server belongs to, when known. */
  provider: ProviderId | null;
  /** The mailbox the device is meant to sign in as and send from (the case's settings). */
  mailbox: string | null;
};

export function captureFindings(capture: DeviceCapture, context: CaptureContext): CaptureFinding[] {
  const out: CaptureFinding[] = [];
  const hello = capture.clientHello;
  if (hello && below(hello.highest, "TLSv1.2")) {
    const offered = hello.versions.map((v) => LABEL[v]).join(", ");
    const m365 = context.provider === "microsoft-365" ? providerById("microsoft-365") : null;
    const policy = m365?.policies.find((p) => p.id === "legacy-tls-rejected");
    if (policy) {
      out.push({
        id: "device-tls-below-provider-minimum",
        severity: "high",
        title: `The device speaks at most ${LABEL[hello.highest]}: Microsoft 365 refuses it`,
        detail: `${policy.statement} A device whose highest version is ${LABEL[hello.highest]} cannot use smtp.office365.com.`,
        evidence: `ClientHello from ${capture.remoteAddress}: versions offered ${offered}`,
        fix: "Update the device's firmware to one with TLS 1.2; until then send through a local relay (or the tenant's opt-in legacy endpoint, smtp-legacy.office365.com, as a stopgap).",
        asOf: policy.asOf,
      });
    } else {
      out.push({
        id: "device-tls-deprecated",
        severity: "medium",
        title: `The device speaks at most ${LABEL[hello.highest]}`,
        detail:
          "TLS 1.0 and 1.1 are deprecated (RFC 8996) and many mail providers no longer accept them: the device's encrypted connections will fail wherever TLS 1.2 is required.",
        evidence: `ClientHello from ${capture.remoteAddress}: versions offered ${offered}`,
        fix: "Update the device's firmware to one with TLS 1.2, or send through a local relay that accepts the device and speaks TLS 1.2 onward.",
      });
    }
  }
  if (!hello && capture.listener.mode !== "tls") {
    out.push({
      id: "device-did-not-encrypt",
      severity: "high",
      title: "The device did not encrypt the connection",
      detail:
        "It never asked for STARTTLS: everything it sent, its sign-in included, crossed the network in clear. Submission servers (port 587) refuse to take a password that way.",
      evidence: `No STARTTLS from ${capture.remoteAddress} on port ${capture.listener.port}`,
      fix: "Turn on STARTTLS (often called TLS, or SSL/TLS: STARTTLS) in the device's email settings.",
    });
  } else if (!capture.encryptedAtAuth) {
    out.push({
      id: "device-signed-in-unencrypted",
      severity: "high",
      title: "The device signed in before encrypting",
      detail:
        "It sent AUTH on the unencrypted connection: servers that require TLS first refuse it, and the password is exposed.",
      evidence: `AUTH ${capture.auth.mechanism} before TLS`,
      fix: "Turn on STARTTLS in the device's email settings so it encrypts before it signs in.",
    });
  }
  const mailbox = context.mailbox?.toLowerCase() ?? null;
  const fromHeader = capture.message?.headers.find((h) => h.name.toLowerCase() === "from")?.value ?? null;
  const fromAddress = fromHeader
    ? (/<([^>]+)>/.exec(fromHeader)?.[1] ?? fromHeader).trim().toLowerCase()
    : null;
  const senders = [capture.mailFrom?.toLowerCase() ?? null, fromAddress].filter((a): a is string => !!a);
  const other = mailbox ? senders.find((address) => address !== mailbox) : undefined;
  if (mailbox && other) {
    out.push({
      id: "device-sender-not-mailbox",
      severity: context.provider === "microsoft-365" ? "high" : "medium",
      title: "The device sends as an address other than the mailbox it signs in as",
      detail:
        context.provider === "microsoft-365"
          ? "Microsoft 365 accepts this only if the mailbox has Send As permission on that address, and checks it only after the message (550 5.7.60 SendAsDenied)."
          : "Many providers refuse a sender that is not the signed-in mailbox, or rewrite it.",
      evidence: `MAIL FROM <${capture.mailFrom ?? ""}>${fromHeader ? `, From: ${fromHeader}` : ""}; mailbox ${context.mailbox}`,
      fix: `Set the device's sender ("From") address to ${context.mailbox}, or give that mailbox Send As permission on ${other}.`,
    });
  }
  return out;
}
