import { Resolver } from "node:dns/promises";
import { E2E_SITE_IP, e2eZone } from "../../../e2e/fixtures/dns/e2e-zone";
import { startDnsFixture } from "../../../e2e/fixtures/dns/start-dns-fixture";
import { checkSiteNetwork } from "../../network/check-site-network";
import type { SiteNetworkReport } from "../../network/site-network-schema";

/** A real site network report: the e2e site IP (Spamhaus PBL, cellular PTR) checked against the DNS fixture. */
export async function listedSiteReport(): Promise<SiteNetworkReport> {
  const dns = await startDnsFixture(e2eZone);
  try {
    const resolver = new Resolver({ timeout: 500, tries: 1 });
    resolver.setServers([dns.server]);
    return await checkSiteNetwork(resolver, {
      ip: E2E_SITE_IP,
      describes: "site",
      senderDomain: "contoso.example",
    });
  } finally {
    await dns.close();
  }
}
