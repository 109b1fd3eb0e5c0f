/**
 * What a root cause's confidence has meant in practice: the share of answers in each band that
 * were right on real replies the analyzer had not seen (source-grouped cross-validation over
 * lib/diagnosis/testdata, measured 2026-12-03 on 15,136 replies, each fold without the phrasings
 * only its own replies showed). Shown next to the confidence so a
 * helpdesk agent reads "right 99 % of the time" rather than an unexplained number; a unit test
 * re-measures the bands and fails when this table no longer matches the corpus.
 */
export type ConfidenceBand = { from: number; to: number; right: number; answers: number };

export const CONFIDENCE_BANDS: readonly ConfidenceBand[] = [
  { from: 0.4, to: 0.8, right: 0.68, answers: 2415 },
  { from: 0.8, to: 0.9, right: 0.88, answers: 3999 },
  { from: 0.9, to: 1.01, right: 0.95, answers: 6448 },
];

export const CALIBRATION_MEASURED_ON = "2026-12-03";

/** The band a named root cause's confidence falls in, if any (unrecognised answers have none). */
export function bandOf(confidence: number): ConfidenceBand | null {
  return CONFIDENCE_BANDS.find((band) => confidence >= band.from && confidence < band.to) ?? null;
}

/** "right 99 % of the time on real replies it had not seen", for a confidence, or null. */
export function describeConfidence(confidence: number): string | null {
  const band = bandOf(confidence);
  if (!band) return null;
  return `answers this sure were right ${Math.round(band.right * 100)} % of the time on real replies the analyzer had not seen`;
}
