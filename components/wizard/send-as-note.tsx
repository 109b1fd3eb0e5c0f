import { type SendAsGap, sendAsWarning } from "@/lib/providers/send-as-gap";

/** Said before a run: the login and the From differ where only a real test message can show it works. */
export function SendAsNote({ gap }: { gap: SendAsGap | null }) {
  if (!gap) return null;
  return (
    <p
      role="note"
      data-send-as-note
      className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-800 dark:bg-amber-950/60 dark:text-amber-100"
    >
      {sendAsWarning(gap)}
    </p>
  );
}
