import type { Provider } from "../provider-schema";

/** Outlook.com / Hotmail personal accounts (not Microsoft 365 work accounts). */
export const outlookCom: Provider = {
  id: "outlook-com",
  name: "Outlook.com / Hotmail (personal accounts)",
  detect: {
    hosts: [
      /^smtp-mail\.outlook\.com\.?$/i,
      /(^|\.)hotmail\.com\.?$/i,
      /\.olc\.protection\.outlook\.com\.?$/i,
    ],
    mx: [/\.olc\.protection\.outlook\.com\.?$/i],
    replyText: [
      /mail\.live\.com/i,
      /postmaster\.live\.com/i,
      /\bOutlookWebSmtp\b/i,
      /\(S3[01]\d\d\)|\bSC-00\d\b/,
    ],
  },
  endpoints: [
    {
      id: "submission",
      title: "Outlook.com SMTP submission",
      host: "smtp-mail.outlook.com",
      port: 587,
      security: "starttls",
      auth: "oauth2",
      recipients: "any",
      requirements: [
        "The full Outlook.com address as username",
        "OAuth 2.0 (modern authentication) in the device or app",
      ],
      limits: ["Personal-account sending limits apply; not meant for bulk or business devices"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (Hotmail)",
        "nodemailer issue #1714 (535 5.7.139 basic authentication is disabled)",
      ],
      certainty: "confirmed",
    },
  ],
  policies: [
    {
      id: "basic-auth-off",
      statement:
        "Outlook.com personal accounts no longer accept password (Basic) authentication from third-party apps; they need OAuth 2.0.",
      asOf: "2024-09-16",
      sources: [
        "https://github.com/harshalambani/ChatMailSync/releases/tag/v2.1.4 (secondary: 'Microsoft switched basic authentication off for personal Outlook.com … on 16 September 2024')",
      ],
      certainty: "unconfirmed",
    },
  ],
};
