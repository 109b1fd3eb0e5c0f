import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule recipient-mailbox-full: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "mailsherpa-452-mailbox-full", expect: "top" },
  {
    reply:
      "552 5.2.2 <user@example.org> Quota exceeded (mailbox for user is full) (in reply to end of DATA command)",
    stage: "data",
    expect: "top",
    note: "chatmail/relay#21",
  },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  { case: "b44-mta3-041", expect: "top" },
  // 'error writing message: Disk quota exceeded' stays a full mailbox, not a storage failure.
  { case: "b34-b34d-kagoya-maildir-disk-quota", expect: "top" },
  // The mailbox has exceeded its disk space limit.
  { case: "b48-lhost-055", expect: "top" },
  // Exchange's 'mailbox database throttling' is the store's load, not a full mailbox.
  { case: "b63-e-58", expect: "not-top" },
  // maildrop's "Timeout quota exceeded" is its time limit for one delivery, not a mailbox quota.
  { case: "b84-d-029", expect: "not-top" },
];
