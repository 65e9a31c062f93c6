// The accessibility gate itself (tests/e2e/axe.ts): axe-core injected into the page finds what it
// must, so an empty finding list on a screen means the screen passed, not that nothing ran.
import { expect, test } from '@playwright/test';

import { expectAccessible, findViolations } from './axe';

const PAGE = '<!doctype html><html lang="en"><head><title>gate</title></head><body><main><h1>Gate</h1><p>plain text</p></main></body></html>';

test('the gate passes a clean page and names planted contrast and alt-text faults', async ({ page }) => {
  await page.setContent(PAGE);
  await expectAccessible(page, 'clean page');
  await page.evaluate(() => {
    const faint = document.createElement('p');
    faint.textContent = 'faint';
    faint.style.color = '#eeeeee';
    document.querySelector('main')?.append(faint);
    document.querySelector('main')?.append(document.createElement('img'));
  });
  expect((await findViolations(page)).map((f) => f.rule).sort()).toEqual(['color-contrast', 'image-alt']);
  // a navigation drops the injected checker; the next check injects it again
  await page.setContent(PAGE.replace('plain text', '<img src="x.png">'));
  expect((await findViolations(page)).map((f) => f.rule)).toEqual(['image-alt']);
});
