import type { SendingPath } from "@/lib/diagnosis/diagnosis-schema";

const RECIPIENTS = {
  any: "any recipient",
  "internal-only": "your organisation only",
  "provider-only": "the provider's users only",
};
const SECURITY = { none: "no encryption", starttls: "STARTTLS", tls: "SSL/TLS (implicit)" };

/** Every sending path that fits, best first, each with what it needs and what it limits. */
export function AlternativesList({ paths }: { paths: SendingPath[] }) {
  return (
    <ol className="flex flex-col gap-3">
      {paths.map((path) => (
        <li
          key={path.id}
          data-path={path.id}
          className="rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800"
        >
          <p className="font-semibold">
            {path.rank}. {path.title}
          </p>
          <p className="font-mono text-xs">
            {path.host}:{path.port} · {SECURITY[path.security]} · auth: {path.auth} · reaches{" "}
            {RECIPIENTS[path.recipients]}
          </p>
          {path.requirements.length > 0 ? <Items label="Needs" items={path.requirements} /> : null}
          {path.limits.length > 0 ? <Items label="Limits" items={path.limits} /> : null}
          {path.notes.map((note) => (
            <p key={note} className="text-zinc-700 dark:text-zinc-300">
              {note}
            </p>
          ))}
        </li>
      ))}
    </ol>
  );
}

/** "Needs" and "Limits": one line each, never run together. */
function Items({ label, items }: { label: string; items: string[] }) {
  return (
    <div className="mt-1">
      <p className="font-medium">{label}:</p>
      <ul className="list-disc pl-5">
        {items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </div>
  );
}
