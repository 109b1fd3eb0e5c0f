import "server-only";
import { Resolver } from "node:dns/promises";
import { z } from "zod";
import { detectProvider } from "@/lib/providers/detect-provider";
import { providerById } from "@/lib/providers/known";
import { resolverFromEnv } from "@/lib/smtp/probe-env";

export const platformQuerySchema = z.object({
  server: z.string().trim().max(253).default(""),
  sender: z.string().trim().max(320).default(""),
});

export type PlatformDetection = {
  providerId: string | null;
  providerName: string | null;
  evidence: string[];
};

const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;

/** Which platform the device's server name and the sender domain's MX point to, with the evidence. */
export async function detectPlatform(query: z.infer<typeof platformQuerySchema>): Promise<PlatformDetection> {
  const domain = query.sender.split("@").pop()?.toLowerCase() ?? "";
  let senderMx: string[] = [];
  if (DOMAIN.test(domain)) {
    const resolver = resolverFromEnv(process.env) ?? new Resolver({ timeout: 3_000, tries: 1 });
    senderMx = await resolver
      .resolveMx(domain)
      .then((mx) => mx.sort((a, b) => a.priority - b.priority).map((m) => m.exchange))
      .catch(() => []);
  }
  const host = DOMAIN.test(query.server) ? query.server : null;
  const detected = detectProvider({ host, senderMx });
  if (!detected || detected.id === "generic") {
    return {
      providerId: null,
      providerName: null,
      evidence: senderMx.length
        ? [`${domain} receives mail at ${senderMx[0]}, which is not a platform we recognise`]
        : [],
    };
  }
  const name = providerById(detected.id).name;
  const evidence =
    detected.via === "host"
      ? [`The server name ${detected.clue} belongs to ${name}.`]
      : [`${domain} receives its mail at ${detected.clue}: the domain is hosted by ${name}.`];
  if (detected.via === "host" && senderMx[0]) evidence.push(`${domain} receives its mail at ${senderMx[0]}.`);
  return { providerId: detected.id, providerName: name, evidence };
}
