import { isCheckableIp } from "../network/check-site-network";
import type { DeviceCapture } from "./capture-sink";

/**
 * The site's public IP, observed: the address a device came from at a capture. The sink cannot
 * look it up (it never opens a connection, not even for DNS), so the app checks it against the
 * blocklists when the case is looked at, once per address per case.
 */

/** The case holds a check of the address, one is due, or it is not public (nothing to look up). */
export type SiteIpState = "checked" | "pending" | "not-public";

export const bareAddress = (address: string) => address.replace(/^::ffff:/, "");

export function siteIpState(address: string, checkedIps: ReadonlySet<string | null>): SiteIpState {
  const ip = bareAddress(address);
  if (!isCheckableIp(ip)) return "not-public";
  return checkedIps.has(ip) ? "checked" : "pending";
}

export type SiteIpCheck = (caseId: string, ip: string, senderDomain: string | null) => Promise<unknown>;

export class SiteIpObserver {
  /** "case id ip" of the checks running now. */
  readonly #underway = new Set<string>();

  constructor(private readonly check: SiteIpCheck) {}

  /**
   * Starts the check of each pending address not already being checked; returns the checks
   * started (the caller need not wait: the next look at the case shows them). A failed check is
   * logged and tried again at the next look.
   */
  observe(
    caseId: string,
    sessions: readonly { capture: DeviceCapture; siteIp: SiteIpState }[],
  ): Promise<void>[] {
    const started: Promise<void>[] = [];
    for (const session of sessions) {
      if (session.siteIp !== "pending") continue;
      const ip = bareAddress(session.capture.remoteAddress);
      const key = `${caseId} ${ip}`;
      if (this.#underway.has(key)) continue;
      this.#underway.add(key);
      const domain = session.capture.mailFrom?.split("@")[1]?.toLowerCase() || null;
      started.push(
        this.check(caseId, ip, domain)
          .then(() => undefined)
          .catch((error: unknown) => {
            console.error(
              "[captures] site check failed:",
              error instanceof Error ? error.name : typeof error,
            );
          })
          .finally(() => {
            this.#underway.delete(key);
          }),
      );
    }
    return started;
  }
}
