import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule connection-reset: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "client-econnection-closed-unexpectedly", expect: "top" },
  { case: "client-econnreset-read", expect: "top" },
  // smtplib's bare "Connection unexpectedly closed": a cut connection is only the likeliest other
  // possible cause (6 of 25 such replies), never the root cause.
  { case: "python-smtpserverdisconnected-connect", expect: "not-top" },
  { case: "client-edns-enotfound-quoted-host", expect: "not-top" },
  { case: "client-eai-again", expect: "not-top" },
  // Node's "socket disconnected before secure TLS connection was established": the peer cut the handshake.
  { case: "b12-gh-nodemailer-socket-disconnected-before-tls", expect: "top" },
  { case: "b27-b27b-winsock-10053-wsaeconnaborted", expect: "top" },
  // Gmail's 'Connection was dropped by remote host'; Exchange's 'Connection dropped due to ConnectionReset'.
  { case: "b63-c-40", expect: "top" },
  { case: "b63-e-85", expect: "top" },
];
