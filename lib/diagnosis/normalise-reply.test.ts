import assert from "node:assert/strict";
import { test } from "node:test";
import { loadCorpus } from "./evaluation/corpus";
import { normaliseReply, onlyWrapper, stripWrappers, WRAPPERS } from "./normalise-reply";

test("every client wrapper's literal is in every text it matches (the skip never hides a wrapper)", () => {
  const texts = loadCorpus().map((c) => c.reply);
  let matched = 0;
  for (const [wrapper, literal] of WRAPPERS) {
    for (const text of texts) {
      wrapper.lastIndex = 0;
      if (!wrapper.test(text)) continue;
      matched++;
      assert.ok(text.toLowerCase().includes(literal), `${wrapper} matched without "${literal}": ${text}`);
    }
  }
  // The corpus exercises the wrappers: a literal that no text tests proves nothing.
  assert.ok(matched > 200, `only ${matched} wrapped texts`);
});

test("wrappers go, the server's words stay", () => {
  assert.equal(
    normaliseReply(
      "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.57 Client not authenticated to send mail.",
    ),
    "System.Net.Mail.SmtpException: Client not authenticated to send mail.",
  );
  assert.equal(
    stripWrappers(
      "host mx.example.net[192.0.2.1] said: 550 5.1.1 User unknown (in reply to RCPT TO command)",
    ).trim(),
    "550 5.1.1 User unknown",
  );
  // .NET's description of any code before "The server response was:" says only what the code says.
  assert.equal(
    normaliseReply(
      "Send-MailMessage : Exceeded storage allocation. The server response was: 4.3.1 Session size exceeds fixed maximum session size",
    ),
    "Send-MailMessage : Session size exceeds fixed maximum session size",
  );
  assert.equal(
    normaliseReply("Caixa de correio indisponível. A resposta do servidor foi: 5.1.0 remetente rejeitada"),
    "remetente rejeitada",
  );
  assert.ok(onlyWrapper("Invalid login:"));
  assert.ok(!onlyWrapper("Invalid login: 535 Authentication failed"));
});

test("a multi-line reply flattened into one line reads on across its continuation codes", () => {
  // Rockstor's alert mail refused by its provider (testdata b34-b34e-rockstor-550-unauthorized-sender-identity).
  assert.equal(
    normaliseReply("550-Unauthorized sending: the sender identity used is not valid for this 550-account."),
    "Unauthorized sending: the sender identity used is not valid for this account.",
  );
  // A code before a quote or a number keeps what follows it.
  assert.equal(normaliseReply('550-"JunkMail rejected'), '-"JunkMail rejected');
  assert.equal(normaliseReply("550-5.7.1 The IP you're using"), "The IP you're using");
});

test("a reply pasted inside a table reads on across the table's borders", () => {
  // A Gmail deferral pasted from a bounce table (testdata b35-b35b-gist-gmail-421-unusual-rate-ip-blocked).
  assert.equal(
    normaliseReply(
      "421-4.7.0 Our system has detected an unusual rate of | |\n421-4.7.0 unsolicited mail | |",
    ),
    "Our system has detected an unusual rate of unsolicited mail",
  );
});

test("a bounce quoted in a mail reads as the reply itself", () => {
  // Domino's refusal (b23-b23b-domino-554-message-rejected-policy) forwarded with quote marks.
  assert.equal(
    normaliseReply("> 554 Message rejected for policy reasons."),
    "Message rejected for policy reasons.",
  );
  assert.equal(normaliseReply("> > 550 5.1.1 User unknown\n> thanks"), "User unknown thanks");
});

test("typographic quotes and invisible characters read as the plain ones", () => {
  assert.equal(
    normaliseReply("550 Recipient doesn’t want your mail\u200b"),
    "Recipient doesn't want your mail",
  );
  assert.equal(
    normaliseReply("502 Command “AUTH PLAIN” not implemented"),
    'Command "AUTH PLAIN" not implemented',
  );
});
