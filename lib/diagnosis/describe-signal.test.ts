import assert from "node:assert/strict";
import { test } from "node:test";
import { analyzeText } from "./analyze-text";
import { describeSignal } from "./describe-signal";

test("the deciding layer is said in plain words: enhanced code, provider wording, client error, reply code", () => {
  const said = (reply: string, stage: Parameters<typeof analyzeText>[1] = {}) =>
    describeSignal(analyzeText(reply, stage).rootCause.signal);
  assert.match(
    said("550 5.1.1 sorry") ?? "",
    /^Decided by the enhanced status code 5\.1\.1 \("Bad destination mailbox address"\)\.$/,
  );
  assert.match(
    said("535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant.") ??
      "",
    /^Decided by Microsoft 365 \(Exchange Online\)'s wording "SmtpClientAuthentication is disabled for the Tenant"\.$/,
  );
  assert.match(
    said("java.net.UnknownHostException: smtp.example.com") ?? "",
    /^Decided by the client's error "UnknownHostException"\.$/,
  );
  assert.equal(describeSignal(null), null);
  assert.equal(
    describeSignal("dnsbl:spamhaus-zen"),
    "Decided by the site's own blocklist check (spamhaus-zen).",
  );
});
