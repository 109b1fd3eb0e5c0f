import type { StageName } from "../smtp/probe-schema";

/**
 * Which stage a pasted error comes from, when the user did not say: first from a transcript (the
 * last client command before the refusal), then from the words clients and bounces use ("in reply
 * to RCPT TO command", "Invalid login", "getaddrinfo"). Null when the text does not tell.
 */

const COMMANDS: readonly [RegExp, StageName][] = [
  [/^RCPT TO\b/i, "rcpt"],
  [/^MAIL FROM\b/i, "mail"],
  [/^(?:DATA|BDAT \d+)\s*$/i, "data"],
  [/^AUTH [A-Z0-9-]+/, "auth"],
  [/^STARTTLS\s*$/i, "tls"],
  [/^(?:EHLO|HELO)\b/i, "ehlo"],
];

// A client line in a transcript: "C: ", "~> ", "-> ", ">> ", "CLIENT -> SERVER: ", or the bare command.
const CLIENT_PREFIX =
  /^\s*(?:\[[^\]]*\]\s*)?(?:C:|Sent:|~>|->|>>|>|CLIENT\s*->\s*SERVER:|\w+\s+\[\w+\]\s+C:)?\s*/i;

// What a server, a client or a log says of the command a refusal answered. Checked in this order:
// a bounce naming RCPT TO is about the recipient whatever else it quotes.
const PHRASES: readonly [RegExp, StageName][] = [
  [
    /(?:in reply to|after|sending) (?:the )?RCPT TO|_actionRCPT|recipients were rejected|Recipient address rejected|RecipientNotAccepted|\bcommand["']?:\s*["']RCPT|\b(?:temporarily )?rejected RCPT\b|\breject: RCPT from\b|Bad recipient address|SMTPRecipientsRefused|SMTPAddressFailedException/i,
    "rcpt",
  ],
  [
    /(?:in reply to|after|sending) (?:the )?MAIL FROM|_actionMAIL|Sender address rejected|\bcommand["']?:\s*["']MAIL|\b(?:temporarily )?rejected MAIL\b|\breject: MAIL from\b|SMTPSenderRefused|Mail command failed|MAIL FROM (?:command )?(?:failed|not accepted)|\bMail from not accepted|\boriginator not accepted|\bInvalid from\b|\byour FROM address\b|\b(?:sender|sending) (?:address|domain) (?:is )?not (?:accepted|valid)\b|\bmailfrom domain\b/i,
    "mail",
  ],
  [
    /(?:in reply to|after) (?:the )?(?:pipelined )?end of data|end of DATA command|_actionSMTPStream|Message failed|DATA (?:END )?command failed|data not accepted|\b(?:temporarily )?rejected after DATA\b|\breject: (?:DATA|END-OF-MESSAGE) from\b|(?:Syntax error\W+|\b5\.[0-46-9]\.\d+ )line too long\b/i,
    "data",
  ],
  [
    /Invalid login|Missing credentials|_actionAUTH|\bcommand["']?:\s*["']AUTH|AuthenticationException|SMTPAuthenticationError|Could not authenticate|Failed to authenticate|\b53[458][ -]|\bAUTH\b[^\n.]{0,30}\bnot (?:allowed|available|advertised|recognized|supported|implemented)|\bAuthentication (?:is )?(?:not |only )available|\bauth(?:entication)? mechanism|\bUnrecognized authentication/i,
    "auth",
  ],
  [/getaddrinfo|\bquery[A-Z]+\b|ENOTFOUND|EAI_AGAIN|NXDOMAIN|Name or service not known/i, "resolve"],
  [
    /connect E(?:CONNREFUSED|TIMEDOUT|HOSTUNREACH|NETUNREACH)|actively refused|Failed to connect|connection refused/i,
    "connect",
  ],
  [/Greeting never received|Invalid greeting|refused to talk to me/i, "greeting"],
  [/Helo command rejected|SMTPHeloError|\bHELO\b|\bEHLO\b|\bhello name\b/i, "ehlo"],
  [/STARTTLS|SSL routines|certificate|\bTLS\b|handshake/i, "tls"],
];

// A client's own words for a failed lookup or connection, read only where no server reply was:
// with one, the lookup or connection that failed is the server's (a callout, a relay), not the
// device's.
const CLIENT_PHRASES: readonly [RegExp, StageName][] = [
  [
    /UnknownHostException|\bUnknown (?:SMTP )?host\b|gethostbyname|\bno such host\b|nodename nor servname|No address associated with hostname|\bHost(?:name)? (?:not found|cannot be resolved)|\b(?:could not|cannot|can't|unable to) resolve\b|\bDNS lookup failure\b|\blookup \S+ on \[?[\d.:a-f]+\]?:\d+|could not be found in (?:the )?Domain Name Service|\bdestination (?:computer|server) was\s+not found\b/i,
    "resolve",
  ],
  [
    /\bconnect(?:ion)? (?:attempt )?timed out|\bconnect(?:ion)? to (?!["']?\w+:\/\/)\S+ timed out|\b(?:could not|couldn't|cannot|can't) connect to (?:SMTP )?(?:host\b|server\b|\S+,? port:? ?\d+)|\bFailed connection to\b|\bdial(?: tcp)? [^\n]{0,80}\bi\/o timeout|\btimed? ?out (?:while|when) connecting\b|\bnetwork_failure\b|Connection could not be established|ConnectException|ConnectionTimeout|(?<!read )\bOperation timed out\b/i,
    "connect",
  ],
];

function fromTranscript(lines: readonly string[], replyIndex: number): StageName | null {
  for (let i = Math.min(replyIndex, lines.length - 1); i >= 0; i--) {
    const line = (lines[i] ?? "").replace(CLIENT_PREFIX, "");
    for (const [command, stage] of COMMANDS) if (command.test(line)) return stage;
  }
  return null;
}

/** `replyOffset` is where the decisive reply starts in `text` (transcripts are read up to it). */
export function inferStage(text: string, replyOffset: number | null): StageName | null {
  if (replyOffset !== null && replyOffset > 0) {
    const before = text.slice(0, replyOffset).split("\n");
    // The reply's own line is the last entry; the client command is on a line before it.
    const stage = fromTranscript(before.slice(0, -1), before.length - 2);
    if (stage) return stage;
  }
  for (const [phrase, stage] of PHRASES) if (phrase.test(text)) return stage;
  if (replyOffset === null) for (const [phrase, stage] of CLIENT_PHRASES) if (phrase.test(text)) return stage;
  return null;
}
