import type { TranscriptEntry } from "@/lib/smtp/probe-schema";

const PREFIX: Record<TranscriptEntry["dir"], string> = { client: "C:", server: "S:", info: "* " };

/** The SMTP conversation line by line, with milliseconds since the run started. */
export function TranscriptView({ transcript }: { transcript: TranscriptEntry[] }) {
  const text = transcript
    .map((entry) => `${String(Math.round(entry.t)).padStart(6)} ms  ${PREFIX[entry.dir]} ${entry.line}`)
    .join("\n");
  return (
    <pre className="overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 p-3 font-mono text-xs leading-relaxed dark:border-zinc-800 dark:bg-zinc-900">
      {text || "(no transcript)"}
    </pre>
  );
}
