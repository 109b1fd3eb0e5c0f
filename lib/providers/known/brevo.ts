import type { Provider } from "../provider-schema";

/** Brevo (formerly Sendinblue) SMTP relay. */
export const brevo: Provider = {
  id: "brevo",
  name: "Brevo (Sendinblue)",
  detect: {
    hosts: [/^smtp-relay\.(brevo|sendinblue)\.com\.?$/i],
    mx: [],
    replyText: [/\bbrevo\b/i, /sendinblue/i],
  },
  endpoints: [
    {
      id: "relay",
      title: "Brevo SMTP relay",
      host: "smtp-relay.brevo.com",
      port: 587,
      security: "starttls",
      auth: "api-key",
      recipients: "any",
      requirements: [
        "The account login as username and an SMTP key (not the account password) as password",
        "A verified sender",
      ],
      limits: ["Plan-dependent daily limits"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (SendinBlue / Brevo)",
        "marcpope/borgbackupserver issue #16 (Brevo SMTP keys, 535 5.7.0 Invalid login or password)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [],
};
