/**
 * How MTAs and mail clients quote a reply they got while delivering to the recipient's own server
 * (Exim's "SMTP error from remote mail server", Postfix's "host … said:", qmail's "Remote host
 * said:", Exchange's "Remote Server returned", a DSN's Diagnostic-Code). Words quoted this way are
 * the recipient server's, not those of the server the device itself talks to.
 */
export const REMOTE_BOUNCE =
  /SMTP error from remote (?:mail server|mailer)|\bhost \S+ ?\[[\w.:]+\]:? said:|Remote host said:|was undeliverable|Diagnostic-Code:|Remote Server returned/i;

/**
 * A mail server's own report that it could not reach the next server: a bounce quoting it, a
 * relay's log line (Postfix's "status=deferred (connect to …)", Exim's remote transport), Gmail's
 * "did not accept our requests to connect". The device's own connection worked; the relay's did not.
 */
export const RELAY_REPORT = new RegExp(
  `${REMOTE_BOUNCE.source}|status=(?:deferred|bounced)|\\bpostfix/smtp\\[|\\bT=remote_smtp\\b|\\bdid not accept our requests to connect\\b|\\bnot reachable within the allowed queue period\\b|\\bretry time not reached\\b|\\bDelivery to the following recipient\\b|\\bdelivery temporarily suspended\\b`,
  "i",
);

/** Whether pasted text is a relay's own report (its log or bounce), not the device's session. */
export function isRelayReport(e: { source: "probe" | "text"; verbatim: string }): boolean {
  return e.source === "text" && RELAY_REPORT.test(e.verbatim);
}

/** No route to the server's network (not a dropped or refused connection). */
export const NO_ROUTE = /network is unreachable|\bENETUNREACH\b|\bEHOSTUNREACH\b|no route to host/i;
