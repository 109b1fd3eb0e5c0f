import "server-only";
import { Resolver } from "node:dns/promises";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { z } from "zod";
import { applySiteNetwork } from "@/lib/diagnosis/apply-site-network";
import { diagnoseProbe } from "@/lib/diagnosis/diagnose-probe";
import type { DiagnosisContextInput } from "@/lib/diagnosis/diagnosis-context";
import type { Diagnosis } from "@/lib/diagnosis/diagnosis-schema";
import { checkSiteNetwork, isCheckableIp } from "@/lib/network/check-site-network";
import type { SiteNetworkReport } from "@/lib/network/site-network-schema";
import { resolverFromEnv } from "@/lib/smtp/probe-env";
import type { ProbeResult } from "@/lib/smtp/probe-schema";
import { keepCheckInCase } from "./case-checks";
import { existingCase, resolveLink } from "./case-links";
import { HttpError } from "./http-errors";
import { consumeOrRefuse } from "./probe-limiter";
import { visitorIp } from "./probe-service";
import { processSingleton } from "./process-singleton";
import { recallRun, rememberRun } from "./recent-runs";
import { makeRateLimiter } from "./shared-state";
import { caseAuthorOf } from "./staff-routes";

const envSchema = z.object({
  SMTP_DOCTOR_SPAMHAUS_DQS_KEY: z
    .string()
    .regex(/^[a-z0-9]+$/i)
    .optional(),
  /** The public IP our probes leave from, when the operator knows it (we cannot look it up offline). */
  SMTP_DOCTOR_EGRESS_IP: z.string().optional(),
});

function limiter(): RateLimiterAbstract {
  return processSingleton("network-limiter", () =>
    makeRateLimiter({ keyPrefix: "network:client", points: 30, duration: 600 }),
  );
}

export const networkCheckInputSchema = z.object({
  /** The site's public IP; default: the visitor's own address. */
  ip: z.string().trim().max(64).optional(),
  senderDomain: z
    .string()
    .trim()
    .toLowerCase()
    .max(253)
    .regex(/^[a-z0-9.-]+\.[a-z]{2,}$/, "type a domain such as contoso.com")
    .optional(),
  /** A run of this server to re-judge with the site's view (the founding case without a refusal). */
  runId: z
    .string()
    .regex(/^[a-f0-9]{12}$/)
    .optional(),
  /** An owner or customer link: the check is kept with that case. */
  caseToken: z.string().min(1).max(100).optional(),
  /** A team case a signed-in agent's wizard stores into: the check is kept with it. */
  caseId: z
    .string()
    .regex(/^[A-Za-z0-9_-]{1,64}$/)
    .optional(),
});
export type NetworkCheckInput = z.infer<typeof networkCheckInputSchema>;

export function describeVisitor(request: Request): { ip: string | null; checkable: boolean } {
  const ip = visitorIp(request);
  return { ip, checkable: ip !== null && isCheckableIp(ip) };
}

/**
 * Checks the site's IP (typed, or the visitor's own), and our egress IP when the operator set it,
 * side by side: "our server's IP is clean; yours is listed" is the point.
 */
export async function checkNetworkForRequest(
  input: NetworkCheckInput,
  request: Request,
): Promise<{
  site: SiteNetworkReport;
  server: SiteNetworkReport | null;
  diagnosis: Diagnosis | null;
  /** With a case link: whether the case keeps this check (false when the case is full). */
  keptInCase: boolean | null;
}> {
  const client = visitorIp(request) ?? "unknown";
  await consumeOrRefuse(limiter(), client, "Too many network checks from your address.");
  // A dead case link fails here, before any lookup is spent on it.
  const caseId = input.caseToken
    ? (await resolveLink(input.caseToken, ["owner", "customer"])).case.id
    : input.caseId
      ? await staffCaseId(request, input.caseId)
      : null;
  const ip = input.ip || visitorIp(request);
  if (!ip || !isCheckableIp(ip)) {
    throw new HttpError("invalid-input", "Only a public IP address can be checked.", [
      { path: "ip", message: ip ? `${ip} is not a public address` : "type the site's public IP address" },
    ]);
  }
  const { resolver, options, egress } = checkSetup();
  const [site, server] = await Promise.all([
    checkSiteNetwork(resolver, { ip, describes: "site", senderDomain: input.senderDomain }, options),
    egress && isCheckableIp(egress)
      ? checkSiteNetwork(
          resolver,
          { ip: egress, describes: "server", senderDomain: input.senderDomain },
          options,
        )
      : Promise.resolve(null),
  ]);
  const recalled = input.runId ? await recallRun(input.runId) : null;
  let diagnosis: Diagnosis | null = null;
  if (recalled) {
    diagnosis =
      rediagnose(recalled.result, recalled.context, site) ?? (recalled.diagnosis as Diagnosis | null);
    // Saved cases take runs (and their site check) from memory: keep the re-judged diagnosis there.
    await rememberRun({ ...recalled, diagnosis, siteNetwork: site });
  }
  const keptInCase = caseId ? await keepCheckInCase(caseId, site, input.runId ?? null) : null;
  return { site, server, diagnosis, keptInCase };
}

function checkSetup() {
  const env = envSchema.parse(process.env);
  return {
    resolver: resolverFromEnv(process.env) ?? new Resolver({ timeout: 4_000, tries: 2 }),
    options: { spamhausDqsKey: env.SMTP_DOCTOR_SPAMHAUS_DQS_KEY },
    egress: env.SMTP_DOCTOR_EGRESS_IP,
  };
}

/**
 * The network check of an address a device came from at a device capture: the site's public IP as
 * observed, kept with the case and labelled so. The caller makes sure each address is checked once.
 */
export async function checkObservedSiteIp(
  caseId: string,
  ip: string,
  senderDomain: string | null,
): Promise<SiteNetworkReport | null> {
  if (!isCheckableIp(ip)) return null;
  const { resolver, options } = checkSetup();
  const report = await checkSiteNetwork(resolver, { ip, describes: "site", senderDomain }, options);
  const observed = {
    ...report,
    network: { ...report.network, label: `${report.network.label}, observed at the device capture` },
  };
  return (await keepCheckInCase(caseId, observed, null)) ? observed : null;
}

/** A team case named by id: only a signed-in agent, from our own pages, may add to it. */
async function staffCaseId(request: Request, caseId: string): Promise<string> {
  const author = await caseAuthorOf(request);
  if (author.kind !== "staff") throw new HttpError("unauthorized", "Sign in to add to this case.");
  return (await existingCase(caseId)).id;
}

/**
 * The run diagnosed again knowing the site: its reverse DNS feeds the rules, and a high-impact
 * listing of the site's IP can become the root cause. null if the diagnosis fails.
 */
function rediagnose(
  result: ProbeResult,
  context: DiagnosisContextInput,
  site: SiteNetworkReport,
): Diagnosis | null {
  try {
    const sitePtr = site.network.describes === "site" ? site.ptr.status : null;
    return applySiteNetwork(diagnoseProbe(result, { ...context, sitePtr }), result, site);
  } catch (error) {
    console.error("[network] re-diagnosis failed:", error instanceof Error ? error.name : typeof error);
    return null;
  }
}
