import { catalogueLink } from "../cause-link";
import type { CauseId } from "../causes";
import type { Rule } from "./rule-types";

/**
 * A rule file owns its whole cause: the catalogue's words for it, whether settings can fix it, its
 * wording table (data, in `<id>.wording.ts` beside it), how it matches and how it explains. Adding
 * a cause is that file, its wording and cases, the id in `causes.ts` and one line in the registry.
 */
export function defineRule(id: CauseId, spec: Omit<Rule, "id" | "title" | "catalogue">): Rule {
  let checked = false;
  // The table is built on first use (wording-table.ts), and checked then: every pattern in it must
  // name this rule's cause.
  const wording = () => {
    const table = spec.wording();
    if (!checked) {
      for (const pattern of table)
        if (pattern.cause !== id) throw new Error(`rule ${id}: a wording pattern names ${pattern.cause}`);
      checked = true;
    }
    return table;
  };
  return { id, title: spec.cause.title, catalogue: catalogueLink(id), ...spec, wording };
}
