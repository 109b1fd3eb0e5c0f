import type { Provider } from "../provider-schema";

/** Amazon Simple Email Service: one SMTP host per AWS region. */
export const amazonSes: Provider = {
  id: "amazon-ses",
  name: "Amazon SES",
  detect: {
    hosts: [/^email-smtp\.[a-z0-9-]+\.amazonaws\.com\.?$/i],
    mx: [/^inbound-smtp\.[a-z0-9-]+\.amazonaws\.com\.?$/i],
    replyText: [/amazonses\.com/i, /amazonaws\.com/i, /identities failed the check in region/i],
  },
  endpoints: [
    {
      id: "relay",
      title: "Amazon SES SMTP interface",
      host: "email-smtp.<region>.amazonaws.com",
      port: 587,
      security: "starttls",
      auth: "password",
      recipients: "any",
      requirements: [
        "SES SMTP credentials (not the IAM access key pair) for the region",
        "A verified sender identity (address or domain) in that region",
        "While the account is in the SES sandbox, recipients must be verified too",
      ],
      limits: ["Per-second sending rate and daily quota (454 Throttling failure when exceeded)"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (SES-* hosts, port 465 secure)",
        "sul-dlss/dlme issue #813 (554 Message rejected: Email address is not verified)",
        "hackclub/hackathons-backend issue #543 (454 Throttling failure)",
      ],
      certainty: "confirmed",
    },
  ],
  policies: [],
};
