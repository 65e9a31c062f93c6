/// <reference lib="dom" />
// The accessibility gate of every screen the e2e suite visits: axe-core (a checker nobody here
// wrote) in the light and the dark colour scheme. Every spec calls `expectAccessible` on each
// screen it shows, so a later screen cannot skip the check.
import axe from 'axe-core';
import type { AxeResults } from 'axe-core';
import { expect, type Page } from '@playwright/test';

export type ColorScheme = 'light' | 'dark';

/** WCAG 2.x A/AA plus axe's best practices (landmarks, one h1, regions). */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Always required, whatever axe rates their impact: every screen has one main landmark. */
const ALWAYS_REQUIRED = new Set(['landmark-one-main', 'region', 'page-has-heading-one']);

export type Finding = { rule: string; impact: string; targets: string[]; summary: string };

/**
 * axe-core run in the page itself, injected once per document. @axe-core/playwright's builder
 * injects its 500 KB source into every frame and opens a blank page to merge the results on each
 * call: 1.4 s a check here against 0.16 s in the page, and the checks were most of the e2e time.
 * Our pages have no iframes, so the in-page run sees all the builder would.
 */
async function runAxe(page: Page): Promise<AxeResults['violations']> {
  const loaded = await page.evaluate(() => 'axe' in window);
  if (!loaded) await page.evaluate(axe.source);
  return page.evaluate(async (tags) => {
    const inPage = (window as unknown as { axe: typeof axe }).axe;
    const results = await inPage.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return results.violations;
  }, TAGS);
}

/** The violations that fail the gate: serious or critical, and the landmark rules. */
export async function findViolations(page: Page): Promise<Finding[]> {
  const violations = await runAxe(page);
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS_REQUIRED.has(v.id))
    .flatMap((v) =>
      v.nodes.map((node) => ({
        rule: v.id,
        impact: v.impact ?? 'unknown',
        targets: node.target.map(String),
        summary: node.failureSummary?.split('\n').slice(0, 3).join(' ') ?? v.help,
      })),
    );
}

/**
 * Runs axe on what is on screen now, in the light and the dark scheme (the app follows the OS
 * scheme while its theme setting is "auto", the default), and expects no finding. Leaves the
 * page in the scheme it found.
 */
export async function expectAccessible(page: Page, screen: string, schemes: readonly ColorScheme[] = ['light', 'dark']): Promise<void> {
  const app = await page.evaluate(() => document.documentElement.dataset['mantineColorScheme']);
  const before = app ?? 'light';
  for (const scheme of schemes) {
    await page.emulateMedia({ colorScheme: scheme });
    // The app follows the scheme through Mantine; a plain page of the host (a refusal) through CSS.
    if (app !== undefined) await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    // Let transitions settle so axe measures final colours: a scheme switch, a dialog fading out or
    // a button's hover fade half-way through reads as a contrast fault on a loaded machine. Endless
    // animations (a spinner) never settle and are left alone.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    await page.waitForFunction(() => document.getAnimations().every((a) =>
      a.playState !== 'running' || a.effect?.getComputedTiming().iterations === Infinity));
    const findings = await findViolations(page);
    expect(findings, `axe on "${screen}" (${scheme})`).toEqual([]);
  }
  await page.emulateMedia({ colorScheme: before === 'dark' ? 'dark' : 'light' });
}
