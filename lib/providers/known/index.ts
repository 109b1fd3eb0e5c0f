import type { Provider, ProviderId } from "../provider-schema";
import { amazonSes } from "./amazon-ses";
import { brevo } from "./brevo";
import { generic } from "./generic";
import { googleWorkspace } from "./google-workspace";
import { icloud } from "./icloud";
import { mailgun } from "./mailgun";
import { microsoft365 } from "./microsoft-365";
import { outlookCom } from "./outlook-com";
import { postmark } from "./postmark";
import { sendgrid } from "./sendgrid";
import { smtp2go } from "./smtp2go";
import { yahoo } from "./yahoo";
import { zoho } from "./zoho";

/**
 * Every provider SMTP Doctor knows, in detection order: Outlook.com before Microsoft 365 because
 * its MX (*.olc.protection.outlook.com) would otherwise look like a tenant's.
 */
export const knownProviders: readonly Provider[] = [
  outlookCom,
  microsoft365,
  googleWorkspace,
  yahoo,
  icloud,
  zoho,
  sendgrid,
  mailgun,
  amazonSes,
  smtp2go,
  postmark,
  brevo,
  generic,
];

export function providerById(id: ProviderId): Provider {
  const found = knownProviders.find((provider) => provider.id === id);
  // The list covers every id (a test checks it).
  if (!found) throw new Error(`provider ${id} missing from knownProviders`);
  return found;
}
