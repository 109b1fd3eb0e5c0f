import type { Provider } from "../provider-schema";

const DEVICE_DOC = "https://support.google.com/a/answer/176600 (Send email from a printer, scanner, or app)";
const RELAY_DOC = "https://support.google.com/a/answer/2956491 (SMTP relay service)";
const LSA_DOC = "https://support.google.com/a/answer/14114704 (Transition from less secure apps to OAuth)";
const NODEMAILER_SERVICES = "nodemailer 10.6.1 dist/well-known/services.json (Gmail, GmailWorkspace)";

/** Google Workspace and Gmail: smtp.gmail.com, smtp-relay.gmail.com and the restricted aspmx server. */
export const googleWorkspace: Provider = {
  id: "google-workspace",
  name: "Google Workspace / Gmail",
  detect: {
    hosts: [
      /^smtp(-relay)?\.gmail\.com\.?$/i,
      /^(alt\d\.)?aspmx\.l\.google\.com\.?$/i,
      /(^|\.)googlemail\.com\.?$/i,
      /\.google\.com\.?$/i,
    ],
    mx: [/(^|\.)aspmx\.l\.google\.com\.?$/i, /\.googlemail\.com\.?$/i, /^smtp\.google\.com\.?$/i],
    replyText: [
      /\bgsmtp\b/,
      /support\.google\.com\/(?:mail|a)\b/i,
      /\bG Suite\b/,
      /\baspmx\.l\.google\.com\b/i,
    ],
  },
  endpoints: [
    {
      id: "gmail-submission",
      title: "Gmail SMTP server with an app password or OAuth",
      host: "smtp.gmail.com",
      port: 587,
      security: "starttls",
      auth: "app-password",
      recipients: "any",
      requirements: [
        "An app password (needs 2-Step Verification on the account) or OAuth 2.0",
        "The account's plain password no longer works (less secure apps were turned off in autumn 2024)",
      ],
      limits: ["Per-user daily sending limits apply", "Port 465 with implicit TLS also works"],
      sources: [DEVICE_DOC, LSA_DOC, NODEMAILER_SERVICES],
      certainty: "confirmed",
    },
    {
      // The same server with TLS from the first byte, for devices that only offer "SSL".
      id: "gmail-submission-tls",
      title: "Gmail SMTP server over implicit TLS (SSL)",
      host: "smtp.gmail.com",
      port: 465,
      security: "tls",
      auth: "app-password",
      recipients: "any",
      requirements: ["An app password (needs 2-Step Verification on the account) or OAuth 2.0"],
      limits: ["Per-user daily sending limits apply"],
      sources: [DEVICE_DOC, NODEMAILER_SERVICES],
      certainty: "confirmed",
    },
    {
      id: "smtp-relay",
      title: "Google Workspace SMTP relay service",
      host: "smtp-relay.gmail.com",
      port: 587,
      security: "starttls",
      auth: "none",
      recipients: "any",
      requirements: [
        "An admin configures the relay (Admin console → Apps → Google Workspace → Gmail → Routing)",
        "Either the site's static IP is allow-listed, or SMTP AUTH over TLS is required in the relay setting",
        "Without TLS, SMTP authentication cannot be used: IP address authentication only",
      ],
      limits: [
        "10,000 messages and 10,000 unique recipients per user per 24 hours (550 5.4.5 when exceeded)",
      ],
      sources: [RELAY_DOC],
      certainty: "confirmed",
    },
    {
      id: "restricted-aspmx",
      title: "Restricted Gmail SMTP server (no authentication)",
      host: "aspmx.l.google.com",
      port: 25,
      security: "starttls",
      auth: "none",
      recipients: "provider-only",
      requirements: ["Outbound port 25 open at the site"],
      limits: [
        "Delivers only to Gmail / Google Workspace recipients",
        "Subject to Google's spam filtering and IP reputation",
      ],
      sources: [
        "https://support.google.com/a/answer/176600 (Send email from a printer, scanner, or app: Option 3, restricted Gmail SMTP server)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [
    {
      id: "less-secure-apps-off",
      statement:
        "Access to less secure apps is turned off for all Google accounts (autumn 2024): SMTP no longer works with the account password, except app passwords; use OAuth or an app password.",
      asOf: "2024-09-30",
      sources: [LSA_DOC],
      certainty: "confirmed",
    },
    {
      // Why a test that stops at RCPT TO cannot prove a login may send as another address.
      id: "send-as-checked-at-data",
      statement:
        "Gmail judges the From header of a message sent through smtp.gmail.com only once the message is sent: an address that is not the account or one of its verified 'Send mail as' addresses is rewritten to the account's own address or refused. A test that stops after RCPT TO cannot show it.",
      asOf: "2025-01-01",
      sources: [
        "https://support.google.com/mail/answer/22370 (Send emails from a different address or alias)",
      ],
      certainty: "unconfirmed",
    },
    {
      id: "relay-limits",
      statement: "SMTP relay: 10,000 messages and 10,000 unique recipients per user in 24 hours.",
      asOf: "2025-01-01",
      sources: [RELAY_DOC],
      certainty: "confirmed",
    },
  ],
};
