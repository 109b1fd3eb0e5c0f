/** Where the test ran from, and what that does and does not prove (the founding case's lesson). */
export function NetworkNote({ label, onCaseLink = false }: { label: string; onCaseLink?: boolean }) {
  return (
    <aside className="rounded-md border border-blue-200 bg-blue-50 p-3 text-sm dark:border-blue-900 dark:bg-blue-950/50">
      <p className="font-medium">This test ran from {label}.</p>
      <p>
        It proves what the server says to a sender with these settings. It does not prove what the server says
        to the device: blocklists and ISP port-25 blocks depend on the site&apos;s public IP address.{" "}
        {onCaseLink
          ? "Even from this link, the test connects from our server, not from your network: check your network below."
          : "Check the site's network below, or run this wizard from the site through a customer link."}
      </p>
    </aside>
  );
}
