/// <reference lib="dom" />
// Keyboard-only helpers: move with Tab (or Shift+Tab) until a control has focus, and check on the
// way that every control focused shows a visible focus indicator.
import { expect, type Locator, type Page } from '@playwright/test';

/** Describes the focused element and whether its focus can be seen (outline or ring). */
async function focusedState(page: Page): Promise<{ tag: string; label: string; visible: boolean }> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (el === null || el === document.body) return { tag: 'body', label: '', visible: true };
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const ring = style.boxShadow !== 'none' && style.boxShadow !== '';
    const label =
      el.getAttribute('aria-label') ??
      (el as HTMLInputElement).labels?.[0]?.textContent ??
      el.textContent?.trim().slice(0, 40) ??
      '';
    return { tag: el.tagName.toLowerCase(), label, visible: outline || ring };
  });
}

/**
 * Presses Tab (or Shift+Tab) until `target` has focus, at most `max` times; every element
 * passed on the way must show its focus.
 */
export async function tabTo(page: Page, target: Locator, { backwards = false, max = 30 } = {}): Promise<void> {
  for (let presses = 0; presses <= max; presses += 1) {
    if (await target.evaluate((el) => el === document.activeElement)) {
      const state = await focusedState(page);
      expect(state.visible, `focus ring on ${state.tag} "${state.label}"`).toBe(true);
      return;
    }
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const state = await focusedState(page);
    expect(state.visible, `focus ring on ${state.tag} "${state.label}"`).toBe(true);
  }
  throw new Error(`Tab did not reach ${target.toString()} in ${max} presses`);
}
