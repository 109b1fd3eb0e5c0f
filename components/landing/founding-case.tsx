/** The case that started the project, told in four lines: why a "connection test" proves little. */
export function FoundingCase() {
  return (
    <section aria-labelledby="founding-case-heading" className="flex flex-col gap-3">
      <h2 id="founding-case-heading" className="text-xl font-semibold">
        &ldquo;Connection test OK&rdquo;, yet no mail
      </h2>
      <p>
        A copier sending scans through Microsoft 365 passed its own connection test. The mail server accepted
        the connection, the greeting, STARTTLS and the sender. Then, at RCPT TO, it refused the recipient:
      </p>
      <blockquote className="rounded-md border-l-4 border-red-600 bg-zinc-50 px-4 py-3 font-mono text-sm dark:bg-zinc-900">
        550 5.7.1 Service unavailable, Client host [IP] blocked using Spamhaus
      </blockquote>
      <p>
        The site&apos;s cellular IP address was on a blocklist, and the copier showed nothing useful. The fix
        was authenticated submission: smtp.office365.com, port 587, STARTTLS, with a username and password.
      </p>
    </section>
  );
}
