import type { Provider } from "../provider-schema";

/** SMTP2GO relay. */
export const smtp2go: Provider = {
  id: "smtp2go",
  name: "SMTP2GO",
  detect: { hosts: [/^mail(-[a-z]+)?\.smtp2go\.com\.?$/i], mx: [], replyText: [/smtp2go/i] },
  endpoints: [
    {
      id: "relay",
      title: "SMTP2GO relay",
      host: "mail.smtp2go.com",
      port: 2525,
      security: "starttls",
      auth: "password",
      recipients: "any",
      requirements: ["An SMTP user created in the SMTP2GO account", "A verified sender domain or address"],
      limits: ["Other ports (587, 25, 8025) are offered for networks that block 2525"],
      sources: ["nodemailer 10.6.1 dist/well-known/services.json (SMTP2GO)"],
      certainty: "unconfirmed",
    },
  ],
  policies: [],
};
