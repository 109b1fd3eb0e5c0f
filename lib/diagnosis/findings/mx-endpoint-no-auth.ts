import { ehloFacts, isMxEndpoint } from "../probe-facts";
import type { FindingCheck } from "./finding-types";

/** Devices pointed at an MX with authentication on fail in confusing ways: the MX never offers AUTH. */
export const mxEndpointNoAuth: FindingCheck = {
  id: "mx-endpoint-no-auth",
  check(e) {
    if (!e.probe || !isMxEndpoint(e)) return null;
    const { plain, secured } = ehloFacts(e);
    const offered = [...(plain?.authMechanisms ?? []), ...(secured?.authMechanisms ?? [])];
    if (!plain || offered.length > 0) return null;
    return {
      severity: "info",
      title: "This MX endpoint offers no authentication",
      detail: `${e.target?.host ?? "The server"} is a receiving (MX / Direct Send) endpoint: its EHLO lists no AUTH, before or after STARTTLS. A device cannot log in here; with authentication switched on it fails, and without it the mail is judged on the sending IP's reputation.`,
      asOf: null,
      source:
        "SMTP Doctor probe (EHLO extensions); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/how-to-set-up-a-multifunction-device-or-application-to-send-email-using-microsoft-365-or-office-365 (Direct Send: no authentication on the MX endpoint)",
    };
  },
};
