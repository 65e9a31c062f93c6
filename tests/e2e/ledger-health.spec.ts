/// <reference lib="dom" />
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { callFromPage } from './page-api';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startWebHost();
});

test.afterAll(async () => {
  await host.stop();
});

test('ledger health: verify now, in both languages and both colour schemes', async ({ page }) => {
  test.setTimeout(120_000);
  const violations: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') violations.push(message.text());
  });
  await page.goto(host.url);
  const setup = await callFromPage(page, 'setup.complete', {
    merchantName: 'Tea House', terminalName: 'Till 2', currency: 'JPY', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Mei Owner', staffCode: 'mei', secretKind: 'password', secret: 'long password 2468' },
  });
  expect(setup.ok).toBe(true);
  await page.reload();
  await page.getByLabel('Staff code').fill('mei');
  await page.getByLabel('PIN or password').fill('long password 2468');
  await page.getByRole('button', { name: 'Sign in' }).click();

  await page.getByRole('button', { name: 'Ledger health' }).click();
  await expect(page.getByRole('heading', { name: 'Ledger health' })).toBeVisible();
  await page.getByRole('button', { name: 'Verify now' }).click();
  await expect(page.getByTestId('verify-result')).toContainText('Chain verified');
  await page.screenshot({ path: 'test-results/screens/10-health-en-light.png' });
  await expectAccessible(page, 'ledger health: verified');

  for (const [locale, theme, heading] of [
    ['en', 'dark', 'Ledger health'],
    ['zh-CN', 'light', '账本状态'],
    ['zh-CN', 'dark', '账本状态'],
  ] as const) {
    expect((await callFromPage(page, 'settings.update', { locale, theme })).ok).toBe(true);
    await page.reload();
    await page.getByRole('button', { name: heading }).click();
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expectAccessible(page, `ledger health (${locale}, theme ${theme})`, [theme]);
    await page.screenshot({ path: `test-results/screens/11-health-${locale}-${theme}.png`, fullPage: true });
  }
  expect(violations).toEqual([]);
});
