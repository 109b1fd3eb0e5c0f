import { expect, type Locator, type Page } from "@playwright/test";

/** Presses Tab until `target` has focus (keyboard-only navigation), failing after `max` presses. */
export async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  expect(await target.evaluate((el) => el === document.activeElement), `Tab never reached ${target}`).toBe(
    true,
  );
}

/** Focuses a field with Tab and types into it (select-all first, so prefilled values are replaced). */
export async function tabAndType(page: Page, target: Locator, text: string): Promise<void> {
  await tabTo(page, target);
  await page.keyboard.press("ControlOrMeta+A");
  await page.keyboard.type(text);
}
