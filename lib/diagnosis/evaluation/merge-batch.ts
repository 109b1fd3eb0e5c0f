import { stageNameSchema } from "../../smtp/probe-schema";
import { CAUSE_IDS } from "../causes";
import { type CorpusCase, sourceKeys } from "./corpus";

/** One reply as a blind collector writes it (see testdata/COLLECTING.md). */
export type CollectedReply = {
  id: string;
  provider?: string;
  stage?: string | null;
  reply: string;
  cause: string;
  explanation?: string;
  fix?: string;
  source: string;
};

export type MergedBatch = {
  /** The new corpus lines, in the collectors' order: ids prefixed `b<N>-`, the batch number set. */
  cases: (Omit<CorpusCase, "file"> & { explanation: string; fix: string; batch: number })[];
  dropped: { id: string; why: "repeat" | "known source" | "unknown cause" | "no source" }[];
};

const KNOWN_CAUSES = new Set<string>(CAUSE_IDS);

/** A reply reduced to its words, so the same reply pasted with other spacing or case is a repeat. */
function replyKey(reply: string): string {
  return reply
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * A new batch for the corpus from what blind collectors wrote: a reply the corpus already holds
 * (the same words) is a repeat, a source the corpus already cites is left out (its replies belong
 * to an earlier batch's first run), a cause outside the catalogue is refused. What is left keeps
 * its order, so the batch's first run can be measured before anything is tuned on it.
 */
export function mergeBatch(
  batch: number,
  collected: readonly CollectedReply[],
  corpus: readonly CorpusCase[],
): MergedBatch {
  const seenReplies = new Set(corpus.map((c) => replyKey(c.reply)));
  const knownSources = new Set(corpus.flatMap((c) => sourceKeys(c.source)));
  const ids = new Set(corpus.map((c) => c.id));
  const out: MergedBatch = { cases: [], dropped: [] };
  for (const r of collected) {
    const keys = sourceKeys(r.source ?? "");
    if (keys.length === 0) out.dropped.push({ id: r.id, why: "no source" });
    else if (!KNOWN_CAUSES.has(r.cause)) out.dropped.push({ id: r.id, why: "unknown cause" });
    else if (keys.some((k) => knownSources.has(k))) out.dropped.push({ id: r.id, why: "known source" });
    else if (seenReplies.has(replyKey(r.reply))) out.dropped.push({ id: r.id, why: "repeat" });
    else {
      seenReplies.add(replyKey(r.reply));
      let id = `b${batch}-${r.id.toLowerCase().replace(/[^a-z0-9.-]+/g, "-")}`;
      while (ids.has(id)) id += "-2";
      ids.add(id);
      out.cases.push({
        id,
        provider: r.provider ?? "unknown",
        stage: stageNameSchema.safeParse(r.stage).data ?? null,
        reply: r.reply,
        cause: r.cause,
        explanation: r.explanation ?? "",
        fix: r.fix ?? "",
        source: r.source,
        batch,
      });
    }
  }
  return out;
}
