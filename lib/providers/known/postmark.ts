import type { Provider } from "../provider-schema";

/** Postmark (ActiveCampaign) SMTP. */
export const postmark: Provider = {
  id: "postmark",
  name: "Postmark",
  detect: {
    hosts: [/^smtp(-broadcasts)?\.postmarkapp\.com\.?$/i],
    mx: [],
    replyText: [/postmarkapp\.com/i, /Sender Signature/i],
  },
  endpoints: [
    {
      id: "relay",
      title: "Postmark SMTP",
      host: "smtp.postmarkapp.com",
      port: 587,
      security: "starttls",
      auth: "api-key",
      recipients: "any",
      requirements: [
        "A Server API token used as both username and password",
        "The From address must be a confirmed Sender Signature or on a verified domain",
      ],
      limits: ["Port 2525 also works"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (Postmark: port 2525)",
        "feedadoc/feedadoc pull request #110 (From address is not a Sender Signature)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [],
};
