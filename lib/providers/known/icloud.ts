import type { Provider } from "../provider-schema";

/** iCloud Mail (@icloud.com, @me.com, @mac.com). */
export const icloud: Provider = {
  id: "icloud",
  name: "iCloud Mail",
  detect: {
    hosts: [/^smtp\.mail\.me\.com\.?$/i, /\.mail\.icloud\.com\.?$/i, /(^|\.)icloud\.com\.?$/i],
    mx: [/\.mail\.icloud\.com\.?$/i],
    replyText: [/support\.apple\.com/i, /\.mail\.icloud\.com\b/i, /\[(?:CS|BS|HM)0\d\]/],
  },
  endpoints: [
    {
      id: "submission",
      title: "iCloud Mail SMTP with an app-specific password",
      host: "smtp.mail.me.com",
      port: 587,
      security: "starttls",
      auth: "app-password",
      recipients: "any",
      requirements: [
        "Two-factor authentication on the Apple ID",
        "An app-specific password from appleid.apple.com",
      ],
      limits: ["Personal use; low daily limits"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (iCloud)",
        "https://www.sendarix.com/smtp/icloud-settings (secondary)",
      ],
      certainty: "confirmed",
    },
  ],
  policies: [],
};
