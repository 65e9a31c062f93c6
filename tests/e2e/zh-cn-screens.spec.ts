/// <reference lib="dom" />
// Every screen in Chinese, light and dark: screenshots to look at (test-results/screens/zh-CN-*)
// and the axe gate. The glyphs come from Debian's fonts-noto-cjk (.ci/run installs it); a
// missing CJK font shows as empty boxes, which is what these screenshots are for.
import { expect, test, type Page } from '@playwright/test';

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

/** Screenshot and axe in both schemes (the theme setting is "auto", so the OS scheme rules). */
async function capture(page: Page, name: string): Promise<void> {
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', scheme);
    // the viewport, not fullPage: a full-page capture paints the frame's fixed header mid-page
    await page.screenshot({ path: `test-results/screens/zh-CN-${name}-${scheme}.png` });
    await expectAccessible(page, `${name} (zh-CN)`, [scheme]);
  }
}

test('zh-CN: setup, sign-in, ledger health, settings, lock — light and dark', async ({ page }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(host.url);
  await page.getByTestId('language-switch').first().selectOption('zh-CN');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { name: '设置此终端' })).toBeVisible();
  await capture(page, 'setup');

  const setup = await callFromPage(page, 'setup.complete', {
    merchantName: '街角茶馆', terminalName: '一号收银台', currency: 'CNY', locale: 'zh-CN', taxProfile: 'none',
    owner: { displayName: '王小明', staffCode: 'wang', secretKind: 'pin', secret: '864209' },
  });
  expect(setup.ok).toBe(true);
  await page.reload();
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await capture(page, 'sign-in');

  await page.getByLabel('员工编号').fill('wang');
  await page.getByLabel('PIN 或密码').fill('864209');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page.getByRole('heading', { name: '收银', level: 1 })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: '账本状态' }).click();
  await expect(page.getByRole('heading', { name: '账本状态' })).toBeVisible();
  await page.getByRole('button', { name: '立即校验' }).click();
  await expect(page.getByTestId('verify-result')).toBeVisible();
  await capture(page, 'ledger-health');

  await page.getByRole('navigation').getByRole('button', { name: '设置' }).click();
  await expect(page.getByRole('heading', { name: '设置', level: 1 })).toBeVisible();
  await capture(page, 'settings');

  await page.getByRole('button', { name: '锁屏' }).click();
  await expect(page.getByRole('dialog', { name: '屏幕已锁定' })).toBeVisible();
  await capture(page, 'lock');
});
