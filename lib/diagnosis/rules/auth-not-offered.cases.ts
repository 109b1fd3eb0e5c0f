import { syntheticProbe } from "../testing/synthetic-probe";
import type { RuleRow } from "./rule-test-kit";

/** The table-driven test of rule auth-not-offered: real replies by testdata id, near-misses, probe shapes. */
export const rows: readonly RuleRow[] = [
  { case: "postfix-auth-not-enabled", expect: "top" },
  // A pasted transcript whose EHLO reply lists no AUTH, then "Could not authenticate".
  { case: "b12-forum-pastebin-phpmailer-no-auth-advertised", expect: "top" },
  { case: "a5-mailrise-msmtp-no-auth-advertised", expect: "top" },
  // Near miss: the EHLO reply does list AUTH, and the login failed.
  { case: "b7-auth-naver-553-auth-failure-plain", expect: "not-top" },
  {
    probe: syntheticProbe({
      target: { auth: "password", username: "scanner@example.com" },
      failedStage: "auth",
      error: {
        code: "ENOAUTH",
        message: "The server does not offer AUTH on this connection: the password was not sent",
      },
    }),
    expect: "top",
    note: "MX endpoint without AUTH",
  },
  { case: "exch-530-5.7.1-client-not-authenticated-ndr", expect: "not-top" },
  { case: "client-eauth-gmail-bad-credentials", expect: "not-top" },
  // Batch 28: Net::SMTP's own "Command unknown: 'AUTH'" (no AUTH in the EHLO reply).
  { case: "b28-b28a-git-send-email-auth-unknown-port25", expect: "top" },
  { case: "b28-b28a-git-send-email-auth-unknown-plain-relay", expect: "top" },
  // Exchange to Exchange: the receiving connector offers no Exchange Server authentication.
  { case: "b17-srv-exchange-4-4-395-cannot-achieve-exchange-auth", expect: "top" },
  { case: "b17-srv-exchange-cannot-achieve-exchange-auth-failover", expect: "top" },
  // Roundcube's "SMTP Error (250)": the login never got a refusal (English and German).
  { case: "b40-libs3-036", expect: "top" },
  { case: "b40-libs3-037", expect: "top" },
  // 'Authentication not allowed on IBSMTP Servers', 'Authentication not possible (not offered by the service)'.
  { case: "b12-docs-godaddy-535-ib401-auth-not-allowed-ibsmtp", expect: "top" },
  { case: "b60-f-38", expect: "top" },
];
