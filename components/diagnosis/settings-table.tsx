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

/** Values typed into a device as they are: worth a copy button. Encryption and sign-in are choices, said in words. */
const COPYABLE = new Set<keyof typeof LABELS>(["server", "port", "username", "sender"]);

type Row = Recommended["table"][number];

function Value({ row }: { row: Row }) {
  const changed = row.current !== row.recommended;
  return (
    <>
      <span className="mr-2">{row.recommended}</span>
      {changed ? <span className="sr-only">(changed) </span> : null}
      {COPYABLE.has(row.setting) && row.recommended ? (
        <CopyButton value={row.recommended} label={LABELS[row.setting]} />
      ) : null}
    </>
  );
}

/**
 * setting | current | recommended | why. A table from a tablet's width up; on a phone each setting
 * is a block of its own, so nothing scrolls sideways and "Why" is never cut off. Words wrap whole
 * (an address breaks only when it is longer than the line).
 */
export function SettingsTable({ recommended }: { recommended: Recommended }) {
  return (
    <>
      <table className="hidden w-full text-left text-sm sm:table">
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
          {recommended.table.map((row) => (
            <tr
              key={row.setting}
              data-setting={row.setting}
              className="border-b border-zinc-100 align-top dark:border-zinc-900"
            >
              <th scope="row" className="py-2 pr-3 font-medium">
                {LABELS[row.setting]}
              </th>
              <td className="py-2 pr-3 break-words">{row.current || "—"}</td>
              <td
                className={`py-2 pr-3 break-words ${row.current !== row.recommended ? "font-semibold" : ""}`}
              >
                <Value row={row} />
              </td>
              <td className="py-2">{row.why}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="flex flex-col gap-3 sm:hidden" aria-label="Current and recommended settings">
        {recommended.table.map((row) => (
          <li
            key={row.setting}
            data-setting-card={row.setting}
            className="flex flex-col gap-1 rounded-md border border-zinc-200 p-3 text-sm dark:border-zinc-800"
          >
            <span className="font-medium">{LABELS[row.setting]}</span>
            <span className={`break-words ${row.current !== row.recommended ? "font-semibold" : ""}`}>
              <Value row={row} />
            </span>
            <span className="break-words text-zinc-600 dark:text-zinc-400">Now: {row.current || "—"}</span>
            <span>
              <span className="text-zinc-600 dark:text-zinc-400">Why: </span>
              {row.why}
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
