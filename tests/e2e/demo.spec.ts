/// <reference lib="dom" />
// Issue 9 §7: `npm run serve -- --demo` makes a demo shop in an empty data directory (staff of each
// role, ~200 products, customers with wallets, a week of sales with a Z report a day, dated by the
// seeding's clock); the owner signs in with the code and PIN the banner printed, the status bar
// says DEMO, and the Reports screen shows the week. First-run setup's "Load demo data" makes the
// same shop in a fresh terminal and shows its PINs once. Screenshots in test-results/screens/9demo-*.
import { expect, test } from '@playwright/test';

import { demoStaff } from '../../electron/main/app/demo/demo-staff';
import { DEMO_SEED, seededRandom } from '../../electron/main/app/demo/demo-random';
import { catalogue as en } from '../../renderer/src/locales/en';
import { expectAccessible } from './axe';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  host = await startWebHost({ args: ['--demo'] });
});
test.afterAll(async () => {
  await host.stop();
});

test('a demo shop shows a living till and a week of reports', async ({ page }) => {
  test.setTimeout(180_000);
  // The same seed as serve's, so the same PINs as its banner printed.
  const owner = demoStaff(seededRandom(DEMO_SEED)).find((person) => person.role === 'owner');
  if (owner === undefined) throw new Error('no demo owner');
  await page.goto(host.url);
  await page.getByLabel(en.auth.signIn.staffCode).fill(owner.staffCode);
  await page.getByLabel(en.auth.signIn.secret).fill(owner.secret);
  await page.getByRole('button', { name: en.auth.signIn.submit }).click();
  await expect(page.getByRole('navigation', { name: en.common.nav.label })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('demo-badge')).toHaveText(en.demo.badge);

  await page.getByRole('navigation', { name: en.common.nav.label }).getByRole('button', { name: en.common.nav.reports, exact: true }).click();
  await expect(page.getByRole('heading', { name: en.reports.title, level: 1 })).toBeVisible();
  await expect(page.getByTestId('report-time')).toBeVisible({ timeout: 30_000 });
  await expect(page.getByTestId('report-category-row').first()).toBeVisible();
  expect(await page.getByTestId('report-category-row').count()).toBeGreaterThanOrEqual(5);
  expect(await page.getByTestId('report-staff-row').count()).toBeGreaterThanOrEqual(1);
  await expectAccessible(page, 'reports (demo shop)');
  await page.screenshot({ path: 'test-results/screens/9demo-reports.png' });
  await page.screenshot({ path: 'test-results/screens/9demo-reports-full.png', fullPage: true });
});

test('first-run setup loads demo data and shows the PINs once', async ({ page }) => {
  test.setTimeout(300_000);
  const fresh = await startWebHost();
  try {
    await page.goto(fresh.url);
    await page.getByRole('button', { name: en.setup.demo.open }).click();
    await expect(page.getByRole('heading', { name: en.setup.demo.title, level: 1 })).toBeVisible();
    await expectAccessible(page, 'load demo data (offer)');
    await page.getByRole('button', { name: en.setup.demo.load }).click();
    const staff = page.getByTestId('demo-staff');
    await expect(staff).toBeVisible({ timeout: 240_000 });
    await expect(staff.getByRole('row')).toHaveCount(5);
    await expectAccessible(page, 'load demo data (PINs shown once)');
    await page.screenshot({ path: 'test-results/screens/9demo-setup-pins.png' });

    const cashier = staff.getByRole('row').filter({ hasText: en.common.roles.cashier }).first();
    const code = ((await cashier.getByRole('cell').nth(2).textContent()) ?? '').trim();
    const pin = ((await cashier.getByTestId('demo-pin').textContent()) ?? '').trim();
    expect(pin).toMatch(/^[0-9]{6}$/);
    const toSignIn = page.getByRole('button', { name: en.setup.demo.toSignIn });
    await expect(toSignIn).toBeDisabled();
    await page.getByLabel(en.setup.demo.noted).check();
    await toSignIn.click();

    await page.getByLabel(en.auth.signIn.staffCode).fill(code);
    await page.getByLabel(en.auth.signIn.secret).fill(pin);
    await page.getByRole('button', { name: en.auth.signIn.submit }).click();
    await expect(page.getByRole('navigation', { name: en.common.nav.label })).toBeVisible({ timeout: 30_000 });
    await expect(page.getByTestId('demo-badge')).toHaveText(en.demo.badge);
    // the PINs are not on any screen after this
    await expect(page.getByText(pin, { exact: true })).toHaveCount(0);
  } finally {
    await fresh.stop();
  }
});
