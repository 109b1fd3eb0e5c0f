import type { StageStatus } from "@/lib/smtp/probe-schema";
import { STATUS_LABELS } from "@/lib/smtp/stage-labels";

const STYLES: Record<StageStatus, { icon: string; className: string }> = {
  ok: { icon: "✓", className: "text-green-800 dark:text-green-400" },
  warn: { icon: "!", className: "text-amber-800 dark:text-amber-400" },
  failed: { icon: "✗", className: "text-red-700 dark:text-red-400" },
  skipped: { icon: "–", className: "text-zinc-500 dark:text-zinc-400" },
};

/** A status as icon and word, so it never depends on colour alone. */
export function StageStatusBadge({ status }: { status: StageStatus }) {
  const { icon, className } = STYLES[status];
  return (
    <span className={`inline-flex items-center gap-1.5 font-medium ${className}`}>
      <span aria-hidden="true">{icon}</span>
      {STATUS_LABELS[status]}
    </span>
  );
}
