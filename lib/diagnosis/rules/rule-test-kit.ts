import assert from "node:assert/strict";
import { test } from "node:test";
import type { ProbeResult, StageName } from "../../smtp/probe-schema";
import { analyzeText, textEvidence } from "../analyze-text";
import { decisiveStage, diagnoseProbe, probeEvidence } from "../diagnose-probe";
import { withDefaults } from "../diagnosis-context";
import { type CorpusCase, loadCorpus } from "../evaluation/corpus";
import type { Evidence } from "../evidence";
import { ROOT_THRESHOLD } from "../judge-evidence";
import type { Rule } from "./rule-types";

/**
 * The table-driven test every rule gets: rows are real replies (by id from testdata/*.jsonl, each
 * with its source there), inline replies, or probe results; each says whether this rule must be
 * the top cause, must not be, or must not match at all. A row for a near-miss (a sibling cause's
 * reply) keeps rules from swallowing each other's cases.
 */
export type Expectation = "top" | "not-top" | "no-match";
export type RuleRow =
  | { case: string; expect: Expectation }
  | { reply: string; stage?: StageName | null; expect: Expectation; note: string }
  | { probe: ProbeResult; expect: Expectation; note: string };

let cases: Map<string, CorpusCase> | null = null;
function testCase(id: string): CorpusCase {
  cases ??= new Map(loadCorpus().map((c) => [c.id, c]));
  const found = cases.get(id);
  if (!found) throw new Error(`no test case "${id}" in testdata`);
  return found;
}

function evaluate(row: RuleRow): { label: string; evidence: Evidence; top: string } {
  if ("probe" in row) {
    const evidence = probeEvidence(row.probe, decisiveStage(row.probe));
    return { label: row.note, evidence, top: diagnoseProbe(row.probe, { today: "2026-11-28" }).rootCause.id };
  }
  const { reply, stage, label } =
    "case" in row
      ? { ...testCase(row.case), label: row.case }
      : { ...row, stage: row.stage ?? null, label: row.note };
  return {
    label,
    evidence: textEvidence(reply, stage, null).evidence,
    top: analyzeText(reply, { stage }).rootCause.id,
  };
}

export function ruleTable(rule: Rule, rows: readonly RuleRow[]): void {
  test(`rule ${rule.id}`, () => {
    assert.ok(
      rows.some((r) => r.expect === "top"),
      "every rule needs at least one case it wins",
    );
    for (const row of rows) {
      const { label, evidence, top } = evaluate(row);
      const match = rule.match(evidence);
      if (row.expect === "top") {
        assert.equal(top, rule.id, `${label}: expected ${rule.id} on top, got ${top}`);
        assert.ok((match?.confidence ?? 0) >= ROOT_THRESHOLD, `${label}: confidence ${match?.confidence}`);
        const { explanation, fix } = rule.explain(evidence, withDefaults({}));
        assert.ok(explanation.length > 20 && fix.length > 10, `${label}: explanation and fix are written`);
      } else if (row.expect === "not-top") {
        assert.notEqual(top, rule.id, `${label}: ${rule.id} must not win this case`);
      } else {
        assert.equal(match, null, `${label}: ${rule.id} must not match`);
      }
    }
  });
}
