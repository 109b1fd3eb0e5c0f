import { diagnosisRules } from "./index";
import { type RuleRow, ruleTable } from "./rule-test-kit";

/**
 * Runs every rule's table (rules/<id>.cases.ts) in one process: one file per rule keeps tables
 * next to their rule, one runner keeps the unit suite fast. A missing table fails its rule's test.
 */
for (const rule of diagnosisRules) {
  const table = (await import(`./${rule.id}.cases.ts`).catch(() => ({ rows: [] }))) as {
    rows: readonly RuleRow[];
  };
  ruleTable(rule, table.rows);
}
