import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule dns-failure: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-eai-again", expect: "top" },
  { case: "client-edns-queryA-etimeout", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-econnrefused-default-localhost", expect: "not-top" },
  { case: "b43-mta2-030", expect: "top" },
  // Malformed name server reply, without Postfix's prefix (not a malformed message).
  { case: "b47-bounce-029", expect: "top" },
  // A provider's published server name that did not resolve: the name exists, DNS failed.
  { case: "b11-apps-nodemailer-enotfound-gmail-dns-server", expect: "top" },
  { case: "b20-b20c-bc-container-remote-name-not-resolved", expect: "top" },
  { case: "b7-reach-gophish-nosuchhost-firewall", expect: "top" },
  // At name resolution, a lookup told to try again is DNS failing (musl's EAI_AGAIN text).
  { case: "b7-reach-portier-lettre-tryagain", expect: "top" },
  { case: "b51-mk-062", expect: "not-top" },
];
