import { StageStatusBadge } from "@/components/probe/stage-status-badge";
import type { ProbeResult, StageName } from "@/lib/smtp/probe-schema";
import { STAGE_LABELS } from "@/lib/smtp/stage-labels";

const SECURITY_WORDS: Record<ProbeResult["target"]["security"], string> = {
  none: "no encryption",
  starttls: "STARTTLS",
  tls: "SSL/TLS",
};
const AUTH_WORDS: Record<ProbeResult["target"]["auth"], string> = {
  none: "no sign-in",
  password: "password sign-in",
  oauth2: "OAuth 2.0 sign-in",
};

/** The first run and the validation run side by side, stage by stage. */
export function BeforeAfter({ before, after }: { before: ProbeResult; after: ProbeResult }) {
  const names: StageName[] = [...new Set([...before.stages, ...after.stages].map((s) => s.name))];
  const find = (run: ProbeResult, name: StageName) => run.stages.find((s) => s.name === name);
  const target = (run: ProbeResult) =>
    `${run.target.host} port ${run.target.port} · ${SECURITY_WORDS[run.target.security]} · ${AUTH_WORDS[run.target.auth]}`;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[32rem] text-left text-sm" data-testid="before-after">
        <caption className="pb-2 text-left font-semibold">Before and after</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-1 pr-3">
              Stage
            </th>
            <th scope="col" className="py-1 pr-3">
              Before{" "}
              <span className="block font-normal text-zinc-600 dark:text-zinc-400">{target(before)}</span>
            </th>
            <th scope="col" className="py-1">
              After{" "}
              <span className="block font-normal text-zinc-600 dark:text-zinc-400">{target(after)}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {names.map((name) => {
            const b = find(before, name);
            const a = find(after, name);
            return (
              <tr
                key={name}
                data-stage={name}
                className="border-b border-zinc-100 align-top dark:border-zinc-900"
              >
                <th scope="row" className="py-1 pr-3 font-medium">
                  {STAGE_LABELS[name]}
                </th>
                <td className="py-1 pr-3" data-side="before">
                  {b ? <StageStatusBadge status={b.status} /> : "—"}
                </td>
                <td className="py-1" data-side="after">
                  {a ? <StageStatusBadge status={a.status} /> : "—"}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
