import assert from "node:assert/strict";
import { describe, it } from "node:test";
import type { Credentials } from "./probe-schema";
import {
  AuthRedactor,
  authExchangeMasked,
  echoMatcher,
  MASK,
  REDACTED,
  redactDeep,
  secretNeedles,
} from "./redact-secrets";
import { neutraliseText, sanitiseLine } from "./sanitize-text";

const b64 = (s: string) => Buffer.from(s, "utf8").toString("base64");
const password = (secret: string): Credentials => ({
  kind: "password",
  username: "u@example.com",
  password: secret,
});

/** A redactor that has sent AUTH PLAIN: the replies until our next command may echo the secret. */
function afterAuth(credentials: Credentials): AuthRedactor {
  const redactor = new AuthRedactor(credentials);
  redactor.client("AUTH PLAIN AHVAZXhhbXBsZS5jb20AeA==");
  return redactor;
}

describe("AuthRedactor: the client lines of AUTH are ours, replaced whole", () => {
  const exchanges: { mech: string; lines: [dir: "client" | "server", line: string, shown?: string][] }[] = [
    {
      mech: "PLAIN",
      lines: [
        ["client", `AUTH PLAIN ${b64("\0u@example.com\0p")}`, `AUTH PLAIN ${MASK}`],
        ["server", "535 5.7.8 Username and Password not accepted"],
        ["client", "QUIT"],
      ],
    },
    {
      mech: "LOGIN",
      lines: [
        ["client", "AUTH LOGIN"],
        ["server", "334 VXNlcm5hbWU6"],
        ["client", b64("u@example.com"), MASK],
        ["server", "334 UGFzc3dvcmQ6"],
        ["client", b64("p"), MASK],
        ["server", "535 5.7.3 Authentication unsuccessful"],
        ["client", "QUIT"],
      ],
    },
    {
      mech: "XOAUTH2",
      lines: [
        ["client", `AUTH XOAUTH2 ${b64("user=u\u0001auth=Bearer tok\u0001\u0001")}`, `AUTH XOAUTH2 ${MASK}`],
        ["server", `334 ${b64('{"status":"401"}')}`],
        ["client", ""],
        ["server", "535 5.7.3 Authentication unsuccessful"],
        ["client", "QUIT"],
      ],
    },
    {
      mech: "a mechanism we do not implement, in lower case",
      lines: [
        ["client", "auth cram-md5", "AUTH CRAM-MD5"],
        ["server", "334 PDE4OTYuNjk3MTcwOTUyQHBvc3RvZmZpY2UucmVzdG9uLm1jaS5uZXQ+"],
        ["client", "dGltIGI5MTNhNjAyYzdlZGE3YTQ5NWI0ZTZlNzMzNGQzODkw", MASK],
        ["server", "235 2.7.0 Authentication successful"],
        ["client", "MAIL FROM:<u@example.com>"],
      ],
    },
  ];
  for (const { mech, lines } of exchanges) {
    it(`${mech}: the argument and every answer to a 334 are masked, nothing else`, () => {
      const redactor = new AuthRedactor(password("p"));
      for (const [dir, line, shown = line] of lines) {
        assert.equal(dir === "client" ? redactor.client(line) : redactor.server(line), shown, line);
      }
    });
  }

  it("masking is idempotent (the session passes a masked line through again when nodemailer logs it)", () => {
    const redactor = new AuthRedactor(password("p"));
    assert.equal(redactor.client(redactor.client("AUTH PLAIN AHUAcA==")), `AUTH PLAIN ${MASK}`);
    redactor.server("334 VXNlcm5hbWU6");
    assert.equal(redactor.client(MASK), MASK);
  });
});

describe("AuthRedactor: server text changes only where it echoes the credential", () => {
  it("never before the credential was sent: the banner and EHLO stay exact", () => {
    const redactor = new AuthRedactor(password("office365"));
    const banner = "220 SN4PR0201CA0045.outlook.office365.com Microsoft ESMTP MAIL Service ready";
    assert.equal(redactor.server(banner), banner);
    assert.equal(
      redactor.server("250-office365 Hello [127.0.0.1]\n250 AUTH LOGIN"),
      "250-office365 Hello [127.0.0.1]\n250 AUTH LOGIN",
    );
  });

  const untouched: [secret: string, reply: string][] = [
    ["x", "550 5.1.2 The domain does not exist in DNS"],
    [
      "p",
      "535-5.7.8 Username and Password not accepted.\n535 5.7.8  https://support.google.com/mail/?p=BadCredentials a1b2c3 - gsmtp",
    ],
    ["ok", "250 2.1.0 Sender OK"],
    ["ok", "535 5.7.3 token expired"],
    [
      "2026",
      "550 5.7.60 SMTP; Client does not have permissions [SN4PR0201CA0045.namprd02.prod.outlook.com 2026-11-29T21:48:51.123Z]",
    ],
    ["outlook", "535 5.7.3 Authentication unsuccessful [SN4PR0201CA0045.namprd02.prod.outlook.com]"],
    [
      "office365",
      `334 ${b64('{"status":"401","schemes":"bearer","scope":"https://outlook.office365.com/.default"}')}`,
    ],
    ["contoso", "250 2.1.5 Recipient OK <someone@contoso.example>"],
  ];
  for (const [secret, reply] of untouched) {
    it(`${JSON.stringify(secret)} inside a word, a host name, a time or a URL is the server's own: ${JSON.stringify(reply.slice(0, 40))}…`, () => {
      assert.equal(afterAuth(password(secret)).server(reply), reply);
    });
  }

  const echoed: [secret: string, reply: string, expected: string][] = [
    ["x", "535 5.7.8 bad password x given", `535 5.7.8 bad password ${REDACTED} given`],
    [
      "p",
      "535 5.7.3 Authentication unsuccessful (password received: p) [host]",
      `535 5.7.3 Authentication unsuccessful (password received: ${REDACTED}) [host]`,
    ],
    ["ok", "535 password 'ok' rejected", `535 password '${REDACTED}' rejected`],
    ["2026", "535 5.7.8 2026 is not your password.", `535 5.7.8 ${REDACTED} is not your password.`],
    ["office365", "535 wrong password=office365; try again", `535 wrong password=${REDACTED}; try again`],
    [
      "Tr0ub4dor&3-Zebra",
      "535 Tr0ub4dor&3-Zebra\n535 again Tr0ub4dor&3-Zebra",
      `535 ${REDACTED}\n535 again ${REDACTED}`,
    ],
  ];
  for (const [secret, reply, expected] of echoed) {
    it(`${JSON.stringify(secret)} quoted as a word of its own is masked, and only there`, () => {
      assert.equal(afterAuth(password(secret)).server(reply), expected);
    });
  }

  it("the same fixed marker whatever the secret's length", () => {
    for (const secret of ["x", "ok", "2026", "office365", "a-much-longer-secret-than-that"]) {
      assert.equal(afterAuth(password(secret)).server(`535 got ${secret}`), `535 got ${REDACTED}`);
    }
  });

  describe("base64 echoes, at any alignment", () => {
    for (const secret of ["p", "ok", "2026", "office365", "Corr3ct-Horse!"]) {
      it(`${JSON.stringify(secret)}: what we sent, and the secret inside a longer blob at byte offsets 0, 1 and 2, go whole`, () => {
        const blobs = [
          b64(`\0u@example.com\0${secret}`),
          b64(secret),
          b64(`user=u@example.com\u0001auth=Bearer ${secret}\u0001\u0001`),
          ...["", "\0", "\0u\0"].map((prefix) => b64(`${prefix}${secret}\u0001\u0001`)),
        ];
        for (const blob of blobs) {
          const out = afterAuth(password(secret)).server(`535 5.7.8 you sent ${blob} here`);
          assert.equal(out, `535 5.7.8 you sent ${REDACTED} here`, blob);
        }
      });
    }

    it("a run that starts inside the blob (the server quoted part of it) goes whole too", () => {
      const secret = "Corr3ct-Horse!";
      const blob = b64(`\0office@contoso.example\0${secret}`);
      for (const cut of [1, 2, 3, 5]) {
        const out = afterAuth(password(secret)).server(`535 partial ${blob.slice(cut)}`);
        assert.equal(out, `535 partial ${REDACTED}`, `cut ${cut}`);
        for (const needle of secretNeedles(secret)) assert.ok(!out.includes(needle));
      }
    });

    it("base64 that merely contains the letters (a challenge, a JSON error) is left alone", () => {
      const challenge = `334 ${b64('{"status":"401","schemes":"bearer","scope":"https://mail.google.com/"}')}`;
      assert.equal(afterAuth(password("mail")).server(challenge), challenge);
      assert.equal(afterAuth(password("p")).server("334 VXNlcm5hbWU6"), "334 VXNlcm5hbWU6");
    });
  });

  describe("invisible and control characters: matched the way the page shows the text", () => {
    const secrets = [
      "Zero\u200bWidth-Pw",
      "Esc\u001b[31mape-Pw",
      "Bidi\u202eOverride-Pw",
      "\u200bedges\u2066",
    ];
    const variants = (secret: string) => ({
      raw: secret,
      // At the edges a space is the server's separator, not the secret's: only inside does it count.
      ...(/^[\p{Cc}\p{Cf}]|[\p{Cc}\p{Cf}]$/u.test(secret)
        ? {}
        : { "flattened to spaces": secret.replace(/[\p{Cc}\p{Cf}]/gu, " ") }),
      dropped: secret.replace(/[\p{Cc}\p{Cf}]/gu, ""),
      "escaped as the page shows it": neutraliseText(secret),
    });
    for (const secret of secrets) {
      for (const [how, echo] of Object.entries(variants(secret))) {
        it(`${JSON.stringify(secret)} echoed ${how}`, () => {
          const shown = sanitiseLine(
            afterAuth(password(secret)).server(`535 5.7.8 (password received: ${echo})`),
          );
          assert.equal(shown, `535 5.7.8 (password received: ${REDACTED})`);
        });
      }
      it(`${JSON.stringify(secret)} in base64`, () => {
        const out = afterAuth(password(secret)).server(`535 ${b64(`\0u@example.com\0${secret}`)}`);
        assert.equal(out, `535 ${REDACTED}`);
      });
    }
  });

  it("is redacted before the line is cut for length, so no prefix of the secret survives the cut", () => {
    const secret = "Zebra-Horse-Battery";
    const line = `535 ${"a ".repeat(497)}${secret} end`;
    assert.ok(
      line.indexOf(secret) < 1_000 && line.indexOf(secret) + secret.length > 1_000,
      "the cut splits it",
    );
    const shown = sanitiseLine(afterAuth(password(secret)).server(line));
    assert.ok(!shown.includes("Zebra"), shown.slice(980));
  });

  it("an XOAUTH2 token is searched for the same way", () => {
    const redactor = new AuthRedactor({
      kind: "oauth2",
      username: "u@example.com",
      accessToken: "ya29.a0Af-tok_en",
    });
    redactor.client("AUTH XOAUTH2 dXNlcj11");
    assert.equal(redactor.server("535 bad token ya29.a0Af-tok_en"), `535 bad token ${REDACTED}`);
  });

  it("only the replies of the AUTH exchange are searched: later ones answer commands that carry no secret", () => {
    const redactor = afterAuth(password("OK"));
    assert.equal(redactor.server("535 5.7.8 password OK refused"), `535 5.7.8 password ${REDACTED} refused`);
    assert.equal(redactor.client("MAIL FROM:<u@example.com>"), "MAIL FROM:<u@example.com>");
    assert.equal(redactor.server("250 2.1.0 Sender OK"), "250 2.1.0 Sender OK");
  });

  it("the same reply passing twice (logged, then resolved) is redacted both times", () => {
    const redactor = afterAuth(password("p"));
    const reply = "535 5.7.8 (password received: p)";
    assert.equal(redactor.server(reply), redactor.server(reply));
    assert.equal(redactor.echoes(reply), `535 5.7.8 (password received: ${REDACTED})`);
  });

  it("without credentials nothing is searched", () => {
    const redactor = new AuthRedactor(undefined);
    redactor.client("AUTH PLAIN AHUAcA==");
    assert.equal(redactor.server("535 p ok 2026"), "535 p ok 2026");
  });
});

describe("redactDeep (a report's last pass)", () => {
  const secret = "Corr3ct-Horse!";

  it("masks the secret in plain text and base64 in every string value, keys untouched", () => {
    const out = redactDeep(
      { [secret]: [`535 bad password ${secret} given`, `AUTH PLAIN ${b64(`\0u\0${secret}`)}`] },
      [secret],
    );
    assert.deepEqual(out, { [secret]: [`535 bad password ${REDACTED} given`, `AUTH PLAIN ${REDACTED}`] });
  });

  it("produces one needle per alignment plus the plain text", () => {
    assert.equal(secretNeedles(secret).length, 4);
  });

  it("leaves values alone when there is no secret", () => {
    const value = { a: 1, b: ["x"], c: null };
    assert.deepEqual(redactDeep(value, []), value);
  });
});

describe("authExchangeMasked: a result made elsewhere shows its sign-in only as this engine masks it", () => {
  const line = (dir: "client" | "server", text: string) => ({ t: 0, dir, line: text });
  const login = (answer: string) => [
    line("client", "AUTH LOGIN"),
    line("server", "334 VXNlcm5hbWU6"),
    line("client", MASK),
    line("server", "334 UGFzc3dvcmQ6"),
    line("client", answer),
    line("server", "235 2.7.0 Authentication successful"),
    line("client", "MAIL FROM:<u@example.com>"),
  ];
  it("accepts the engine's own masking of LOGIN, PLAIN and XOAUTH2", () => {
    assert.equal(authExchangeMasked(login(MASK)), true);
    assert.equal(authExchangeMasked([line("client", `AUTH PLAIN ${MASK}`), line("server", "235 ok")]), true);
    assert.equal(
      authExchangeMasked([
        line("client", `AUTH XOAUTH2 ${MASK}`),
        line("server", "334 eyJzdGF0dXMiOiI0MDAifQ=="),
        line("client", ""),
      ]),
      true,
    );
  });
  it("refuses a sign-in that shows more than the mechanism", () => {
    assert.equal(authExchangeMasked(login(b64("hunter2"))), false);
    assert.equal(authExchangeMasked([line("client", `AUTH PLAIN ${b64("\0u\0hunter2")}`)]), false);
    assert.equal(authExchangeMasked([line("client", "auth login dXNlcg==")]), false);
  });
});

describe("the cheap test before the Unicode-aware search", () => {
  it("never says no where the full pattern finds an echo (secrets cut from real replies, invisible characters added)", () => {
    const replies = [
      "535 5.7.8 Username and Password not accepted. Learn more at https://support.google.com/mail/?p=BadCredentials",
      "334 VXNlcm5hbWU6",
      "535 Incorrect authentication data for hunter2 (echoed)",
      "501 5.5.4 Invalid argument: p\u00e4ssw\u00f6rd\u200b!",
      "250-smtp.example.com Hello [203.0.113.5]",
    ];
    let checked = 0;
    for (const reply of replies) {
      const chars = [...reply];
      for (let start = 0; start < chars.length; start += 3) {
        for (const length of [1, 2, 4, 7]) {
          const piece = chars.slice(start, start + length).join("");
          for (const secret of [piece, `${piece}\u200b`, `\u0007${piece}`, [...piece].join("\u00ad")]) {
            const matcher = echoMatcher([secret]);
            if (!matcher) continue;
            matcher.token.lastIndex = 0;
            if (matcher.token.test(reply)) {
              assert.ok(matcher.mayEcho(reply), `${JSON.stringify(secret)} in ${JSON.stringify(reply)}`);
              checked++;
            }
          }
        }
      }
    }
    assert.ok(checked > 50, `only ${checked} echoes were checked`);
  });
});
