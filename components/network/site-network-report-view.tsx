import {
  blocklistHeadline,
  dnsblAnswerLine,
  dnsblDetail,
  ptrHintWords,
  ptrWords,
  spfWords,
} from "@/lib/network/network-words";
import type { SiteNetworkReport } from "@/lib/network/site-network-schema";

const STATUS = {
  listed: { icon: "✗", word: "Listed", className: "text-red-700 dark:text-red-400" },
  "not-listed": { icon: "✓", word: "Not listed", className: "text-green-800 dark:text-green-400" },
  "could-not-check": { icon: "?", word: "Could not check", className: "text-amber-800 dark:text-amber-400" },
} as const;

/**
 * One network's blocklist, reverse-DNS and SPF results, with which network it describes. "✓ Not
 * listed" only where the list answered its test entries; "could not check" says why, with the
 * DNS answers, and where to look the IP up instead.
 */
export function SiteNetworkReportView({ report }: { report: SiteNetworkReport }) {
  const { ptr, spf } = report;
  return (
    <section aria-label={`Checks of ${report.network.label}`} className="flex flex-col gap-3 text-sm">
      <h4 className="font-semibold">Checks of {report.network.label}</h4>
      <p data-testid="blocklist-headline">{blocklistHeadline(report)}</p>
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
                data-dnsbl-cause={r.cause ?? undefined}
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
                  {dnsblDetail(r)}
                  {r.status === "could-not-check" && r.lookups.length > 0 ? (
                    <span className="block font-mono text-xs text-zinc-600 dark:text-zinc-400">
                      {dnsblAnswerLine(r)}
                    </span>
                  ) : null}
                  {r.delistUrl ? (
                    <>
                      {" "}
                      <a
                        className="text-blue-700 underline dark:text-blue-400"
                        href={r.delistUrl}
                        rel="noreferrer noopener"
                        target="_blank"
                      >
                        {r.status === "listed"
                          ? "Look up / request removal"
                          : "Look the IP up on the list's site"}
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
        {ptrWords(ptr)}
        {ptr.hint ? <span className="text-zinc-600 dark:text-zinc-400"> · {ptrHintWords(ptr)}</span> : null}
      </p>
      {spf ? (
        <p>
          <span className="font-medium">SPF of {spf.domain}: </span>
          {spfWords(spf)}
        </p>
      ) : null}
    </section>
  );
}
