import type { Recommended } from "@/lib/diagnosis/diagnosis-schema";
import { CopyButton } from "./copy-button";

const LABELS = {
  server: "Server",
  port: "Port",
  encryption: "Encryption",
  auth: "Authentication",
  username: "Username",
  sender: "Sender address",
};

/** setting | current | recommended | why — with a copy button for each recommended value. */
export function SettingsTable({ recommended }: { recommended: Recommended }) {
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">Current and recommended settings</caption>
        <thead>
          <tr className="border-b border-zinc-300 dark:border-zinc-700">
            <th scope="col" className="py-2 pr-3">
              Setting
            </th>
            <th scope="col" className="py-2 pr-3">
              Current
            </th>
            <th scope="col" className="py-2 pr-3">
              Recommended
            </th>
            <th scope="col" className="py-2">
              Why
            </th>
          </tr>
        </thead>
        <tbody>
          {recommended.table.map((row) => {
            const changed = row.current !== row.recommended;
            return (
              <tr
                key={row.setting}
                data-setting={row.setting}
                className="border-b border-zinc-100 align-top dark:border-zinc-900"
              >
                <th scope="row" className="py-2 pr-3 font-medium">
                  {LABELS[row.setting]}
                </th>
                <td className="py-2 pr-3 break-all">{row.current || "—"}</td>
                <td className={`py-2 pr-3 break-all ${changed ? "font-semibold" : ""}`}>
                  <span className="mr-2">{row.recommended}</span>
                  {changed ? <span className="sr-only">(changed) </span> : null}
                  <CopyButton value={row.recommended} label={LABELS[row.setting]} />
                </td>
                <td className="py-2">{row.why}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
