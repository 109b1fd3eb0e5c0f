import type { Finding } from "@/lib/diagnosis/diagnosis-schema";

/** Warnings that are not the root cause, each with the date of the policy it rests on. */
export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return null;
  return (
    <section aria-labelledby="findings-heading" className="flex flex-col gap-2">
      <h3 id="findings-heading" className="text-lg font-semibold">
        Also worth knowing
      </h3>
      <ul className="flex flex-col gap-2">
        {findings.map((finding) => (
          <li
            key={finding.id}
            data-finding={finding.id}
            className="rounded-md border border-amber-300 p-3 text-sm dark:border-amber-800"
          >
            <p className="font-medium">
              <span aria-hidden="true">{finding.severity === "warning" ? "! " : "i "}</span>
              <span className="sr-only">{finding.severity === "warning" ? "Warning: " : "Note: "}</span>
              {finding.title}
            </p>
            <p>{finding.detail}</p>
            {finding.asOf || finding.source ? (
              <p className="text-xs text-zinc-600 dark:text-zinc-400">
                {finding.asOf ? `As of ${finding.asOf}. ` : ""}
                {finding.source ? `Source: ${finding.source}` : ""}
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
