import type { Provider } from "../provider-schema";

/** Mailgun SMTP relay (US region host; EU accounts use smtp.eu.mailgun.org). */
export const mailgun: Provider = {
  id: "mailgun",
  name: "Mailgun",
  detect: {
    hosts: [/^smtp(\.eu)?\.mailgun\.org\.?$/i],
    mx: [/\.mailgun\.org\.?$/i],
    replyText: [/mailgun\.(?:org|com)/i, /Sandbox subdomains are for test purposes only/i],
  },
  endpoints: [
    {
      id: "relay",
      title: "Mailgun SMTP relay",
      host: "smtp.mailgun.org",
      port: 587,
      security: "starttls",
      auth: "password",
      recipients: "any",
      requirements: [
        "SMTP credentials created for a verified sending domain",
        "Sandbox domains deliver only to authorized recipients",
      ],
      limits: ["Port 465 with implicit TLS also works"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (Mailgun: port 465, secure)",
        "swapmyvote/swapmyvote issue #891 (421 … Sandbox subdomains are for test purposes only)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [],
};
