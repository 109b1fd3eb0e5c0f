import type { FindingCheck } from "./finding-types";

/** ENOTLS: the password would have crossed the network in clear text; we did not send it. */
export const plaintextAuthRefused: FindingCheck = {
  id: "plaintext-auth-refused",
  check(e) {
    if (e.errorCode !== "ENOTLS") return null;
    return {
      severity: "warning",
      title: "The password would have been sent unencrypted",
      detail:
        "Authentication is on while encryption is off. SMTP Doctor did not send the password; a device with these settings sends it in clear text to anyone on the path (where the server accepts that at all).",
      asOf: null,
      source: null,
    };
  },
};
