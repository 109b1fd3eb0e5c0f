import { analyzeText } from "../lib/diagnosis/analyze-text";
import { loadCorpus } from "../lib/diagnosis/evaluation/corpus";

/**
 * The analyzer over every corpus reply, beside the cheapest thing that still reads each reply
 * (one case-insensitive regex test per reply): how much the layered analysis costs per reply.
 */
export function measureAnalyzer(rounds = 5): { perReplyUs: number; baselineUs: number; replies: number } {
  const replies = loadCorpus().map((c) => ({ reply: c.reply, stage: c.stage }));
  const baseline = /relay|denied|unknown|blocked|timeout/i;
  for (const r of replies) analyzeText(r.reply, { stage: r.stage }); // warm-up
  const analyse: number[] = [];
  const scan: number[] = [];
  for (let round = 0; round < rounds; round++) {
    let started = performance.now();
    for (const r of replies) analyzeText(r.reply, { stage: r.stage });
    analyse.push(performance.now() - started);
    started = performance.now();
    let hits = 0;
    for (const r of replies) if (baseline.test(r.reply)) hits++;
    scan.push(performance.now() - started + hits * 0);
  }
  const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)] ?? 0;
  return {
    perReplyUs: (median(analyse) * 1000) / replies.length,
    baselineUs: (median(scan) * 1000) / replies.length,
    replies: replies.length,
  };
}
