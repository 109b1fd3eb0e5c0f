import { blocklistVerdict, dnsblAnswerLine } from "../network/network-words";
import type { SiteNetworkReport } from "../network/site-network-schema";
import { providerById } from "../providers/known";
import type { ProviderId } from "../providers/provider-schema";
import type { DeviceCapture } from "./capture-sink";
import type { TlsVersion } from "./client-hello";
import { bareAddress } from "./observe-site-ips";

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
    | "device-sender-not-mailbox"
    | "device-auth-mechanism-not-offered"
    | "device-ip-listed";
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
  /**
   * The sign-in methods the case's server advertised in its latest test (after STARTTLS when it
   * offered that), with where and when: a device that uses another one is refused there.
   */
  serverAuth?: { host: string; mechanisms: string[]; testedAt: string } | null;
  /** Network checks of the addresses devices came from (the site's real public IP, observed). */
  siteChecks?: SiteNetworkReport[];
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
  const auth = capture.auth;
  const offered = context.serverAuth?.mechanisms.map((m) => m.toUpperCase()) ?? [];
  if (auth && context.serverAuth && offered.length > 0 && !offered.includes(auth.mechanism.toUpperCase())) {
    out.push({
      id: "device-auth-mechanism-not-offered",
      severity: "high",
      title: `The device signs in with AUTH ${auth.mechanism}, which the case's server does not offer`,
      detail: `${context.serverAuth.host} offers ${offered.join(", ")}: it answers AUTH ${auth.mechanism} with "504 Unrecognized authentication type" (or similar) before the password is even checked.`,
      evidence: `Device: AUTH ${auth.mechanism}. ${context.serverAuth.host} advertised "AUTH ${offered.join(" ")}" in the test of ${context.serverAuth.testedAt}`,
      fix: `Set the device's authentication method to ${preferredMechanism(offered)} (often "SMTP authentication: Auto" picks it).`,
    });
  }
  const site = latestCheckOf(context.siteChecks ?? [], capture.remoteAddress);
  if (site && site.listed.length > 0) {
    const high = site.listed.some((list) => list.impact === "high");
    out.push({
      id: "device-ip-listed",
      severity: high ? "high" : "medium",
      title: `The site's public IP ${site.network.ip} ${blocklistVerdict(site)}`,
      detail:
        "This is the address the device itself came from, observed at the capture, not inferred: servers that consult these lists refuse or junk mail sent directly from it (port 25, Direct Send). Submission with a sign-in (port 587) is usually not affected.",
      evidence: `${site.listed.map(dnsblAnswerLine).join("; ")} (asked ${site.checkedAt.replace("T", " ").slice(0, 16)} UTC)`,
      fix: "Look the IP up on each list's own page and request removal once the cause (an infected machine, an open relay, a dynamic-address policy listing such as Spamhaus PBL) is dealt with; or send with a sign-in on port 587, or through a relay or connector that does not depend on this IP.",
    });
  }
  return out;
}

/** LOGIN where offered (every device knows it), else the first password method, else the first. */
function preferredMechanism(offered: string[]): string {
  return (
    offered.find((m) => m === "LOGIN") ??
    offered.find((m) => m === "PLAIN") ??
    offered.find((m) => m !== "XOAUTH2" && m !== "OAUTHBEARER") ??
    offered[0] ??
    "LOGIN"
  );
}

function latestCheckOf(checks: SiteNetworkReport[], ip: string): SiteNetworkReport | null {
  const bare = bareAddress(ip);
  const mine = checks.filter((check) => check.network.describes === "site" && check.network.ip === bare);
  return mine.sort((a, b) => b.checkedAt.localeCompare(a.checkedAt))[0] ?? null;
}
