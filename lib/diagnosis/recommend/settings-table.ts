import type { DeviceFamily } from "../../providers/devices/device-schema";
import type { CauseId } from "../causes";
import type { SendingPath, SettingRow } from "../diagnosis-schema";
import type { Evidence } from "../evidence";

const SECURITY_WORDS = { none: "None", starttls: "STARTTLS", tls: "SSL/TLS (implicit TLS)" } as const;
const AUTH_WORDS = { none: "Off", password: "On (password)", oauth2: "On (OAuth 2.0)" } as const;

function onDevice(device: DeviceFamily | null, label: string | null | undefined): string {
  return device && label ? ` On ${device.make} devices this is "${label}".` : "";
}

function serverWhy(path: SendingPath, root: CauseId): string {
  if (root === "ip-blocklisted" || root === "ip-reputation" || root === "reverse-dns-missing")
    return `${path.title}: mail is accepted because the device signs in, not judged on the site IP's reputation.`;
  if (root === "relay-denied" || root === "auth-not-offered" || root === "direct-send-rejected")
    return `${path.title}: the server that accepts mail from signed-in devices for any recipient.`;
  return `${path.title}.`;
}

/** "setting | current | recommended | why" for the recommended path. */
export function settingsTable(
  e: Evidence,
  path: SendingPath,
  root: CauseId,
  device: DeviceFamily | null,
): SettingRow[] {
  const t = e.target;
  const signsIn = path.auth !== "none" && !path.auth.startsWith("none");
  const mailbox = t?.from ?? "the sender's mailbox address";
  return [
    {
      setting: "server",
      current: t?.host ?? "—",
      recommended: path.host,
      why: serverWhy(path, root) + onDevice(device, device?.labels.server),
    },
    {
      setting: "port",
      current: t ? String(t.port) : "—",
      recommended: String(path.port),
      why:
        (path.port === 587
          ? "The submission port; it starts in plain text and switches to TLS with STARTTLS."
          : path.port === 465
            ? "Implicit TLS from the first byte."
            : `Port ${path.port} as the provider documents it.`) + onDevice(device, device?.labels.port),
    },
    {
      setting: "encryption",
      current: t ? SECURITY_WORDS[t.security] : "—",
      recommended: SECURITY_WORDS[path.security],
      why:
        (path.security === "none"
          ? "The relay is on the local network; the relay encrypts onwards."
          : "Protects the login and the message; TLS 1.2 or later.") +
        onDevice(device, device?.labels.encryption),
    },
    {
      setting: "auth",
      current: t ? AUTH_WORDS[t.auth] : "—",
      recommended: signsIn ? `On: ${path.auth}` : "Off",
      why:
        (signsIn
          ? "The server accepts mail from devices that sign in."
          : "This path identifies the device by its IP address, not a login.") +
        onDevice(device, device?.labels.auth),
    },
    {
      setting: "username",
      current: t?.username ?? "—",
      recommended: signsIn ? mailbox : "— (none)",
      why: signsIn ? "Sign in as the mailbox that sends (the full address)." : "No login on this path.",
    },
    {
      setting: "sender",
      current: t?.from ?? "—",
      recommended: mailbox,
      why:
        (signsIn
          ? "Must be the signed-in mailbox (or one it may send as)."
          : "An address in your own domain, covered by its SPF record.") +
        onDevice(device, device?.labels.sender),
    },
  ];
}
