import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule routing-error: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "m365-554-5.4.14-hop-count", expect: "top" },
  { case: "postfix-dns-nullmx", expect: "top" },
  { case: "mailcow-dsn-loops-back-to-myself", expect: "top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // Exim: the recipient domain's MX says it takes no mail.
  { case: "b43-intl2-042", expect: "top" },
  // A hop count exceeded, the verb first (Notes); qmail's best-preference MX for a domain it does not own.
  { case: "b47-bounce-094", expect: "top" },
  { case: "b47-bounce-042", expect: "top" },
];
