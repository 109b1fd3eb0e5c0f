/**
 * How MTAs and mail clients quote a reply they got while delivering to the recipient's own server
 * (Exim's "SMTP error from remote mail server", Postfix's "host … said:", qmail's "Remote host
 * said:", Exchange's "Remote Server returned", a DSN's Diagnostic-Code). Words quoted this way are
 * the recipient server's, not those of the server the device itself talks to.
 */
export const REMOTE_BOUNCE =
  /SMTP error from remote (?:mail server|mailer)|\bhost \S+ ?\[[\w.:]+\]:? said:|Remote host said:|was undeliverable|Diagnostic-Code:|Remote Server returned/i;
