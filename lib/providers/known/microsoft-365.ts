import type { Provider } from "../provider-schema";

const MFP_DOC =
  "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365 (MicrosoftDocs/OfficeDocs-Exchange copy)";
const SMTP_AUTH_DOC =
  "https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/authenticated-client-smtp-submission";
const BASIC_AUTH_TIMELINE =
  "Exchange Team Blog, techcommunity.microsoft.com post 4489835 (SMTP AUTH Basic authentication timeline, 27 Jan 2026)";
const REJECT_DIRECT_SEND =
  "https://techcommunity.microsoft.com/blog/exchange/introducing-more-control-over-direct-send-in-exchange-online/4408790";
const LEGACY_TLS_DOC =
  "learn.microsoft.com: Opt in to the Exchange Online endpoint for legacy TLS clients using SMTP AUTH";

/** Microsoft 365 / Exchange Online: the founding case's platform, so the richest entry. */
export const microsoft365: Provider = {
  id: "microsoft-365",
  name: "Microsoft 365 (Exchange Online)",
  detect: {
    hosts: [
      /(^|\.)mail\.protection\.outlook\.com\.?$/i,
      /^smtp(-legacy|-hve)?\.office365\.com\.?$/i,
      /\.outlook\.office365\.com\.?$/i,
      /\.prod\.outlook\.com\.?$/i,
    ],
    mx: [/\.mail\.protection\.outlook\.com\.?$/i],
    replyText: [
      /\.prod\.outlook\.com\b/i,
      /\.protection\.outlook\.com\b/i,
      /\boutlook\.office365\.com\b/i,
      /aka\.ms\/(?:smtp_auth|EXOSmtpAuth)/i,
      /\bSmtpClientAuthentication\b/,
      /\bTenant(?:Inbound)?Attribution\b/,
      /\bSTOREDRV\./,
      /\bRESOLVER\.(?:ADR|RST)\./,
    ],
  },
  endpoints: [
    {
      id: "submission",
      title: "SMTP AUTH client submission",
      host: "smtp.office365.com",
      port: 587,
      security: "starttls",
      auth: "password-or-oauth2",
      recipients: "any",
      requirements: [
        "A licensed mailbox to sign in as; the sender address must be that mailbox (or have Send As permission)",
        "SMTP AUTH enabled for the tenant and the mailbox (off by default for tenants created after January 2020)",
        "TLS 1.2 or later on the device",
        "Password sign-in (not OAuth 2.0) allowed by the tenant: Security Defaults and some Conditional Access policies block it",
      ],
      limits: [
        "About 30 messages a minute and 10,000 recipients a day per mailbox",
        "Port 465 is not supported",
      ],
      sources: [MFP_DOC, SMTP_AUTH_DOC],
      certainty: "confirmed",
    },
    {
      id: "direct-send",
      title: "Direct Send to the tenant's MX",
      host: "<tenant>.mail.protection.outlook.com",
      port: 25,
      security: "starttls",
      auth: "none",
      recipients: "internal-only",
      requirements: [
        "Outbound port 25 open at the site",
        "A clean, preferably static public IP and an SPF record that lists it",
      ],
      limits: [
        "Internal recipients only",
        "Subject to anti-spam and IP reputation (blocklists such as Spamhaus apply)",
        "Refused with 550 5.7.68 when the tenant turns on RejectDirectSend",
      ],
      sources: [MFP_DOC, REJECT_DIRECT_SEND],
      certainty: "confirmed",
    },
    {
      id: "connector-relay",
      title: "SMTP relay through an inbound connector",
      host: "<tenant>.mail.protection.outlook.com",
      port: 25,
      security: "starttls",
      auth: "none",
      recipients: "any",
      requirements: [
        "A static public IP (or a certificate) that an inbound connector in the tenant trusts",
        "Outbound port 25 open at the site",
      ],
      limits: ["Whether third-party blocklists still apply to connector relay is not confirmed by Microsoft"],
      sources: [MFP_DOC],
      certainty: "confirmed",
    },
    {
      id: "legacy-tls",
      title: "Opt-in endpoint for legacy TLS (1.0/1.1) clients",
      host: "smtp-legacy.office365.com",
      port: 587,
      security: "starttls",
      auth: "password",
      recipients: "any",
      requirements: ["The tenant opts in (AllowLegacyTLSClients)", "SMTP AUTH enabled as for submission"],
      limits: ["A stopgap: a firmware update or a local relay is the lasting fix"],
      sources: [LEGACY_TLS_DOC],
      certainty: "confirmed",
    },
    {
      id: "hve",
      title: "High Volume Email",
      host: "smtp-hve.office365.com",
      port: 587,
      security: "starttls",
      auth: "password-or-oauth2",
      recipients: "internal-only",
      requirements: ["An HVE account created by an admin (no licence needed)"],
      limits: ["Internal recipients only (550 5.5.105 for external recipients, reported since June 2025)"],
      sources: [
        "thewindowsupdate republish of Microsoft's HVE preview post (1 Apr 2024); tiagoscarvalho HVE notes (2025)",
      ],
      certainty: "unconfirmed",
    },
  ],
  policies: [
    {
      id: "basic-auth-smtp-timeline",
      statement:
        "Basic authentication for SMTP AUTH: no change through December 2026; from the end of December 2026 it is off by default for existing tenants (admins can turn it back on); new tenants get OAuth only; the final removal date will be announced in the second half of 2027.",
      asOf: "2026-01-27",
      sources: [BASIC_AUTH_TIMELINE],
      certainty: "confirmed",
    },
    {
      id: "smtp-auth-default-off",
      statement: "SMTP AUTH is disabled by default for tenants created after January 2020.",
      asOf: "2025-01-01",
      sources: [SMTP_AUTH_DOC],
      certainty: "confirmed",
    },
    {
      id: "reject-direct-send",
      statement:
        "A tenant can refuse unauthenticated Direct Send (RejectDirectSend); devices then get 550 5.7.68.",
      asOf: "2025-04-28",
      sources: [REJECT_DIRECT_SEND],
      certainty: "confirmed",
    },
    {
      // Why a test that stops at RCPT TO cannot prove a login may send as another address.
      id: "send-as-checked-at-data",
      statement:
        "Exchange Online checks that the signed-in mailbox may send as the From address only at the end of DATA, after the message: 550 5.7.60 SendAsDenied. A test that stops after RCPT TO cannot show it.",
      asOf: "2025-01-01",
      sources: [
        MFP_DOC,
        "learn.microsoft.com: Fix issues with printers, scanners, and LOB applications that send email using Microsoft 365 (5.7.60 SendAsDenied)",
        "swiftmailer/swiftmailer issue #1030 (550 5.7.60 where the client expected 250 after the message)",
      ],
      certainty: "confirmed",
    },
    {
      id: "legacy-tls-rejected",
      statement:
        "The normal endpoints refuse TLS 1.0/1.1 clients with 421 4.7.66; smtp-legacy.office365.com is opt-in.",
      asOf: "2025-01-01",
      sources: [LEGACY_TLS_DOC, "zehm/sendEmail issue #1 (421 4.7.66 reply)"],
      certainty: "confirmed",
    },
  ],
};
