import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA (and the A/AA rules before it): zero violations, listed readably when there are some. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  // Check the settled page: one CI run (2026-12-01) caught "document-title" right after the case
  // details were saved and the page refreshed, a moment with no <title> that passed on every other
  // run. A page that never gets its title still fails here.
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
