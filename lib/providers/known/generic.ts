import type { Provider } from "../provider-schema";

/** Anything else: an on-premises Exchange or Postfix, an ISP relay, a hosting company's server. */
export const generic: Provider = {
  id: "generic",
  name: "Generic / on-premises server",
  detect: { hosts: [], mx: [], replyText: [] },
  endpoints: [
    {
      id: "submission",
      title: "Authenticated submission (RFC 6409)",
      host: "<your mail server>",
      port: 587,
      security: "starttls",
      auth: "password",
      recipients: "any",
      requirements: [
        "A mailbox or SMTP user on that server",
        "The server's administrator allows this device",
      ],
      limits: ["Ask the server's administrator for its limits"],
      sources: ["RFC 6409 (message submission on port 587)", "RFC 8314 (implicit TLS on port 465)"],
      certainty: "confirmed",
    },
  ],
  policies: [],
};
