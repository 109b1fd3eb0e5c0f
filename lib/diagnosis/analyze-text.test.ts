import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { test } from "node:test";
import type { StageName } from "../smtp/probe-schema";
import { analyzeText } from "./analyze-text";
import { diagnosisSchema } from "./diagnosis-schema";

type Case = { id: string; reply: string; stage: StageName | null; cause: string; batch?: number };

function load(file: string): Case[] {
  const text = readFileSync(new URL(`./testdata/${file}`, import.meta.url), "utf8");
  return text
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as Case);
}

function score(cases: Case[]) {
  const misses = cases
    .map((c) => ({ c, got: analyzeText(c.reply, { stage: c.stage }).rootCause.id }))
    .filter(({ c, got }) => got !== c.cause)
    .map(({ c, got }) => `${c.id}: expected ${c.cause}, got ${got}`);
  return { accuracy: (cases.length - misses.length) / cases.length, misses };
}

test("dev-cases: top-1 accuracy at least 97% (misses are explained in testdata/README.md)", () => {
  const cases = load("dev-cases.jsonl");
  assert.equal(cases.length, 175);
  const { accuracy, misses } = score(cases);
  console.log(
    `dev-cases accuracy: ${(accuracy * 100).toFixed(1)}% (${cases.length - misses.length}/${cases.length})`,
  );
  for (const miss of misses) console.log(`  miss ${miss}`);
  assert.ok(accuracy >= 0.97, `accuracy ${accuracy} below 97%:\n${misses.join("\n")}`);
});

test("extra-cases (held out, own sources): accuracy printed, and no regression below 90%", () => {
  const cases = load("extra-cases.jsonl");
  assert.ok(cases.length >= 40);
  const { accuracy, misses } = score(cases);
  console.log(
    `extra-cases accuracy: ${(accuracy * 100).toFixed(1)}% (${cases.length - misses.length}/${cases.length})`,
  );
  for (const miss of misses) console.log(`  miss ${miss}`);
  assert.ok(accuracy >= 0.9, misses.join("\n"));
});

test("every test case keeps its source", () => {
  for (const file of ["dev-cases.jsonl", "extra-cases.jsonl"]) {
    for (const c of load(file) as (Case & { source?: string })[]) {
      assert.ok(c.source && c.source.length > 5, `${file} ${c.id} has no source`);
    }
  }
});

const GARBAGE: [string, unknown][] = [
  ["empty", ""],
  ["spaces", "   \n\t "],
  ["random words", "purple elephant keyboard sunshine"],
  ["random string", "xq9#k!!zz@@ 0x0f ((("],
  ["binary-ish", "\u0000\u0001\u0002\ufffd\u00ff PK\u0003\u0004 \u001b[31m"],
  ["just digits", "12345 67890"],
  ["100 KB of text", "lorem ipsum dolor sit amet ".repeat(4_000)],
  ["100 KB of one char", "a".repeat(100_000)],
  ["nested parens", "(".repeat(50_000)],
  ["a number", 42],
  ["null", null],
  ["an object", { reply: "550" }],
];

for (const [name, input] of GARBAGE) {
  test(`garbage input is unrecognised, fast, and never throws: ${name}`, () => {
    const started = performance.now();
    const d = analyzeText(input);
    const ms = performance.now() - started;
    assert.equal(d.unrecognised, true);
    assert.equal(d.rootCause.id, "unrecognised");
    assert.equal(d.rootCause.confidence, 0);
    // Not a performance goal (bench/analyze-time.ts measures that): a guard against a pattern
    // that backtracks without bound, which takes seconds or never ends on these inputs. Typical
    // is 10–100 ms; the bound leaves room for a loaded two-core CI machine (once over 250 ms there).
    assert.ok(ms < 2_000, `${name} took ${ms.toFixed(0)} ms`);
    diagnosisSchema.parse(d);
  });
}

test("a bare code gets its generic RFC meaning and no guessed cause", () => {
  const d = analyzeText("550 5.7.1");
  assert.equal(d.unrecognised, true);
  assert.match(d.codes.meaning, /5\.7\.1/);
  assert.match(d.codes.meaning, /Permanent/i);
  assert.match(d.rootCause.explanation, /does not recognise/);
});

test("a success reply is no-error", () => {
  for (const reply of [
    "250 2.0.0 OK queued as 12345",
    "235 2.7.0 Authentication successful",
    "250 2.1.5 Recipient OK",
  ]) {
    assert.equal(analyzeText(reply).rootCause.id, "no-error", reply);
  }
});

test("a greeting's banner words are not a refusal; a closing reply's reason still is", () => {
  // Real greetings (OVH's MX, a Barracuda appliance): the host name and banner describe the server.
  for (const reply of [
    "220 Welcome ! You are on server 8 called mx3.ovh.net, spam protected: www.spam-rbl.com ESMTP",
    "220 barracuda.choopa.net ESMTP (2cca12787012f064281cf8557700560b)",
  ]) {
    assert.equal(analyzeText(reply, { stage: "greeting" }).rootCause.id, "no-error", reply);
  }
  // The same words in a refusal still decide, and a 221 says why the server closes.
  assert.equal(
    analyzeText("554 5.7.1 Service unavailable; client host blocked using barracuda").rootCause.id,
    "ip-blocklisted",
  );
  assert.equal(analyzeText("221 2.4.2 Idle timeout, bye bye").rootCause.id, "session-timeout");
});

test("Thunderbird's and PHPMailer's errors are read in the languages they ship", () => {
  const cases: [string, string][] = [
    ["Impossible de s’authentifier sur le serveur sortant (SMTP) smtp.example.com.", "auth-failed"],
    [
      "メールの送信中にエラーが発生しました: 送信 (SMTP) サーバー smtp.example.com が見つかりません。",
      "dns-not-found",
    ],
    [
      "حصل خطأ أثناء إرسال البريد: تعذر إنشاء رابط آمن مع خادوم الصادر \u200f(SMTP\u200f) smtp.example.com باستخدام STARTTLS إذ إنه لا يعلن عن هذه الميزة.",
      "starttls-not-offered",
    ],
    [
      "Wysyłanie wiadomości się nie powiodło, ponieważ upłynął limit czasu połączenia z\u00a0serwerem smtp.example.com poczty wychodzącej (SMTP).",
      "connect-timeout",
    ],
    ["SMTP-virhe: käyttäjätunnistus epäonnistui.", "auth-failed"],
    ["SMTP 오류: 인증할 수 없습니다.", "auth-failed"],
  ];
  for (const [text, cause] of cases) assert.equal(analyzeText(text).rootCause.id, cause, text);
});

test("the founding reply pasted alone: ip-blocklisted, verbatim evidence, Microsoft 365 advice", () => {
  const reply =
    "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 AS(1450) [BN8NAM11FT066.eop-nam11.prod.protection.outlook.com]";
  const d = diagnosisSchema.parse(analyzeText(reply, { stage: "rcpt", context: { today: "2026-11-28" } }));
  assert.equal(d.rootCause.id, "ip-blocklisted");
  assert.equal(d.rootCause.evidence.reply, reply);
  assert.equal(d.provider, "microsoft-365");
  assert.equal(d.recommended?.alternatives[0]?.host, "smtp.office365.com");
  assert.ok(d.findings.some((f) => f.id === "connection-test-not-acceptance"));
});

test("pasted client errors are read through their wrappers", () => {
  const rows: [string, string][] = [
    [
      "Error: read ECONNRESET\n    at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20) {\n  errno: -104,\n  code: 'ESOCKET',\n  syscall: 'read',\n  command: 'CONN'\n}",
      "connection-reset",
    ],
    ["Error: connect ECONNREFUSED 127.0.0.1:587", "connect-refused"],
    ["Error: queryA ETIMEOUT smtp.example.com", "dns-failure"],
    ['Error: Missing credentials for "PLAIN"', "credentials-missing"],
    [
      "Hostname/IP does not match certificate's altnames: Host: mail.example.com. is not in the cert's altnames: DNS:example.net",
      "tls-cert-name-mismatch",
    ],
    ["Error: 00F8F3C1:error:0A00010B:SSL routines:ssl3_get_record:wrong version number", "tls-wrong-mode"],
  ];
  for (const [text, cause] of rows) assert.equal(analyzeText(text).rootCause.id, cause, text);
});

test("a device's own panel code is named as such, with the live test as the next step, never a guessed cause", () => {
  for (const text of [
    "Send error #801 on imageRUNNER ADVANCE C5535",
    "Sharp MX-3071: CE-01 transmission failed",
  ]) {
    const d = analyzeText(text);
    assert.equal(d.rootCause.id, "unrecognised", text);
    assert.match(d.rootCause.explanation, /own panel or log code, not the mail server's reply/, text);
    assert.match(d.rootCause.fix, /Run the live test in the wizard/, text);
  }
  // A server reply beside a panel code is judged on the server's words.
  assert.equal(analyzeText("#801 535 5.7.8 Username and Password not accepted").rootCause.id, "auth-failed");
});

test("other possible causes only where the evidence allows: none code-only under explicit words, none permanent under a 4xx", () => {
  const founding = analyzeText(
    "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus. To request removal from this list see https://www.spamhaus.org/query/ip/203.0.113.5 (AS3130). [BN1NAM02FT032.eop-nam02.prod.protection.outlook.com]",
    { stage: "rcpt" },
  );
  assert.equal(founding.rootCause.id, "ip-blocklisted");
  assert.ok(
    !founding.otherCauses.some((c) => c.id === "recipient-unknown"),
    JSON.stringify(founding.otherCauses),
  );
  const greylist = analyzeText(
    "451 4.7.1 <user@example.com>: Recipient address rejected: Greylisted for 5 minutes",
    {
      stage: "rcpt",
    },
  );
  assert.equal(greylist.rootCause.id, "greylisted");
  for (const other of greylist.otherCauses)
    assert.ok(!["recipient-unknown", "relay-denied", "ip-blocklisted"].includes(other.id), other.id);
});

test("replies strung on one log line: the first refusal decides, the ones after it are its consequences", () => {
  // Dolibarr's log of one Postfix session: the HELO refusal, then what followed from it.
  const line =
    "Error [120]: Ran into problems sending Mail. Response: 501 5.5.2 : Helo command rejected: Invalid name Error [120]: Ran into problems sending Mail. Response: 554 5.5.1 Error: no valid recipients Error [120]: Ran into problems sending Mail. Response: 221 2.7.0 Error: I can break rules, too. Goodbye.";
  assert.equal(analyzeText(line).rootCause.id, "helo-rejected");
  // A reply quoted inside another is not a later reply: its words stay the evidence.
  const nested =
    "Remote Server returned '554 5.1.0 < #5.1.10 smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient user@example.com not found by SMTP address lookup>'";
  assert.equal(analyzeText(nested).rootCause.id, "recipient-unknown");
});

test("a pasted transcript's EHLO reply is a fact: no AUTH offered outweighs the words of the refusal", () => {
  // aws-smtp-relay's issue (corpus b33): the EHLO reply lists no AUTH, the client tried AUTH LOGIN.
  const noAuth =
    "220 ns03 AWS SMTP Relay ESMTP Service ready\nEHLO ns03\n250-ns03 greets ns03\n250-SIZE 0\n250 ENHANCEDSTATUSCODES\nAUTH LOGIN\n504 5.5.4 Unrecognized authentication type";
  assert.equal(analyzeText(noAuth).rootCause.id, "auth-not-offered");
  // The same refusal after an EHLO reply that offers AUTH: the mechanism is what was refused.
  const offered = noAuth.replace("250-SIZE 0", "250-SIZE 0\n250-AUTH PLAIN");
  assert.equal(analyzeText(offered).rootCause.id, "auth-mechanism-unsupported");
});

test("no recipient given is its own cause; 'no recipients accepted' only reports the refusal that says why", () => {
  assert.equal(analyzeText("There are no recipient(s) for the new message.").rootCause.id, "no-recipients");
  // Twisted's summary over Postfix's refusal of the sender (corpus b7, Synapse): the sender is the cause.
  assert.equal(
    analyzeText(
      "twisted.mail._except.SMTPDeliveryError: 450 No recipients accepted  user@example.com: 450 4.1.8 <ubuntu@ip-172-26-13-215.ap-south-1.compute.internal>: Sender address rejected: Domain not found",
    ).rootCause.id,
    "sender-rejected",
  );
});

test("Exchange's own server-to-server refusal points at the receiving connector, with no device settings", () => {
  // FrankysWeb's queue error (corpus b17): "Cannot achieve Exchange Server authentication".
  const d = analyzeText(
    "451 4.4.395 Target host responded with error. -> 451 5.7.3 Cannot achieve Exchange Server authentication",
  );
  assert.equal(d.rootCause.id, "auth-not-offered");
  assert.match(d.rootCause.fix, /receiving Exchange server/);
  assert.doesNotMatch(d.rootCause.fix, /587/);
  assert.equal(d.recommended, undefined);
});

test("a reply copied with no-break spaces is read as typed", () => {
  // The founding reply as Outlook's HTML view copies it, every space a no-break space.
  const d = analyzeText(
    "550 5.7.1 Service unavailable, Client host [203.0.113.5] blocked using Spamhaus".replace(/ /g, "\u00a0"),
  );
  assert.equal(d.rootCause.id, "ip-blocklisted");
  assert.equal(d.codes.enhanced, "5.7.1");
});

test("a refused login at NetEase or Tencent points at the client authorization code, elsewhere at the password", () => {
  // Corpus b32 (GitLab to 163) and b8 (Harbor to Exmail): Coremail's refusal, no enhanced code.
  for (const reply of [
    "Net::SMTPAuthenticationError: 535 Error: authentication failed",
    "Send email failed: 535 Error: authentication failed, system busy",
  ]) {
    const d = analyzeText(reply);
    assert.equal(d.rootCause.id, "auth-failed");
    assert.match(d.rootCause.fix, /client authorization code/);
  }
  // Postfix's own refusal (corpus b22, Mailjet) says 4.7.8/5.7.8 and is a password problem.
  const postfix = analyzeText("Net::SMTPAuthenticationError (435 4.7.8 Error: authentication failed:)");
  assert.doesNotMatch(postfix.rootCause.fix, /authorization code/);
});

test("Postfix's milter tempfail text is read as a filter on the receiving server, greylisting the other possibility", () => {
  // Corpus b39 (easymail: OpenDKIM refused its key files and the milter deferred every message).
  const bare = analyzeText(
    "SMTP Error: Failed to send data. [451] 4.7.1 Service unavailable - try again later",
  );
  assert.equal(bare.rootCause.id, "server-temporary-failure");
  assert.match(bare.rootCause.explanation, /mail filter/);
  // Corpus b9 (a hosting guide's Postfix bounce): with the 451 read, greylisting is offered too.
  const bounce = analyzeText(
    "host 1234.mailserver.de[198.51.100.34] said: 451 4.7.1 Service unavailable - try again later (in reply to DATA command)",
  );
  assert.equal(bounce.rootCause.id, "server-temporary-failure");
  assert.ok(bounce.otherCauses.some((o) => o.id === "greylisted"));
  // Postfix's own 421 with the same words, no milter's 4.7.1, is a server refusing for now.
  assert.equal(
    analyzeText("421 mail.example.com Service unavailable - try again later").rootCause.id,
    "server-busy",
  );
});

test("a Japanese carrier's 'Unknown user' after DATA reads as the recipient's filter; at RCPT, as an unknown address", () => {
  // Corpus b17 and b43 (sisimai's docomo bounces): docomo answers after DATA when the recipient's
  // receiving settings refuse the sender.
  const afterData = analyzeText(
    "... while talking to mfsmax.docomo.ne.jp.:\n>>> DATA\n<<< 550 Unknown user user@docomo.ne.jp\n554 5.0.0 Service unavailable",
  );
  assert.equal(afterData.rootCause.id, "recipient-rejected-policy");
  assert.match(afterData.rootCause.fix, /receiving settings/);
  assert.ok(afterData.otherCauses.some((o) => o.id === "recipient-unknown"));
  const atRcpt = analyzeText(
    "<user@docomo.ne.jp>: mfsmax.docomo.ne.jp [203.138.181.112]: >>> RCPT TO:<user@docomo.ne.jp> <<< 550 Unknown user user@docomo.ne.jp",
  );
  assert.equal(atRcpt.rootCause.id, "recipient-unknown");
});

test("under explicit words, an enhanced code alone offers no other cause (Facebook's 5.1.1 for a recipient's preferences)", () => {
  const d = analyzeText(
    "550 5.1.1 RCP-P2 http://postmaster.facebook.com/response_codes?ip=192.0.2.135#rcp Refused due to recipient preferences",
  );
  assert.equal(d.rootCause.id, "recipient-rejected-policy");
  assert.deepEqual(
    d.otherCauses.map((o) => o.id),
    [],
  );
});

test("Go's oversized TLS record is read by its length: 'HTTP/' (20527) is a web server, a greeting's bytes the TLS mode", () => {
  // From batch 61 (Gophish behind a firewall that answered with HTTP): bytes 4–5 of "HTTP/1.1" are "P/".
  const web = analyzeText("tls: oversized record received with length 20527", { stage: "tls" });
  assert.equal(web.rootCause.id, "not-smtp-service");
  assert.match(web.rootCause.signal ?? "", /HTTP\//);
  // A pasted error names no port: the explanation must not invent one ("on port that port").
  assert.doesNotMatch(web.rootCause.explanation, /port that port/);
  assert.match(web.rootCause.explanation, /on that port/);
  // "220 s…" gives a space and a letter (8307): plain SMTP where the client spoke TLS.
  const smtp = analyzeText("tls: oversized record received with length 8307", { stage: "tls" });
  assert.equal(smtp.rootCause.id, "tls-wrong-mode");
});

test(".NET's end-of-DATA command refused with 5.7.1, in any language, is a Send As refusal; a 4.3.111 there is not", () => {
  const ru = analyzeText(
    "**Ошибка при отправке сообщения электронной почты.** Исключение: System.Net.Mail.SmtpException: почтовый ящик недоступен. Ответ сервера: 5.7.1. в System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)",
    { stage: "data" },
  );
  assert.equal(ru.rootCause.id, "sender-not-authorized");
  const temp = analyzeText(
    "System.Net.Mail.SmtpException: Error in processing. The server response was: 4.3.111 Temporary server error. Please try again later at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)",
    { stage: "data" },
  );
  assert.notEqual(temp.rootCause.id, "sender-not-authorized");
});

test("QQ's 授权码 pasted as Latin-1 inside a Spring exception is read as meant, and the signal says so", () => {
  // b63-b-22: Java printed QQ's GBK reply "请使用授权码登录。详情请看" byte by byte as Latin-1.
  const garbled =
    "org.springframework.mail.MailAuthenticationException: Authentication failed; nested exception is javax.mail.AuthenticationFailedException: 535 Error: ÇëÊ¹ÓÃÊÚÈ¨ÂëµÇÂ¼¡£ÏêÇéÇë¿´";
  const d = analyzeText(garbled, { stage: "auth" });
  assert.equal(d.rootCause.id, "auth-app-password-required");
  assert.ok(d.rootCause.confidence >= 0.9, `confidence ${d.rootCause.confidence}`);
  assert.match(d.rootCause.signal ?? "", /授权码.*garbled characters, read as meant/);
  // The same words pasted as written need no such note.
  const plain = analyzeText("535 Error: 请使用授权码登录。详情请看", { stage: "auth" });
  assert.equal(plain.rootCause.id, "auth-app-password-required");
  assert.doesNotMatch(plain.rootCause.signal ?? "", /garbled/);
});

test("a JSON paste's own command field gives the stage: web.de's 'invalid DNS MX' is the recipient's domain at RCPT TO", () => {
  // b56-intl-020: nodemailer's error serialised as JSON, its "command" after the reply.
  const rcpt = analyzeText(
    '{"code":"EENVELOPE","response":"550-Requested action not taken: mailbox unavailable\\n550 invalid DNS MX or A/AAAA resource record","responseCode":550,"command":"RCPT TO"}',
  );
  assert.equal(rcpt.rootCause.id, "routing-error");
  // b8-apps-opnsense-monit-550-invalid-mx: the same words at MAIL FROM are the sender's domain.
  const mail = analyzeText("550 invalid DNS MX or A/AAAA resource record (in reply to MAIL FROM command)");
  assert.equal(mail.rootCause.id, "sender-rejected");
});

test("an unrecognised paste with a positive code says so, not that it has no reply code", () => {
  // b40-libs3-021: a client's debug output ending on the server's 250 lines, no refusal in it.
  const c = load("corpus-batch40.jsonl").find((x) => x.id === "b40-libs3-021");
  assert.ok(c);
  const d = analyzeText(c.reply, { stage: c.stage });
  assert.equal(d.rootCause.id, "unrecognised");
  assert.match(d.rootCause.fix, /positive one \(2xx\), not a refusal/);
  assert.doesNotMatch(d.rootCause.fix, /no SMTP reply code/);
});

test("Postfix's quoted verification probe is the receiving server's, not this client's connection", () => {
  // b74-n-56: the probe to the sender's own domain was refused; this client reached the server.
  const sender = analyzeText(
    "by.ptr245.ptrcloud.net[153.122.192.178]: 450 4.1.7 <admin@mail021.gascensori.com>: Sender address rejected: unverified address: connect to mail021.gascensori.com[153.122.192.178]:25: Connection refused",
    { stage: "rcpt" },
  );
  assert.equal(sender.rootCause.id, "sender-rejected");
  assert.ok(!sender.otherCauses.some((o) => o.id === "connect-refused"));
  assert.match(sender.rootCause.explanation, /not this device's connection/);
  assert.match(sender.rootCause.explanation, /Connection refused/);
  // b74-n-63: the receiver's own next hop timed out, not the device's connection.
  const recipient = analyzeText(
    "450 4.1.1 <some.user@colony101.co.uk>: Recipient address rejected: unverified address: connect to mailgate.jtc65.co.uk[193.195.220.67]: Connection timed out",
    { stage: "rcpt" },
  );
  assert.notEqual(recipient.rootCause.id, "connect-timeout");
  assert.match(recipient.rootCause.fix, /Nothing to change on the device/);
  assert.ok(!recipient.otherCauses.some((o) => o.id === "connect-timeout"));
});

test("Gmail's refused password points at an app password or OAuth, with the dates it rests on", () => {
  // b9-forum-daimto-gmail-535-app-password: the poster's fix was an app password.
  const d = analyzeText(
    "535-5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials lf4-20020a170902fb4400b0019b4ee071ddsm4794plb.2999 gsmtp",
    { stage: "auth" },
  );
  assert.equal(d.rootCause.id, "auth-failed");
  assert.match(d.rootCause.fix, /app password or OAuth/);
  assert.match(d.rootCause.fix, /as of 2026-12/);
});

test("a pasted EHLO reply offering neither AUTH nor STARTTLS is not called a success", () => {
  // b32-b32a-google-mx-ehlo-no-auth: Gmail's MX (port 25) offers no sign-in to a device.
  const d = analyzeText(
    "250-mx.google.com at your service, [198.51.100.7]\n250-SIZE 157286400\n250-8BITMIME\n250-ENHANCEDSTATUSCODES\n250-PIPELINING\n250-CHUNKING\n250 SMTPUTF8",
  );
  assert.equal(d.rootCause.id, "auth-not-offered");
  assert.ok(d.otherCauses.some((o) => o.id === "starttls-not-offered"));
  // b74-m-57: with both offered, the same kind of paste stays a success.
  const ok = analyzeText(
    "220 server.example.com ESMTP Postfix\nEHLO client.example.com\n250-server.example.com\n250-PIPELINING\n250-SIZE 10240000\n250-VRFY\n250-ETRN\n250-STARTTLS\n250-AUTH PLAIN LOGIN\n250-ENHANCEDSTATUSCODES\n250-8BITMIME\n250-DSN\n250 SMTPUTF8",
  );
  assert.equal(ok.rootCause.id, "no-error");
});

test("Exchange's 'Client was not authenticated' in Russian and Brazilian Portuguese .NET names the missing sign-in; .NET's own wrapper alone does not", () => {
  // zelanko/sql-docs.ru-ru and .pt-br, Reporting Services subscription logs.
  const ru = analyzeText(
    "System.Net.Mail.SmtpException: SMTP-серверу требуется безопасное соединение, или клиент не прошел проверку подлинности. Ответ сервера: 5.7.1. Клиент не прошел проверку подлинности в System.Net.Mail.MailCommand.CheckResponse(SmtpStatusCode statusCode, String response).",
  );
  assert.equal(ru.rootCause.id, "auth-required");
  const pt = analyzeText(
    "Exceção: System.Net.Mail.SmtpException: o servidor SMTP requer uma conexão segura ou o cliente não foi autenticado. A resposta do servidor foi: o cliente 5.7.1 não foi autenticado em System.Net.Mail.MailCommand.CheckResponse",
  );
  assert.equal(pt.rootCause.id, "auth-required");
  const wrapperOnly = analyzeText(
    "System.Net.Mail.SmtpException: SMTP-серверу требуется безопасное соединение, или клиент не прошел проверку подлинности.",
  );
  assert.equal(wrapperOnly.rootCause.id, "unrecognised");
});

test("a code that cannot name its cause at this stage does not hide the same cause's wording", () => {
  // Exchange Online refuses MAIL FROM (5.7.57) and quotes the login it refused before: 5.7.3 alone
  // is a login's code, out of place at MAIL FROM, but the quoted words still say the password failed.
  const d = analyzeText(
    "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail. Error: 535 5.7.3 Authentication unsuccessful [FR0P281CA0108.DEUP281.PROD.OUTLOOK.COM]",
    { stage: "mail" },
  );
  assert.equal(d.rootCause.id, "auth-failed");
  assert.match(d.rootCause.signal ?? "", /Authentication unsuccessful/);
});

test("a rule read again without its codes keeps its own weighing (a login refused earlier halves 'not authenticated')", () => {
  const text =
    "530 5.7.57 SMTP; the SMTP server requires authentication. Earlier: 535 5.7.3 Authentication unsuccessful";
  for (const stage of ["mail", "ehlo", "data"] as const) {
    const d = analyzeText(text, { stage });
    assert.notEqual(d.rootCause.id, "auth-required", `at ${stage}`);
  }
});

test("a reply's own words outrank a bare enhanced code, even where the words name a cause of the other class", () => {
  // 535 5.7.8 reads as a refused password by its code alone; the words after it say the server's
  // own authentication back end was unreachable, a temporary failure on its side.
  const d = analyzeText("535 5.7.8 Error: authentication failed: Connection lost to authentication server", {
    stage: "auth",
  });
  assert.equal(d.rootCause.id, "server-temporary-failure");
  assert.match(d.rootCause.signal ?? "", /authentication server/);
  // The code still decides where the words name nothing.
  assert.equal(
    analyzeText("535 5.7.8 Error: authentication failed: authentication failure", { stage: "auth" }).rootCause
      .id,
    "auth-failed",
  );
});

test("Microsoft's throttling codes 5.2.252 and 5.2.254 are read in a localised NDR without a Microsoft host", () => {
  const sendAs = analyzeText(
    "550 5.2.252 Der Absender wurde aufgrund fortlaufender Fehler „Senden als verweigert“ gedrosselt.",
  );
  assert.equal(sendAs.rootCause.id, "sender-not-authorized");
  const recipients = analyzeText(
    "550 5.2.254 Der Absender wurde aufgrund fortlaufender Fehler „Zu viele Empfänger“ gedrosselt.",
  );
  assert.equal(recipients.rootCause.id, "rate-limited");
});

test(".NET's 'client was not authenticated' around Exchange's localised 5.7.1 is a login required, in any language", () => {
  for (const text of [
    "Für den SMTP-Server ist eine sichere Verbindung erforderlich, oder der Client wurde nicht authentifiziert. Die Serverantwort war: „5.7.1 Client wurde nicht authentifiziert. E-Mails werden nicht erneut gesendet“.",
    "Falha ao enviar o email: o servidor SMTP requer uma conexão segura ou o cliente não foi autenticado. A resposta do servidor foi: 5.7.1 O cliente não estava autenticado. O email não será reenviado.",
  ]) {
    const d = analyzeText(text, { stage: "mail" });
    assert.equal(d.rootCause.id, "auth-required", text);
  }
  // The Portuguese words have no pattern of their own: the code after the wrapper decides.
  const portuguese = analyzeText(
    "o servidor SMTP requer uma conexão segura ou o cliente não foi autenticado. A resposta do servidor foi: 5.7.1 O cliente não estava autenticado.",
    { stage: "mail" },
  );
  assert.equal(
    portuguese.rootCause.signal,
    ".NET's \"client was not authenticated\" around the server's 5.7.1",
  );
  // Another code after the same wrapper is not read this way.
  assert.notEqual(
    analyzeText(
      "The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.3 Requested action aborted",
      { stage: "mail" },
    ).rootCause.signal,
    ".NET's \"client was not authenticated\" around the server's 5.7.1",
  );
});

test("a transcript that stops at the server's 334 challenge is no success; a 354 pasted alone still is", () => {
  const stopped = analyzeText(
    "C: AUTH LOGIN\nS: 334 VXNlcm5hbWU6\nC: ********\nS: 334 UGFzc3dvcmQ6\nC: ********",
    { stage: "auth" },
  );
  assert.notEqual(stopped.rootCause.id, "no-error");
  assert.equal(
    analyzeText("354 End data with <CR><LF>.<CR><LF>", { stage: "data" }).rootCause.id,
    "no-error",
  );
});

test("Exchange's '#5.5.0 SMTP; 554 …' passes a remote refusal on: the bare 5.5.0 names no protocol error", () => {
  const d = analyzeText(
    "Diagnostic information for administrators:\nGenerating server: mail.example.com\nuser@example.com\n#< #5.5.0 SMTP; 554-ironport4.example.com> #SMTP#",
  );
  assert.notEqual(d.rootCause.id, "protocol-error");
  // A specific protocol code still reads as one.
  assert.equal(
    analyzeText("501 5.5.4 Invalid command arguments", { stage: "mail" }).rootCause.id,
    "protocol-error",
  );
});
