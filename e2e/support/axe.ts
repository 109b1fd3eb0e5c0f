import AxeBuilder from "@axe-core/playwright";
import { expect, type Page } from "@playwright/test";

/** WCAG 2.2 AA (and the A/AA rules before it): zero violations, listed readably when there are some. */
export async function expectNoAxeViolations(page: Page, screen: string) {
  // A server action's refresh re-renders the streamed metadata: check the page once its title is
  // back, not in the moment between (a run on 2026-12-01 caught "document-title" exactly there).
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
  expect(summary, `axe violations on ${screen}`).toEqual([]);
}
