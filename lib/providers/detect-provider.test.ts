import assert from "node:assert/strict";
import { test } from "node:test";
import { detectProvider, type ProviderClues } from "./detect-provider";

const ROWS: [string, ProviderClues, string | null, string | null][] = [
  ["submission host", { host: "smtp.office365.com" }, "microsoft-365", "host"],
  ["tenant MX host", { host: "contoso-com.mail.protection.outlook.com" }, "microsoft-365", "host"],
  [
    "M365 banner on an IP",
    {
      host: "52.101.0.1",
      banner: "220 BN8NAM11FT066.mail.protection.outlook.com Microsoft ESMTP MAIL Service ready",
    },
    "microsoft-365",
    "banner",
  ],
  [
    "sender MX at Google",
    { host: "mail.example.com", senderMx: ["aspmx.l.google.com"] },
    "google-workspace",
    "sender-mx",
  ],
  [
    "Gmail reply text",
    { replyText: "535-5.7.8 Username and Password not accepted. d4sm5441686pgf.9 - gsmtp" },
    "google-workspace",
    "reply-text",
  ],
  ["SES host", { host: "email-smtp.eu-west-1.amazonaws.com" }, "amazon-ses", "host"],
  ["SendGrid host", { host: "smtp.sendgrid.net" }, "sendgrid", "host"],
  ["Mailgun host", { host: "smtp.eu.mailgun.org" }, "mailgun", "host"],
  ["Zoho host", { host: "smtp.zoho.eu" }, "zoho", "host"],
  ["iCloud host", { host: "smtp.mail.me.com" }, "icloud", "host"],
  ["Yahoo host", { host: "smtp.mail.yahoo.com" }, "yahoo", "host"],
  ["Outlook.com host", { host: "smtp-mail.outlook.com" }, "outlook-com", "host"],
  ["unknown host", { host: "mail.example.net" }, null, null],
  ["nothing", {}, null, null],
];

for (const [name, clues, id, via] of ROWS) {
  test(`detect provider: ${name}`, () => {
    const found = detectProvider(clues);
    assert.equal(found?.id ?? null, id);
    assert.equal(found?.via ?? null, via);
  });
}
