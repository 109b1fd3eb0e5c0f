import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule greylisted: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "barracuda-451-greylisted", expect: "top" },
  { case: "mimecast-451-greylisting", expect: "top" },
  { case: "postgrey-4.2.0-greylisted-300s", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  // A bare "try again later" is greylisting; one that names an error is not.
  { case: "b18-mta2-rspamd-greylist-try-again", expect: "top" },
  { case: "b53-docsneg-001", expect: "not-top" },
  // The same shape under 4.7.0 (smtpf), and under 4.7.1 after a 452 (Mailu).
  { case: "b51-temp-019", expect: "top" },
  { case: "b16-gh-mailu-452-try-again-later-greylist", expect: "top" },
];
