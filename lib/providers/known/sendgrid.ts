import type { Provider } from "../provider-schema";

/** Twilio SendGrid SMTP relay. */
export const sendgrid: Provider = {
  id: "sendgrid",
  name: "SendGrid",
  detect: {
    hosts: [/^smtp\.sendgrid\.net\.?$/i, /\.sendgrid\.net\.?$/i],
    mx: [],
    replyText: [/sendgrid\.(?:com|net)/i, /\bSG ESMTP\b/],
  },
  endpoints: [
    {
      id: "relay",
      title: "SendGrid SMTP relay",
      host: "smtp.sendgrid.net",
      port: 587,
      security: "starttls",
      auth: "api-key",
      recipients: "any",
      requirements: [
        'Username is the literal word "apikey"; the password is an API key with Mail Send permission',
        "The From address must match a verified Sender Identity (single sender or authenticated domain)",
      ],
      limits: ["Plan-dependent sending limits"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (SendGrid)",
        "sendgrid/docs pull request #6171 (username apikey)",
        "sahat/hackathon-starter issue #1083 (550 … verified Sender Identity)",
      ],
      certainty: "confirmed",
    },
  ],
  policies: [],
};
