"use client";

import { useEffect, useState } from "react";
import { formatTime } from "@/lib/reports/format-time";

// dateStyle/timeStyle cannot be combined with timeZoneName: the fields one by one.
const LOCAL = new Intl.DateTimeFormat(undefined, {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  timeZoneName: "short",
});

/**
 * A time in the reader's own zone ("30 Nov 2026, 08:15 CET"), with UTC in its tooltip. The server
 * renders UTC (it does not know the reader's zone), and the browser replaces it once it runs, so
 * the page never differs between the two renders. Shared reports and PDFs keep UTC: one zone for
 * everyone who reads the same document.
 */
export function LocalTime({ iso }: { iso: string }) {
  const [text, setText] = useState(() => formatTime(iso));
  useEffect(() => {
    const time = new Date(iso);
    if (!Number.isNaN(time.getTime())) setText(LOCAL.format(time));
  }, [iso]);
  return (
    <time dateTime={iso} title={formatTime(iso)} suppressHydrationWarning>
      {text}
    </time>
  );
}
