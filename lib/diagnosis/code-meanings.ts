/**
 * The generic meaning of SMTP reply codes (RFC 5321 §4.2, RFC 4954 §6, RFC 7504) and of the
 * class and subject of RFC 3463 enhanced status codes. Each enhanced code's own meaning (the IANA
 * registry and the providers' documented codes) lives in lib/diagnosis/status-codes. Shown for
 * every diagnosis, and on their own when nothing in the catalogue fits.
 */

export const REPLY_CODES: Readonly<Record<number, string>> = {
  211: "System status",
  214: "Help message",
  220: "Service ready",
  221: "Service closing the connection",
  235: "Authentication succeeded (RFC 4954)",
  250: "Requested action okay, completed",
  251: "User not local; will forward",
  252: "Cannot verify the user, but will accept the message",
  334: "Authentication challenge (RFC 4954)",
  354: "Start mail input; end with <CRLF>.<CRLF>",
  421: "Service not available, closing the connection (temporary)",
  432: "A password transition is needed (RFC 4954)",
  450: "Mailbox unavailable, action not taken (temporary: busy, or refused by policy for now)",
  451: "Action aborted: local error in processing (temporary)",
  452: "Insufficient system storage, or too many recipients (temporary)",
  454: "Temporary authentication failure (RFC 4954), or TLS not available (RFC 3207)",
  455: "Server unable to accommodate parameters (temporary)",
  500: "Syntax error, command unrecognised",
  501: "Syntax error in parameters or arguments",
  502: "Command not implemented",
  503: "Bad sequence of commands",
  504: "Command parameter not implemented",
  521: "Host does not accept mail (RFC 7504)",
  530: "Authentication required (RFC 4954)",
  534: "Authentication mechanism is too weak (RFC 4954)",
  535: "Authentication credentials invalid (RFC 4954)",
  538: "Encryption required for the requested authentication mechanism (RFC 4954)",
  550: "Mailbox unavailable or action refused by policy (permanent)",
  551: "User not local",
  552: "Exceeded storage allocation",
  553: "Mailbox name not allowed",
  554: "Transaction failed (or, at connection time: no SMTP service here)",
  555: "MAIL FROM/RCPT TO parameters not recognised or not implemented",
  556: "Domain does not accept mail (RFC 7504)",
};

export const ENHANCED_CLASS: Readonly<Record<string, string>> = {
  "2": "Success",
  "4": "Persistent transient failure (retrying may work)",
  "5": "Permanent failure (retrying the same way will not work)",
};

export const ENHANCED_SUBJECT: Readonly<Record<string, string>> = {
  "0": "other or undefined status",
  "1": "addressing status",
  "2": "mailbox status",
  "3": "mail system status",
  "4": "network and routing status",
  "5": "mail delivery protocol status",
  "6": "message content or media status",
  "7": "security or policy status",
};
