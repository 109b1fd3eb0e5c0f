import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule direct-send-rejected: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  {
    reply:
      "550 5.7.68 TenantInboundAttribution; Direct Send not allowed for this organization from unauthorized sources",
    stage: "rcpt",
    expect: "top",
    note: "RejectDirectSend (help.salesforce.com 005133045)",
  },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
];
