import { ehloFacts } from "../probe-facts";
import type { FindingCheck } from "./finding-types";

/** AUTH appears only after STARTTLS: a device with encryption off never sees a login option. */
export const authOnlyAfterStarttls: FindingCheck = {
  id: "auth-only-after-starttls",
  check(e) {
    const { plain, secured } = ehloFacts(e);
    if (!plain || !secured || e.target?.security !== "starttls") return null;
    if (plain.authMechanisms.length > 0 || secured.authMechanisms.length === 0) return null;
    return {
      severity: "info",
      title: "Login is offered only after STARTTLS",
      detail: `The server lists AUTH (${secured.authMechanisms.join(", ")}) only after the connection is encrypted. A device with encryption off, or one that logs in before STARTTLS, will report that the server does not support authentication.`,
      asOf: null,
      source: "SMTP Doctor probe (EHLO before and after STARTTLS)",
    };
  },
};
