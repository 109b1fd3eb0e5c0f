import assert from "node:assert/strict";
import { describe, it } from "node:test";
import { analyzeText } from "./analyze-text";

/**
 * Microsoft's SMTP AUTH timeline (as of 27 January 2026): Basic auth is off by default for
 * existing tenants from the end of December 2026. The same replies must get advice that is right
 * on either side of that date, so every test pins the clock.
 */
const BEFORE = "2026-12-01";
const AFTER = "2027-01-15";

const RETIRED =
  "535 5.7.139 Authentication unsuccessful, basic authentication is disabled. [FR4P281CA0026.DEUP281.PROD.OUTLOOK.COM]";
const TENANT =
  "535 5.7.139 Authentication unsuccessful, SmtpClientAuthentication is disabled for the Tenant. Visit https://aka.ms/smtp_auth_disabled for more information. [MN2PR05CA0004.namprd05.prod.outlook.com]";
const CLIENT_SUBMISSION =
  "550 5.7.30 Basic authentication is not supported for Client Submission. Visit https://aka.ms/smtp_auth_disabled for more information. [PH0PR07CA0004.namprd07.prod.outlook.com]";
const WRONG_PASSWORD = "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0045.namprd02.prod.outlook.com]";

const at = (today: string, reply: string, extra: { supportsOAuth?: boolean | null } = {}) =>
  analyzeText(reply, { stage: "auth", context: { provider: "microsoft-365", today, ...extra } });

describe("Microsoft 365 Basic auth, either side of the end of December 2026", () => {
  it("the 5.7.139 and 5.7.30 variants keep their causes on both sides", () => {
    for (const today of [BEFORE, AFTER]) {
      assert.equal(at(today, RETIRED).rootCause.id, "auth-basic-retired", today);
      assert.equal(at(today, TENANT).rootCause.id, "auth-disabled-tenant", today);
      assert.equal(at(today, CLIENT_SUBMISSION).rootCause.id, "auth-basic-retired", today);
    }
  });

  it("before: re-enabling Basic auth is still offered; after: it is said to be off by default, OAuth or a connector first", () => {
    assert.match(at(BEFORE, RETIRED).rootCause.fix, /re-enable Basic auth/);
    assert.doesNotMatch(at(BEFORE, RETIRED).rootCause.fix, /off by default since/);
    assert.match(at(AFTER, RETIRED).rootCause.fix, /off by default since the end of December 2026/);
    assert.match(at(AFTER, RETIRED).rootCause.fix, /^Use OAuth 2\.0 on the device/);
  });

  it("tenant SMTP AUTH off: after the date, enabling SMTP AUTH alone is said not to be enough for a password", () => {
    assert.doesNotMatch(at(BEFORE, TENANT).rootCause.fix, /not enough for a password/);
    assert.match(at(AFTER, TENANT).rootCause.fix, /not enough for a password/);
  });

  it("the dated finding warns before and informs after, each with its as-of date", () => {
    const finding = (today: string) =>
      at(today, WRONG_PASSWORD).findings.find((f) => f.id === "basic-auth-retirement");
    assert.equal(finding(BEFORE)?.severity, "warning");
    assert.match(finding(BEFORE)?.title ?? "", /goes off by default at the end of December 2026/);
    assert.equal(finding(AFTER)?.severity, "info");
    assert.match(finding(AFTER)?.title ?? "", /is off by default since the end of December 2026/);
    assert.equal(finding(AFTER)?.asOf, "2026-01-27");
  });

  it("the recommended path: password submission first before the date, OAuth first after it, a connector when the device has no OAuth", () => {
    const first = (today: string, supportsOAuth: boolean | null) =>
      at(today, WRONG_PASSWORD, { supportsOAuth }).recommended?.alternatives[0]?.id;
    assert.equal(first(BEFORE, null), "submission");
    assert.equal(first(AFTER, null), "submission-oauth");
    assert.equal(first(AFTER, false), "connector-relay");
  });
});
