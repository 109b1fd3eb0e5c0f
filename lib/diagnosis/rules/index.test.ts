import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { test } from "node:test";
import { probeErrorCodeSchema, type StageName, stageNameSchema } from "../../smtp/probe-schema";
import { textEvidence } from "../analyze-text";
import { CAUSES, catalogueLink } from "../causes";
import { decisiveStage, probeEvidence } from "../diagnose-probe";
import { withDefaults } from "../diagnosis-context";
import type { Evidence } from "../evidence";
import { collectFindings } from "../findings/collect-findings";
import { findingChecks } from "../findings/index";
import { syntheticProbe, tlsFactsWith } from "../testing/synthetic-probe";
import { diagnosisRules } from "./index";

const here = new URL("./", import.meta.url);

/** Every input the tests know: all real replies, garbage, and probe shapes for every error code. */
function allEvidence(): Evidence[] {
  const out: Evidence[] = [];
  for (const file of ["dev-cases.jsonl", "extra-cases.jsonl"]) {
    const text = readFileSync(new URL(`../testdata/${file}`, import.meta.url), "utf8");
    for (const line of text.split("\n").filter(Boolean)) {
      const c = JSON.parse(line) as { reply: string; stage: StageName | null };
      out.push(textEvidence(c.reply, c.stage, null).evidence);
      out.push(textEvidence(c.reply, null, null).evidence);
    }
  }
  for (const garbage of ["", "\u0000\u0001", "x".repeat(70_000), "550", "5.7.1"])
    out.push(textEvidence(garbage, null, null).evidence);
  const errors = probeErrorCodeSchema.options;
  for (const stage of stageNameSchema.options) {
    for (const code of errors) {
      for (const port of [25, 465, 587]) {
        const probe = syntheticProbe({
          target: {
            port,
            auth: "password",
            username: "scanner@example.com",
            security: port === 465 ? "starttls" : "tls",
          },
          failedStage: stage,
          error: { code, message: `${code} at ${stage}` },
          facts: { tls: { tls: tlsFactsWith({ trusted: port !== 25, hostnameMatches: port !== 587 }) } },
        });
        out.push(probeEvidence(probe, decisiveStage(probe)));
      }
    }
  }
  const clean = syntheticProbe({});
  out.push(probeEvidence(clean, decisiveStage(clean)));
  return out;
}

test("rule ids are unique, in the catalogue, and cover every cause but unrecognised", () => {
  const ids = diagnosisRules.map((r) => r.id);
  assert.equal(new Set(ids).size, ids.length, "duplicate rule id");
  const catalogue = CAUSES.map((c) => c.id);
  for (const id of ids) assert.ok(catalogue.includes(id), `${id} not in causes.ts`);
  for (const id of catalogue) if (id !== "unrecognised") assert.ok(ids.includes(id), `no rule for ${id}`);
});

test("rule metadata: title, catalogue link, stages the probe knows", () => {
  for (const rule of diagnosisRules) {
    assert.ok(rule.title.length > 5, rule.id);
    assert.equal(rule.catalogue, catalogueLink(rule.id));
    assert.ok(rule.stages.length > 0, `${rule.id} has no stages`);
    for (const stage of rule.stages)
      assert.ok(stageNameSchema.options.includes(stage), `${rule.id}: ${stage}`);
  }
});

test("every rule has its own file and its own table (run by rule-tables.test.ts)", () => {
  const files = readdirSync(here);
  for (const rule of diagnosisRules) {
    assert.ok(existsSync(new URL(`${rule.id}.ts`, here)), `rules/${rule.id}.ts`);
    assert.ok(files.includes(`${rule.id}.cases.ts`), `rules/${rule.id}.cases.ts`);
  }
});

test("match and explain never throw and stay in range on every known input", () => {
  const context = withDefaults({ provider: "microsoft-365", supportsTls12: false, today: "2026-11-28" });
  for (const evidence of allEvidence()) {
    for (const rule of diagnosisRules) {
      const match = rule.match(evidence);
      if (match) assert.ok(match.confidence >= 0 && match.confidence <= 1, rule.id);
      const { explanation, fix } = rule.explain(evidence, context);
      assert.equal(typeof explanation, "string");
      assert.equal(typeof fix, "string");
    }
  }
});

test("finding checks have unique ids and never throw", () => {
  const ids = findingChecks.map((f) => f.id);
  assert.equal(new Set(ids).size, ids.length);
  const context = withDefaults({ provider: "microsoft-365", sitePtr: "missing", today: "2026-11-28" });
  for (const evidence of allEvidence()) {
    for (const check of findingChecks) check.check(evidence, context, "ip-blocklisted");
    collectFindings(evidence, context, "auth-failed");
  }
});

test("each rule file owns its whole cause: catalogue entry, settings verdict and wording, one rule per catalogue id", async () => {
  const { causeIdSchema } = await import("../cause-id-schema");
  const ruleIds = diagnosisRules.map((rule) => rule.id);
  assert.deepEqual([...ruleIds, "unrecognised"].sort(), [...causeIdSchema.options].sort());
  for (const rule of diagnosisRules) {
    assert.ok(rule.cause.title.length > 3 && rule.cause.meaning.length > 3, rule.id);
    assert.equal(typeof rule.settingsCanFix, "boolean", rule.id);
    for (const pattern of rule.wording())
      assert.equal(pattern.cause, rule.id, `${rule.id}: ${pattern.pattern}`);
    const table = new URL(`./${rule.id}.wording.ts`, here);
    assert.equal(
      existsSync(table),
      rule.wording().length > 0,
      `${rule.id}: wording beside the rule iff it has any`,
    );
  }
});
