import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule sender-authentication-failed: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "godaddy-550-ib508-spf", expect: "top" },
  { case: "google-421-4.7.26-unauthenticated", expect: "top" },
  { case: "google-550-5.7.1-dmarc-legacy", expect: "top" },
  { case: "client-eenvelope-all-rejected-spamhaus", expect: "not-top" },
  { case: "barracuda-450-cuda-nsu-abuse", expect: "not-top" },
  { case: "b42-mta-037", expect: "top" },
  // NetEase's MI:DMA: the message fails the sender domain's DMARC policy.
  { case: "b43-intl2-027", expect: "top" },
  { case: "b44-mta3-009", expect: "not-top" },
  // SPF's permanent error: the sender's SPF record cannot be evaluated.
  { case: "b47-policy-034", expect: "top" },
  // NetEase: MAIL FROM mismatches the client IP (not a refused connection).
  { case: "b48-wrap2-021", expect: "top" },
  // Gmail's 4.7.28 'from your SPF domain' judges the domain's reputation, not a failed check; SPF's 'not authorised to send from <IP>'.
  { case: "b63-c-1", expect: "not-top" },
  { case: "b65-k-83", expect: "top" },
];
