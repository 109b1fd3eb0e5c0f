import { measurePdfLoad } from "./pdf-load";

const { firstDownloadMs, loads } = await measurePdfLoad();
console.log("first", firstDownloadMs.toFixed(0));
for (const l of loads)
  console.log(
    l.label,
    "p99",
    l.healthP99Ms.toFixed(1),
    "max",
    l.healthMaxMs.toFixed(1),
    "n",
    l.healthRequests,
    [...l.statuses],
    (l.downloadsMs / 1000).toFixed(1),
    "s",
    l.rssBeforeMb.toFixed(0),
    "->",
    l.rssPeakMb.toFixed(0),
  );
