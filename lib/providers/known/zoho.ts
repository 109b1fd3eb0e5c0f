import type { Provider } from "../provider-schema";

/** Zoho Mail. Organisation accounts may use smtppro.zoho.com; regional hosts (zoho.eu, …) exist. */
export const zoho: Provider = {
  id: "zoho",
  name: "Zoho Mail",
  detect: {
    hosts: [/^smtp(pro)?\.zoho(mail)?\.[a-z.]+\.?$/i],
    mx: [/^mx\d*\.zoho(mail)?\.[a-z.]+\.?$/i],
    replyText: [/\bzoho\b/i],
  },
  endpoints: [
    {
      id: "submission",
      title: "Zoho Mail SMTP",
      host: "smtp.zoho.com",
      port: 465,
      security: "tls",
      auth: "password",
      recipients: "any",
      requirements: [
        "The sender must be the account's address or one of its aliases",
        "An app-specific password when two-factor authentication is on",
      ],
      limits: ["Port 587 with STARTTLS also works; use the regional host (e.g. smtp.zoho.eu) of the account"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (Zoho)",
        "Zoho SMTP settings as quoted on pastebin.com/az8SpXzp (secondary)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [],
};
