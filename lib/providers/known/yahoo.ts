import type { Provider } from "../provider-schema";

/** Yahoo Mail (and AOL, which shares the platform). */
export const yahoo: Provider = {
  id: "yahoo",
  name: "Yahoo Mail",
  detect: {
    hosts: [/^smtp\.mail\.yahoo\.com\.?$/i, /\.yahoodns\.net\.?$/i, /(^|\.)yahoo\.com\.?$/i],
    mx: [/\.yahoodns\.net\.?$/i],
    replyText: [
      /(?:postmaster|help|senders)\.yahoo(?:inc)?\.com/i,
      /yahoodns\.net/i,
      /#AUTH0\d\d/,
      /\[(?:TSS?|IPTS|BL)\d\d\]/,
    ],
  },
  endpoints: [
    {
      id: "submission",
      title: "Yahoo Mail SMTP with an app password",
      host: "smtp.mail.yahoo.com",
      port: 465,
      security: "tls",
      auth: "app-password",
      recipients: "any",
      requirements: [
        "An app password generated in Account Security (the normal password is refused for SMTP)",
      ],
      limits: ["Port 587 with STARTTLS also works"],
      sources: [
        "nodemailer 10.6.1 dist/well-known/services.json (Yahoo)",
        "https://www.lifewire.com/manage-app-passwords-imap-pop-yahoo-1174448",
      ],
      certainty: "confirmed",
    },
  ],
  policies: [],
};
