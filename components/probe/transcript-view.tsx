import type { TranscriptEntry } from "@/lib/smtp/probe-schema";

const PREFIX: Record<TranscriptEntry["dir"], string> = { client: "C:", server: "S:", info: "* " };

/** The SMTP conversation line by line, with milliseconds since the run started. */
export function TranscriptView({ transcript }: { transcript: TranscriptEntry[] }) {
  const text = transcript
    .map((entry) => `${String(Math.round(entry.t)).padStart(6)} ms  ${PREFIX[entry.dir]} ${entry.line}`)
    .join("\n");
  return (
    // A labelled region that takes focus: it scrolls sideways, and keyboard users must be able to scroll it.
    <section
      aria-label="SMTP transcript"
      // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region has to be focusable (WCAG 2.1.1).
      tabIndex={0}
      className="overflow-x-auto rounded-md border border-zinc-200 bg-zinc-50 focus-visible:outline-2 focus-visible:outline-blue-700 dark:border-zinc-800 dark:bg-zinc-900"
    >
      <pre className="p-3 font-mono text-xs leading-relaxed">{text || "(no transcript)"}</pre>
    </section>
  );
}
