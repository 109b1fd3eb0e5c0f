/**
 * Turns a reply (or a pasted error) into the text that wording patterns are matched against:
 * codes removed (they are matched structurally, and Gmail's "550-5.7.1" continuation prefixes
 * would otherwise split phrases), client-library wrappers removed (their words are not the
 * server's), whitespace collapsed. Linear time, so a 100 KB paste stays fast.
 */

/** How .NET introduces the server's own words after its description of the code, by language. */
const DOTNET_STATUS_BEFORE_RESPONSE: readonly (readonly [string, string])[] = [
  ["The server\\s+response was", "response was"],
  ["La respuesta del servidor fue", "respuesta del servidor fue"],
  ["A resposta do servidor foi", "resposta do servidor foi"],
  ["Die Serverantwort (?:war|lautete)", "die serverantwort"],
  ["La réponse du serveur était", "réponse du serveur était"],
  ["(?:Получен )?[Оо]твет сервера", "твет сервера"],
  ["服务器响应为", "服务器响应为"],
];

/**
 * .NET System.Net.Mail's "The SMTP server requires a secure connection or the client was not
 * authenticated": it says "not authenticated" even when the server only wanted STARTTLS. The same
 * in PowerShell's paraphrase and in localised Windows (Spanish, German, French, Russian, Brazilian
 * Portuguese shown).
 */
const SECURE_CONNECTION_WRAPPERS: readonly (readonly [RegExp, string])[] = [
  [
    /(?:The )?SMTP ?server requires (?:a )?secure connection,? or (?:the )?client (?:was|is) not authenticated\.?(?: The server response (?:was|is):)?/gi,
    "server requires",
  ],
  [
    /El servidor SMTP requiere una conexión segura o el cliente no se autenticó\.?(?: La respuesta del servidor fue:)?/gi,
    "el servidor smtp requiere",
  ],
  [
    /Der SMTP-Server erfordert eine sichere Verbindung,? oder der Client war nicht authentifiziert\.?(?: Die Serverantwort war:)?/gi,
    "der smtp-server erfordert",
  ],
  [
    /Für den SMTP[- ]Server ist eine sichere Verbindung erforderlich,? oder der Client wurde nicht (?:authentifiziert|identifiziert)\.?\s*(?:(?:Die )?Serverantwort(?: war| lautete)?:)?/gi,
    "für den smtp",
  ],
  [
    /Le serveur SMTP requiert une connexion sécurisée ou le client n'était pas authentifié\.?(?: La réponse du serveur était :?)?/gi,
    "le serveur smtp requiert",
  ],
  [
    /SMTP-серверу требуется безопасное соединение,? или клиент не прош[её]л проверку подлинности\.?(?: Ответ сервера:)?/gi,
    "smtp-серверу требуется",
  ],
  [
    /O servidor SMTP requer uma conexão segura ou o cliente não foi autenticado\.?(?: A resposta do servidor foi:)?/gi,
    "o servidor smtp requer",
  ],
  [
    /SMTP ?服务器要求安全连接或客户端未通过身份验证[。.]?\s*(?:服务器响应为\s*[:：])?/gi,
    "服务器要求安全连接",
  ],
];

/**
 * What client libraries wrap around a server reply; their wording must not count as evidence. Each
 * with a lower-case literal that every match contains: a text without it cannot match, so the
 * expression is not run (or compiled) for it, and most texts hold none of them.
 */
export const WRAPPERS: readonly (readonly [RegExp, string])[] = [
  ...SECURE_CONNECTION_WRAPPERS,
  // .NET's own description of any status code (SmtpStatusCode: "Mailbox unavailable.", "Exceeded
  // storage allocation.", "Transaction failed.", …) before "The server response was:", in English
  // and localised Windows: the words say only what the code says; the server's follow.
  ...DOTNET_STATUS_BEFORE_RESPONSE.map(
    ([phrase, literal]) =>
      [new RegExp(`[^.。:\\n"<>()\\[\\]]{3,80}[.。]\\s*${phrase}\\s*[:：]`, "gi"), literal] as const,
  ),
  // MailKit's hedge when a TLS handshake failed without a certificate to judge: the list of what
  // could make a certificate untrusted is MailKit's guess, not a finding about this server's.
  [
    /The other possibility is that the SSL certificate presented by the server is not trusted by the system for one or more of the following reasons:(?:\s*1\. The server is using a self-signed certificate which cannot be verified\.)?(?:\s*2\. The local system is missing a Root or Intermediate certificate needed to verify the server's certificate\.)?(?:\s*3\. The certificate presented by the server is expired or invalid\.)?/gi,
    "the other possibility is that",
  ],
  // nodemailer prefixes every refused login with "Invalid login:", whatever the server said.
  [/\bInvalid login:/g, "invalid login:"],
  // nodemailer: "all recipients were rejected" whatever the reason.
  [/Can't send mail - all recipients were rejected:?/gi, "all recipients were rejected"],
  // PHPMailer / Swift Mailer framing.
  [/Expected response code \d{3} but got code "?\d{3}"?,? with message/gi, "expected response code"],
  // Postfix bounces and logs: where the reply came from and which command it answered.
  [/\((?:in reply to|after) [A-Z][A-Z ]*? command\)/g, " command)"],
  [/\bhost \S+\[[\w.:]+\] said:/g, "] said:"],
  // Exchange NDRs and DSNs around the quoted reply.
  [/Remote Server returned '?/gi, "remote server returned"],
  [/Diagnostic-Code: ?smtp;/gi, "diagnostic-code:"],
];

// A basic reply code at a line start or after a separator, and any enhanced code right after it.
// A continuation line's code flattened into the text ("valid for this 550-account") goes with its dash.
const REPLY_CODE =
  /(^|[\s"'(:;,[])[2-5][0-5]\d(?:[ -]+[245]\.\d{1,3}\.\d{1,3})?(?:-(?=[A-Za-z])|(?=[\s"'),;\]-]|$))/g;
const ENHANCED_CODE = /(^|[\s"'(:;,[])[245]\.\d{1,3}\.\d{1,3}(?=[\s"'),;.\]]|$)/g;

export const MAX_ANALYSED_CHARS = 64_000;

// A reply pasted inside a table or a box ("… unusual rate of | |"): the border is not its words.
const TABLE_BORDER_AT_LINE_END = /(?:[ \t]+\|)+[ \t]*$/gm;
// A reply copied from a web page's source or an HTML mail ("&lt;user@example.com&gt;: Recipient
// address rejected"): the few entities replies use, read as the characters they stand for.
const HTML_ENTITY = /&(?:lt|gt|quot|amp|apos|nbsp|#39|#x27);/gi;
const HTML_ENTITIES: Readonly<Record<string, string>> = {
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&amp;": "&",
  "&apos;": "'",
  "&nbsp;": " ",
  "&#39;": "'",
  "&#x27;": "'",
};

// A reply copied through a word processor, a web page or a chat ("doesn’t", “…”): the typographic
// marks read as the plain ones the wording is written with; zero-width characters read as nothing.
const TYPOGRAPHIC_APOSTROPHE = /[\u2018\u2019\u201b\u2032]/g;
const TYPOGRAPHIC_QUOTE = /[\u201c\u201d\u201e\u2033]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff]/g;

// A bounce forwarded or quoted in a mail ("> 554 Message rejected …") reads as the reply itself.
const QUOTE_MARKS_AT_LINE_START = /^[ \t]*(?:>[ \t]?)+/gm;

export function stripWrappers(text: string): string {
  let out = text;
  let lower: string | null = null;
  for (const [wrapper, literal] of WRAPPERS) {
    lower ??= out.toLowerCase();
    if (!lower.includes(literal)) continue;
    out = out.replace(wrapper, " ");
    lower = null;
  }
  return out;
}

/** The text patterns run on. */
export function normaliseReply(text: string): string {
  return stripWrappers(text.slice(0, MAX_ANALYSED_CHARS))
    .replace(HTML_ENTITY, (entity) => HTML_ENTITIES[entity.toLowerCase()] ?? entity)
    .replace(TYPOGRAPHIC_APOSTROPHE, "'")
    .replace(TYPOGRAPHIC_QUOTE, '"')
    .replace(ZERO_WIDTH, "")
    .replace(TABLE_BORDER_AT_LINE_END, "")
    .replace(QUOTE_MARKS_AT_LINE_START, "")
    .replace(REPLY_CODE, "$1")
    .replace(ENHANCED_CODE, "$1")
    .replace(/\s+/g, " ")
    .trim();
}

/**
 * Whether the text is .NET's "requires a secure connection or the client was not authenticated"
 * with nothing from the server after it (not another wrapper alone: "Invalid login:", or .NET's
 * description of some other code).
 */
export function onlySecureConnectionWrapper(text: string): boolean {
  return onlyWrapper(text) && secureConnectionWrapper(text) !== null;
}

/** .NET's "requires a secure connection …" in the text (any language it ships), or null. */
function secureConnectionWrapper(text: string): RegExpExecArray | null {
  const lower = text.toLowerCase();
  for (const [wrapper, literal] of SECURE_CONNECTION_WRAPPERS) {
    if (!lower.includes(literal)) continue;
    wrapper.lastIndex = 0;
    const m = wrapper.exec(text);
    if (m) return m;
  }
  return null;
}

/**
 * The enhanced code the server's reply starts with right after .NET's "requires a secure connection
 * or the client was not authenticated" (any language), or null. Exchange localises its own words
 * ("5.7.1 Client wurde nicht authentifiziert", "5.7.1 O cliente não estava autenticado"), so
 * the code is what a reader of any language can rely on.
 */
export function codeAfterSecureConnectionWrapper(text: string): string | null {
  const m = secureConnectionWrapper(text);
  if (!m) return null;
  const after = /^\s*["“„«]?\s*(?:\d{3}[\s-])?([245]\.\d{1,3}\.\d{1,3})\b/.exec(
    text.slice(m.index + m[0].length),
  );
  return after?.[1] ?? null;
}

/** Whether the text had a client wrapper around it (and nothing from the server after it). */
export function onlyWrapper(text: string): boolean {
  const stripped = stripWrappers(text).trim();
  return stripped.length === 0 && text.trim().length > 0;
}
