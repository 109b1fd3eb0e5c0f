import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";
import { diagnoseProbe } from "../diagnosis/diagnose-probe";
import { type Diagnosis, diagnosisSchema } from "../diagnosis/diagnosis-schema";
import type { ProbeInputRaw, ProbeResult, StageName } from "../smtp/probe-schema";
import { probeFixture, stage, statusLine } from "../testing/probe-harness";
import {
  OUTSIDE_RECIPIENT,
  REFUSED_SENDER_DOMAIN,
  type ServiceName,
  SITE_DOMAIN,
  SITE_PASSWORD,
  SITE_USER,
  SMALL_MESSAGE_LIMIT,
} from "./real-site-config";
import { type RealMailServers, startRealMailServers } from "./start-real-mail-servers";
import { starttlsHandshake } from "./starttls-handshake";

/**
 * Real Debian mail servers (Postfix 3.7, Dovecot SASL, postgrey) on 127.0.0.1, configured the way
 * real sites are, probed by the engine and judged by the analyzer. Our fixture servers imitate
 * replies; these give the words and the behaviour (delayed rejects at RCPT, 454 on a broken TLS
 * setup, …) that real sites give. Needs root and the packages: scripts/test.sh installs them.
 */

// Scenarios whose diagnosis is wrong today, waiting for the analyzer (issue 10).

const LOGIN = { kind: "password", username: SITE_USER, password: SITE_PASSWORD } as const;
const LOCAL_RECIPIENT = `someone@${SITE_DOMAIN}`;
const TODAY = { today: "2026-11-28" };

let site: RealMailServers | undefined;
before(async () => {
  site = await startRealMailServers();
});
after(async () => {
  await site?.stop();
});

type Expected = {
  /** Every stage as "name:status", in order. */
  stages: string;
  failedStage: StageName | null;
  /** The decisive reply, when the server gave one: code, enhanced code, words. */
  reply?: { code: number; enhanced: string | null; text: RegExp };
  /** Instead of a reply: the engine's error. */
  error?: { code: string; message: RegExp };
  cause: Diagnosis["rootCause"]["id"] | readonly Diagnosis["rootCause"]["id"][];
  /** The direction of the fix: its first sentence must say this … */
  fix?: RegExp;
  /** … and the fix must not say this. */
  notFix?: RegExp;
  todo?: string;
};

type Scenario = {
  title: string;
  service: ServiceName;
  input?: Omit<Partial<ProbeInputRaw>, "port">;
  expected: Expected;
};

const firstSentence = (text: string) => text.split(/(?<=\.)\s/)[0] ?? text;

const SCENARIOS: { group: string; scenarios: Scenario[] }[] = [
  {
    group: "Debian's stock submission (permit_sasl_authenticated, reject; TLS required)",
    scenarios: [
      {
        title: "no login",
        service: "submission",
        input: { to: [OUTSIDE_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 554,
            enhanced: "5.7.1",
            text: /^<someone@fabrikam\.example>: Recipient address rejected: Access denied$/,
          },
          cause: "auth-required",
          fix: /authentication on|sign(?:ing)? in|log in/i,
        },
      },
      {
        title: "no login, client restrictions (the $mua_client_restrictions variant)",
        service: "submissionClientRestricted",
        input: { to: [OUTSIDE_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 554,
            enhanced: "5.7.1",
            text: /^<unknown\[127\.0\.0\.1\]>: Client host rejected: Access denied$/,
          },
          cause: "auth-required",
          fix: /authentication on|sign(?:ing)? in|log in/i,
        },
      },
      {
        title: "wrong password",
        service: "submission",
        input: { to: [OUTSIDE_RECIPIENT], credentials: { ...LOGIN, password: "Wr0ng-Horse!" } },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:failed mail:skipped rcpt:skipped data:skipped quit:ok",
          failedStage: "auth",
          reply: { code: 535, enhanced: "5.7.8", text: /^Error: authentication failed:/ },
          cause: "auth-failed",
          fix: /password/i,
        },
      },
      {
        title: "right password",
        service: "submission",
        input: { to: [OUTSIDE_RECIPIENT], credentials: LOGIN },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:ok mail:ok rcpt:ok data:skipped quit:ok",
          failedStage: null,
          cause: "no-error",
        },
      },
    ],
  },
  {
    group: "an MX with recipient, HELO and sender restrictions",
    scenarios: [
      {
        title: "relay attempt (reject_unauth_destination)",
        service: "mx",
        input: { to: [OUTSIDE_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: { code: 554, enhanced: "5.7.1", text: /^<someone@fabrikam\.example>: Relay access denied$/ },
          cause: "relay-denied",
          fix: /log in|authenticat/i,
        },
      },
      {
        title: "unknown local user (local_recipient_maps)",
        service: "mx",
        input: { to: [`nobody@${SITE_DOMAIN}`] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 550,
            enhanced: "5.1.1",
            text: /^<nobody@contoso\.example>: Recipient address rejected: User unknown in local recipient table$/,
          },
          cause: "recipient-unknown",
          fix: /recipient address/i,
        },
      },
      {
        title: "a bare EHLO name (reject_non_fqdn_helo_hostname): refused at RCPT, as Postfix delays rejects",
        service: "mx",
        input: { to: [LOCAL_RECIPIENT], ehloName: "KM-C308" },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 504,
            enhanced: "5.5.2",
            text: /^<KM-C308>: Helo command rejected: need fully-qualified hostname$/,
          },
          cause: "helo-rejected",
          fix: /fully qualified name/i,
        },
      },
      {
        title: "an invalid EHLO name (reject_invalid_helo_hostname)",
        service: "mx",
        input: { to: [LOCAL_RECIPIENT], ehloName: "scanner..contoso.example" },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 501,
            enhanced: "5.5.2",
            text: /^<scanner\.\.contoso\.example>: Helo command rejected: Invalid name$/,
          },
          cause: "helo-rejected",
          fix: /fully qualified name/i,
        },
      },
      {
        title: "a refused sender domain (check_sender_access … REJECT)",
        service: "mx",
        input: { to: [LOCAL_RECIPIENT], from: `scanner@${REFUSED_SENDER_DOMAIN}` },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 554,
            enhanced: "5.7.1",
            text: /^<scanner@localdomain\.example>: Sender address rejected: Access denied$/,
          },
          cause: "sender-rejected",
          fix: /sender address/i,
        },
      },
      {
        title: "a sender of the site's own domain that is no mailbox (smtpd_reject_unlisted_sender)",
        service: "mx",
        input: { to: [LOCAL_RECIPIENT], from: `scanner@${SITE_DOMAIN}` },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 550,
            enhanced: "5.1.0",
            text: /^<scanner@contoso\.example>: Sender address rejected: User unknown in local recipient table$/,
          },
          cause: "sender-rejected",
          fix: /sender address/i,
        },
      },
      {
        title: "the probe's ~600-byte test message over message_size_limit",
        service: "mxSmallMessages",
        input: { to: [LOCAL_RECIPIENT], send: true },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:ok data:failed quit:ok",
          failedStage: "data",
          reply: { code: 552, enhanced: "5.3.4", text: /^Error: message file too big$/ },
          cause: "message-too-large",
          // A size refusal for a few hundred bytes is the server's limit, not the scan settings.
          fix: /limit|server/i,
          notFix: /scan|resolution|colour/i,
        },
      },
    ],
  },
  {
    group: "greylisting (postgrey via check_policy_service)",
    scenarios: [
      {
        title: "first attempt from an unknown triplet",
        service: "mxGreylisting",
        input: { to: [LOCAL_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:ok auth:skipped mail:ok rcpt:failed data:skipped quit:ok",
          failedStage: "rcpt",
          reply: {
            code: 450,
            enhanced: "4.2.0",
            text: /^<someone@contoso\.example>: Recipient address rejected: Greylisted, see http:\/\/postgrey\.schweikert\.ch\/help\/contoso\.example\.html$/,
          },
          cause: "greylisted",
          fix: /retry/i,
        },
      },
    ],
  },
  {
    group: "TLS limits on the server's side",
    scenarios: [
      {
        title: "a server that only speaks TLS 1.0/1.1 (smtpd_tls_protocols)",
        service: "legacyTls",
        input: { to: [LOCAL_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:failed auth:skipped mail:skipped rcpt:skipped data:skipped quit:skipped",
          failedStage: "tls",
          error: { code: "ETLS", message: /alert protocol version/ },
          cause: "tls-version-unsupported",
          fix: /server/i,
          notFix: /firmware/i,
        },
      },
      {
        title: "a server whose key does not match its certificate: 454 TLS not available",
        service: "tlsBroken",
        input: { to: [LOCAL_RECIPIENT] },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:ok ehlo:ok tls:failed auth:skipped mail:skipped rcpt:skipped data:skipped quit:skipped",
          failedStage: "tls",
          reply: { code: 454, enhanced: "4.7.0", text: /^TLS not available due to local problem$/ },
          cause: "tls-handshake-failed",
          fix: /server/i,
          notFix: /firmware/i,
        },
      },
    ],
  },
  {
    group: "implicit TLS (smtpd_tls_wrappermode, Debian's submissions service)",
    scenarios: [
      {
        title: "probed with STARTTLS: no greeting ever comes",
        service: "submissions",
        input: { to: [OUTSIDE_RECIPIENT], credentials: LOGIN },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok greeting:failed ehlo:skipped tls:skipped auth:skipped mail:skipped rcpt:skipped data:skipped quit:skipped",
          failedStage: "greeting",
          error: { code: "ETIMEDOUT", message: /./ },
          // tls-wrong-mode needs to know the port expects TLS first; on a port other than 465 the
          // probe only sees a greeting that never came.
          cause: ["tls-wrong-mode", "greeting-timeout"],
          fix: /SSL\/TLS|implicit TLS/i,
        },
      },
      {
        title: "probed with implicit TLS and the right password",
        service: "submissions",
        input: { to: [OUTSIDE_RECIPIENT], credentials: LOGIN, security: "tls" },
        expected: {
          stages:
            "resolve:ok guard:ok connect:ok tls:ok greeting:ok ehlo:ok auth:ok mail:ok rcpt:ok data:skipped quit:ok",
          failedStage: null,
          cause: "no-error",
        },
      },
    ],
  },
];

/** Each scenario is probed once; its tests share the run. */
const runs = new Map<Scenario, Promise<{ result: ProbeResult; diagnosis: Diagnosis }>>();
function probe(scenario: Scenario) {
  let run = runs.get(scenario);
  if (!run) {
    if (!site) throw new Error("the real mail servers did not start");
    run = probeFixture({ port: site.ports[scenario.service], ...scenario.input }).then((result) => ({
      result,
      diagnosis: diagnosisSchema.parse(diagnoseProbe(result, TODAY)),
    }));
    runs.set(scenario, run);
  }
  return run;
}

function scenarioOf(service: ServiceName, title?: string): Scenario {
  const found = SCENARIOS.flatMap((g) => g.scenarios).find(
    (s) => s.service === service && (title === undefined || s.title === title),
  );
  if (!found) throw new Error(`no scenario ${service} ${title ?? ""}`);
  return found;
}

function verbatim(result: ProbeResult): string {
  const decisive = result.stages.find((s) => s.name === result.failedStage);
  if (!decisive) return "(no failure)";
  // A success reply before the failure ("220 Ready to start TLS", then the handshake failed) needs the error beside it.
  return [decisive.reply?.lines.join(" | "), decisive.error?.message].filter(Boolean).join(" → ");
}

for (const { group, scenarios } of SCENARIOS) {
  describe(group, () => {
    for (const scenario of scenarios) {
      const { expected } = scenario;
      const stops = expected.failedStage ? `stops at ${expected.failedStage}` : "passes every stage";
      it(`${scenario.title}: the probe ${stops}`, async (t) => {
        const { result } = await probe(scenario);
        t.diagnostic(`server said: ${verbatim(result)}`);
        assert.equal(statusLine(result), expected.stages, await logsFor(result));
        assert.equal(result.failedStage, expected.failedStage);
        if (expected.failedStage === null) return assert.equal(result.outcome, "ok");
        const failed = stage(result, expected.failedStage);
        if (expected.reply) {
          assert.equal(failed.reply?.code, expected.reply.code);
          assert.equal(failed.reply?.enhanced, expected.reply.enhanced);
          assert.match(failed.reply?.text ?? "", expected.reply.text);
        }
        if (expected.error) {
          assert.equal(failed.error?.code, expected.error.code);
          assert.match(failed.error?.message ?? "", expected.error.message);
        }
      });

      const causes = [expected.cause].flat();
      it(`${scenario.title}: diagnosed ${causes.join(" or ")}${expected.fix ? `, fix ${expected.fix}` : ""}`, {
        todo: expected.todo,
      }, async (t) => {
        const { diagnosis } = await probe(scenario);
        const { id, fix, signal } = diagnosis.rootCause;
        t.diagnostic(`diagnosed ${id} (signal: ${signal}); fix: ${fix}`);
        assert.ok(causes.includes(id), `expected ${causes.join(" or ")}, got ${id} (signal: ${signal})`);
        if (expected.fix) assert.match(firstSentence(fix), expected.fix);
        if (expected.notFix) assert.doesNotMatch(fix, expected.notFix);
      });
    }
  });
}

describe("probe facts the diagnosis can rest on", () => {
  it("stock submission without login: AUTH was offered after STARTTLS and never sent", async () => {
    const { result } = await probe(scenarioOf("submission", "no login"));
    assert.deepEqual(
      stage(result, "ehlo").facts.ehlo?.authMechanisms,
      [],
      "smtpd_tls_auth_only hides AUTH before TLS",
    );
    assert.deepEqual(stage(result, "tls").facts.ehloAfterTls?.authMechanisms, ["PLAIN", "LOGIN"]);
    assert.ok(!result.transcript.some((e) => e.dir === "client" && /^AUTH\b/i.test(e.line)));
  });

  it("the size-limited MX announces its limit in EHLO: the probe knows the limit, not the device, is tiny", async () => {
    const { result } = await probe(scenarioOf("mxSmallMessages"));
    assert.equal(stage(result, "tls").facts.ehloAfterTls?.size, SMALL_MESSAGE_LIMIT);
  });

  it("the TLS 1.0/1.1 server is legacy, not broken: a TLS 1.1 client at security level 0 gets through", async () => {
    assert.ok(site);
    const protocol = await starttlsHandshake(site.ports.legacyTls, {
      minVersion: "TLSv1",
      maxVersion: "TLSv1.1",
      ciphers: "DEFAULT:@SECLEVEL=0",
      rejectUnauthorized: false,
    });
    assert.equal(protocol, "TLSv1.1");
  });

  it("without security level 0 the same client still fails: OpenSSL 3 refuses TLS 1.0/1.1's SHA-1 signatures", async () => {
    assert.ok(site);
    await assert.rejects(
      starttlsHandshake(site.ports.legacyTls, { minVersion: "TLSv1", rejectUnauthorized: false }),
      /legacy sigalg disallowed/,
    );
  });
});

async function logsFor(result: ProbeResult): Promise<string> {
  return `probe transcript:\n${result.transcript.map((e) => `${e.dir}: ${e.line}`).join("\n")}\n${(await site?.logs()) ?? ""}`;
}
