import type { SiteNetworkReport } from "@/lib/network/check-site-network";

const STATUS = {
  listed: { icon: "✗", word: "Listed", className: "text-red-700 dark:text-red-400" },
  "not-listed": { icon: "✓", word: "Not listed", className: "text-green-800 dark:text-green-400" },
  "could-not-check": { icon: "?", word: "Could not check", className: "text-amber-800 dark:text-amber-400" },
} as const;

/** One network's blocklist, reverse-DNS and SPF results, with which network it describes. */
export function SiteNetworkReportView({ report }: { report: SiteNetworkReport }) {
  const { ptr, spf } = report;
  return (
    <section aria-label={`Checks of ${report.network.label}`} className="flex flex-col gap-3 text-sm">
      <h4 className="font-semibold">Checks of {report.network.label}</h4>
      <table className="w-full text-left">
        <thead>
          <tr className="border-b border-zinc-200 dark:border-zinc-800">
            <th className="py-1 pr-3 font-medium">Blocklist</th>
            <th className="py-1 pr-3 font-medium">Result</th>
            <th className="py-1 font-medium">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {report.dnsbl.map((r) => {
            const s = STATUS[r.status];
            return (
              <tr
                key={r.listId}
                data-list={r.listId}
                data-status={r.status}
                className="border-b border-zinc-100 align-top dark:border-zinc-900"
              >
                <td className="py-1 pr-3">
                  {r.listName}
                  {r.impact === "high" ? (
                    <span className="ml-1 text-xs text-zinc-600 dark:text-zinc-400">
                      (used by Microsoft 365 and most receivers)
                    </span>
                  ) : null}
                </td>
                <td className={`py-1 pr-3 font-medium ${s.className}`}>
                  <span aria-hidden="true">{s.icon}</span> {s.word}
                </td>
                <td className="py-1">
                  {r.status === "listed"
                    ? r.answers
                        .filter((a) => a.listed)
                        .map((a) => a.meaning)
                        .join("; ")
                    : (r.reason ?? "")}
                  {r.delistUrl ? (
                    <>
                      {" "}
                      <a
                        className="text-blue-700 underline dark:text-blue-400"
                        href={r.delistUrl}
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        Look up / request removal
                      </a>
                    </>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p>
        <span className="font-medium">Reverse DNS: </span>
        {ptr.status === "ok"
          ? `${ptr.names.join(", ")} (confirmed)`
          : ptr.status === "missing"
            ? "none — receivers often distrust an address without one"
            : ptr.status === "mismatch"
              ? `${ptr.names.join(", ")} — does not point back to ${ptr.ip}`
              : "could not check"}
        {ptr.hint ? (
          <span className="text-zinc-600 dark:text-zinc-400">
            {" "}
            · hint from the name: looks {ptr.hint.kind.replace(/-/g, " ")} (“{ptr.hint.evidence}”)
          </span>
        ) : null}
      </p>
      {spf ? (
        <p>
          <span className="font-medium">SPF of {spf.domain}: </span>
          {spf.result === "pass"
            ? `allows this IP (${spf.matched})`
            : spf.result === "none"
              ? "no SPF record"
              : `${spf.result}${spf.matched ? ` (${spf.matched})` : ""} — this IP is not authorised to send for the domain`}
        </p>
      ) : null}
    </section>
  );
}
