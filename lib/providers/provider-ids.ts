/**
 * The providers SMTP Doctor knows, as a plain list: the schema (provider-schema.ts) is built from
 * it, and code that only needs to check a name (the command-line tool's --provider) reads it
 * without loading a schema library.
 */
export const PROVIDER_IDS = [
  "microsoft-365",
  "google-workspace",
  "outlook-com",
  "yahoo",
  "icloud",
  "zoho",
  "sendgrid",
  "mailgun",
  "amazon-ses",
  "smtp2go",
  "postmark",
  "brevo",
  "generic",
] as const;
