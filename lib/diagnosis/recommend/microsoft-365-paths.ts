import { microsoft365 } from "../../providers/known/microsoft-365";
import type { Endpoint } from "../../providers/provider-schema";
import type { CauseId } from "../causes";
import { basicAuthOffByDefault, type DiagnosisContext } from "../diagnosis-context";
import type { SendingPath } from "../diagnosis-schema";
import { pathFromEndpoint, ranked } from "./path-from-endpoint";

function endpoint(id: string): Endpoint {
  const found = microsoft365.endpoints.find((e) => e.id === id);
  if (!found) throw new Error(`microsoft-365 endpoint ${id} missing`);
  return found;
}

const BASIC = microsoft365.policies.find((p) => p.id === "basic-auth-smtp-timeline");
const basicNote = BASIC
  ? `As of ${BASIC.asOf} (Microsoft's timeline): ${BASIC.statement} Prefer OAuth 2.0 where the device has it.`
  : "";

/**
 * Microsoft 365's ways for a device to send, best first for this case: SMTP AUTH submission, the
 * same with OAuth 2.0, a connector relay (static IP), Direct Send and HVE (internal only), and for
 * devices stuck on TLS 1.0/1.1 a local relay or the opt-in legacy endpoint.
 */
export function microsoft365Paths(context: DiagnosisContext, root: CauseId): SendingPath[] {
  // One endpoint, two ways to sign in, told apart: with the mailbox password, or with OAuth 2.0.
  const submission = pathFromEndpoint(endpoint("submission"), [basicNote], {
    title: "SMTP AUTH client submission with the mailbox password",
    auth: "the sender's mailbox and its password",
  });
  const oauth = pathFromEndpoint(
    endpoint("submission"),
    [
      "The device must support OAuth 2.0 (XOAUTH2) for SMTP; vendor apps need admin consent in the tenant (e.g. SMTP.Send, offline_access).",
    ],
    {
      id: "submission-oauth",
      title: "SMTP AUTH client submission with OAuth 2.0",
      auth: "OAuth 2.0 (XOAUTH2), signed in as the sender's mailbox",
    },
  );
  const connector = pathFromEndpoint(
    endpoint("connector-relay"),
    context.staticIp === false ? ["Needs a static public IP: the site has none today."] : [],
  );
  const directSend = pathFromEndpoint(endpoint("direct-send"));
  const hve = pathFromEndpoint(endpoint("hve"));
  const localRelay: SendingPath = {
    id: "local-relay",
    rank: 1,
    title: "A local relay for devices limited to TLS 1.0/1.1 or without OAuth",
    host: "<relay on the site network>",
    port: 25,
    security: "none",
    auth: "none from the device; the relay signs in to smtp.office365.com:587 (TLS 1.2+, OAuth 2.0 or password)",
    recipients: "any",
    requirements: [
      "A small always-on server or appliance on the site (Postfix, IIS SMTP, a NAS mail relay)",
      "The relay accepts only the device's IP",
    ],
    limits: ["One more component to maintain"],
    notes: ["The lasting fix for old firmware is an update with TLS 1.2 and OAuth support."],
    sources: [
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365",
      "https://www.postfix.org/SASL_README.html#client_sasl (a Postfix relay that signs in to the provider)",
    ],
  };
  const legacy = pathFromEndpoint(endpoint("legacy-tls"));

  const internalOnly = [
    hve,
    ...(root === "ip-blocklisted" || root === "direct-send-rejected" ? [] : [directSend]),
  ];
  const wantsInternalOnly = context.recipients === "internal";
  if (context.supportsTls12 === false) return ranked([localRelay, legacy, connector, submission, oauth]);
  // From the end of December 2026 a password no longer works by default (existing tenants too):
  // OAuth 2.0 comes first, and a device without it is better served by a connector relay.
  const basicProblem =
    root === "auth-basic-blocked" || root === "auth-basic-retired" || basicAuthOffByDefault(context);
  if (basicAuthOffByDefault(context) && context.supportsOAuth === false) {
    const tail = wantsInternalOnly ? [...internalOnly, connector] : [connector, ...internalOnly];
    return ranked([...tail, localRelay, submission]);
  }
  const head =
    basicProblem && context.supportsOAuth !== false
      ? [oauth, submission]
      : context.supportsOAuth === false
        ? [submission]
        : [submission, oauth];
  const tail = wantsInternalOnly
    ? [...internalOnly, connector]
    : [connector, ...(context.recipients === "external" ? [] : internalOnly)];
  return ranked([...head, ...tail, localRelay]);
}
