import type { Diagnosis, SendingPath } from "../../diagnosis/diagnosis-schema";
import type { ProbeResult } from "../../smtp/probe-schema";

/**
 * What the analyzer should say about the founding case, written by hand in its schema: the report
 * tests must not depend on the analyzer's wording, only on the shape it stores.
 */
export function foundingDiagnosis(result: ProbeResult): Diagnosis {
  const rcpt = result.stages.find((stage) => stage.name === "rcpt");
  const { host, port, from } = result.target;
  const reply = rcpt?.reply?.lines.join("\n") ?? "";
  return {
    rootCause: {
      id: "ip-reputation",
      title: "The sending IP is on the Spamhaus blocklist, so Microsoft 365 refuses mail to its MX",
      confidence: 0.95,
      evidence: { stage: "rcpt", reply },
      explanation:
        "Direct Send to the MX endpoint has no authentication, so Microsoft 365 judges the connection by its IP alone. Residential and cellular ranges are on Spamhaus lists.",
      fix: "Use authenticated client submission: smtp.office365.com, port 587, STARTTLS, SMTP AUTH with the mailbox.",
      signal: "5.7.1 with 'blocked using Spamhaus'",
      catalogue: "causes.md#ip-reputation",
    },
    otherCauses: [
      { id: "relay-denied", title: "The server does not relay for this sender", confidence: 0.1 },
    ],
    unrecognised: false,
    codes: {
      code: 550,
      enhanced: "5.7.1",
      meaning: "Permanent failure: delivery not authorized, message refused",
    },
    provider: "microsoft-365",
    stage: "rcpt",
    findings: [
      finding(
        "mx-endpoint-no-auth",
        "MX endpoints do not accept SMTP authentication",
        "Port 25 on the MX is for Direct Send and connectors.",
      ),
      finding(
        "connection-test-not-acceptance",
        "Connection tests do not validate mail acceptance",
        "Everything up to MAIL FROM worked.",
      ),
      finding(
        "direct-send-internal-only",
        "Direct Send reaches internal recipients only",
        "It also depends on the site's IP reputation.",
      ),
    ],
    recommended: {
      provider: "microsoft-365",
      table: [
        {
          setting: "server",
          current: host,
          recommended: "smtp.office365.com",
          why: "The client submission endpoint",
        },
        {
          setting: "port",
          current: String(port),
          recommended: "587",
          why: "Submission port (465 is not supported)",
        },
        { setting: "encryption", current: "STARTTLS", recommended: "STARTTLS", why: "TLS 1.2 or later" },
        { setting: "auth", current: "Off", recommended: "On", why: "Judged by the mailbox, not the IP" },
        { setting: "username", current: "", recommended: from, why: "A licensed mailbox" },
        { setting: "sender", current: from, recommended: from, why: "Must be the signed-in mailbox" },
      ],
      alternatives: [
        path(1, "SMTP AUTH client submission", "smtp.office365.com", 587, "password", "any", []),
        path(
          2,
          "SMTP relay through a connector",
          "contoso-com.mail.protection.outlook.com",
          25,
          "none",
          "any",
          ["As of 2026-01-27, needs a static public IP or a certificate on the connector."],
        ),
      ],
    },
    steps: result.stages.map((stage) => ({
      stage: stage.name,
      status: stage.status,
      tried: stage.name,
      happened: stage.summary,
      reply: stage.reply?.lines.join("\n") ?? null,
      meaning: stage.status === "failed" ? "The server refused here." : "This step worked.",
      durationMs: stage.durationMs,
    })),
  };
}

function finding(id: Diagnosis["findings"][number]["id"], title: string, detail: string) {
  return { id, severity: "info" as const, title, detail, asOf: null, source: null };
}

function path(
  rank: number,
  title: string,
  host: string,
  port: number,
  auth: string,
  recipients: SendingPath["recipients"],
  notes: string[],
): SendingPath {
  return {
    id: `path-${rank}`,
    rank,
    title,
    host,
    port,
    security: "starttls",
    auth,
    recipients,
    requirements: [],
    limits: [],
    notes,
    sources: ["https://learn.microsoft.com/exchange/mail-flow-best-practices"],
  };
}
