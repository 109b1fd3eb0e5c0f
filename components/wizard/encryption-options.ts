import type { Security } from "@/lib/smtp/probe-schema";

/** The three encryption modes, in the words device settings screens use for them. */
export const ENCRYPTION_OPTIONS: {
  value: Security;
  label: string;
  deviceWords: string;
  usualPort: number;
}[] = [
  {
    value: "starttls",
    label: "STARTTLS",
    deviceWords: "often called “TLS”, “Enable TLS” or “SSL/TLS: STARTTLS”; usually port 587 or 25",
    usualPort: 587,
  },
  {
    value: "tls",
    label: "SSL/TLS (implicit)",
    deviceWords: "often called “SSL”, “SSL/TLS” or “SMTPS”; usually port 465",
    usualPort: 465,
  },
  { value: "none", label: "None", deviceWords: "no encryption: “None” or “Off”", usualPort: 25 },
];
