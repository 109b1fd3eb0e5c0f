import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule dns-not-found: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-edns-enotfound-quoted-host", expect: "top" },
  { case: "client-enotfound-bad-host", expect: "top" },
  { case: "dotnet-remote-name-not-resolved", expect: "top" },
  {
    probe: syntheticProbe({
      failedStage: "resolve",
      error: { code: "ENOTFOUND", message: "mail.example.net does not exist" },
    }),
    expect: "top",
    note: "probe: no such name",
  },
  { case: "client-eai-again", expect: "not-top" },
  { case: "client-econnrefused-default-localhost", expect: "not-top" },
  // Batch 28: a DSN of type DNS and Exim's manualroute lookup; 5.4.4 alone stays routing.
  { case: "b28-b28a-dsn-dns-host-not-found-typo", expect: "top" },
  { case: "b28-b28a-exim-wiki-manualroute-host-lookup-failed", expect: "top" },
  // Windows' 11001 (WSAHOST_NOT_FOUND) as Python prints it, "[Error 11001]".
  { case: "b44-apps3-032", expect: "top" },
  // qmail: no host by that name.
  { case: "b47-bounce-040", expect: "top" },
  // Not for a provider's published name; still for it with a stray space.
  { case: "b11-apps-nodemailer-enotfound-gmail-dns-server", expect: "not-top" },
  { case: "b11-apps-emailjs-enotfound-trailing-space", expect: "top" },
  // A relay or sending service that found no MX for the recipient's domain (one phrasing).
  { case: "b51-bounce-004", expect: "top" },
  { case: "b51-bounce-009", expect: "top" },
  { case: "b28-b28a-opensmtpd-no-mx-found-relay-host", expect: "top" },
  // A failure at name resolution with no words that say more: the likelier of the DNS causes.
  { case: "b51-mk-062", expect: "top" },
  // A PTR name that 'does not resolve back' is the client's reverse DNS, not the server's name.
  { case: "b65-k-58", expect: "not-top" },
];
