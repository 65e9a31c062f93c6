/// <reference lib="dom" />
// Issue 9 §7: `npm run serve -- --demo` makes a demo shop in an empty data directory (staff of each
// role, ~200 products, customers with wallets, a week of sales with a Z report a day, dated by the
// seeding's clock); the owner signs in with the code and PIN the banner printed, the status bar
// says DEMO, and the Reports screen shows the week. First-run setup's "Load demo data" makes the
// same shop in a fresh terminal and shows its PINs once. The Shifts screen closes the demo's first
// month when it is over (issue 9 §6, NF525). Screenshots in test-results/screens/9demo-*.
import { expect, test } from '@playwright/test';

import { DEMO_DAYS } from '../../electron/main/app/demo/seed-demo';
import { demoStaff } from '../../electron/main/app/demo/demo-staff';
import { DEMO_SEED, seededRandom } from '../../electron/main/app/demo/demo-random';
import { catalogue as en } from '../../renderer/src/locales/en';
import { expectAccessible } from './axe';
import { fill, openSection } from './shifts-page';
import { startWebHost, type RunningHost } from './web-host';

const DAY_MS = 86_400_000;

let host: RunningHost;
test.beforeAll(async () => {
  test.setTimeout(300_000);
  host = await startWebHost({ args: ['--demo'] });
});
test.afterAll(async () => {
  await host.stop();
});

test('a demo shop shows a living till and a week of reports, and closes its first month once it is over', async ({ page }) => {
  test.setTimeout(240_000);
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

  // Shifts: the demo's first month (NF525 monthly closure), closed when it is over, else waiting for its end.
  await openSection(page, en, en.common.nav.shifts, en.shifts.title);
  const card = page.getByTestId('closures');
  await expect(card.getByTestId('closure-next')).toBeVisible({ timeout: 30_000 });
  // The demo's Z 1 closed on its first day (DEMO_DAYS before today, after 09:00 UTC); the host's zone is this process's.
  const now = Date.now();
  const firstZ = Math.floor(now / DAY_MS) * DAY_MS - DEMO_DAYS * DAY_MS + 12 * 3_600_000;
  const monthOf = (ms: number) => new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit' }).format(ms).slice(0, 7);
  const first = monthOf(firstZ);
  const label = new Intl.DateTimeFormat('en', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(Number(first.slice(0, 4)), Number(first.slice(5, 7)) - 1, 15));
  if (first === monthOf(now)) {
    await expect(card.getByTestId('closure-next')).toHaveText(fill(en.shifts.closures.waitPeriod, { period: label }));
    await expect(card.getByTestId('closure-list-empty')).toBeVisible();
  } else {
    await expect(card.getByTestId('closure-next')).toContainText(fill(en.shifts.closures.ready, { period: label }));
    await card.getByRole('button', { name: fill(en.shifts.closures.close, { period: label }) }).click();
    const dialog = page.getByRole('dialog', { name: fill(en.shifts.closures.confirmTitle, { period: label }) });
    await expect(dialog).toContainText(fill(en.shifts.closures.consequence, { period: label }));
    await dialog.getByRole('button', { name: en.shifts.closures.confirm }).click();
    await expect(card.getByTestId('closure-notice')).toHaveText(fill(en.shifts.closures.done, { number: 1, period: label }), { timeout: 60_000 });
    const row = card.getByTestId('closure-row-1');
    await expect(row).toContainText(label);
    await expect(row).toContainText(fill(en.shifts.closures.zRangeValue, { first: 1, last: '' }));
    await expectAccessible(page, 'shifts: monthly closure taken (demo shop)');
  }
  await card.screenshot({ path: 'test-results/screens/9demo-closures.png' });
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
