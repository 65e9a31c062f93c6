/// <reference lib="dom" />
// Keyboard alone (a till is often used without a mouse): setup, sign-out, sign-in, the nav
// rail, lock and unlock, all with Tab, Shift+Tab, arrows, Space and Enter; no click anywhere.
import { expect, test } from '@playwright/test';

import { expectAccessible } from './axe';
import { tabTo } from './keyboard';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startWebHost();
});

test.afterAll(async () => {
  await host.stop();
});

test('keyboard only: setup, sign out, sign in, navigate, lock, unlock, sign out', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(host.url);
  await expect(page.getByRole('heading', { name: 'Set up this terminal' })).toBeVisible();
  const kb = page.keyboard;

  // Step 1 starts in its first field; Enter in a field moves to the next step.
  await expect(page.getByLabel('Merchant name')).toBeFocused();
  await kb.type('Keyboard Kiosk');
  await tabTo(page, page.getByLabel('Terminal name'));
  await kb.type('Till K');
  await kb.press('Enter');

  // Step 2: focus moves to its first field by itself.
  await expect(page.getByLabel('Owner name')).toBeFocused();
  await kb.type('Kim Owner');
  await tabTo(page, page.getByLabel('Staff code'));
  await kb.type('kim');
  // PIN / password is a radio group: arrows choose, then Tab on to the secret.
  await tabTo(page, page.getByRole('radio', { name: 'Use a PIN' }));
  await kb.press('ArrowRight');
  await expect(page.getByRole('radio', { name: 'Use a password' })).toBeChecked();
  await kb.press('ArrowLeft');
  await expect(page.getByRole('radio', { name: 'Use a PIN' })).toBeChecked();
  await tabTo(page, page.getByLabel('New PIN'));
  await kb.type('135790');
  await tabTo(page, page.getByLabel('Confirm PIN'));
  await kb.type('135790');
  await kb.press('Enter');

  // Review: focus on "Finish setup"; Enter finishes and signs the owner in.
  await expect(page.getByRole('button', { name: 'Finish setup' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();

  // The nav rail: Tab into it, arrows between sections, Enter opens one. Settings is last;
  // above it Staff, then Ledger health.
  const rail = page.getByRole('navigation');
  await tabTo(page, rail.getByRole('button', { name: 'Ledger health' }));
  await kb.press('End');
  await expect(rail.getByRole('button', { name: 'Settings' })).toBeFocused();
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();
  await expect(rail.getByRole('button', { name: 'Settings' })).toHaveAttribute('aria-current', 'page');
  await kb.press('ArrowUp');
  await expect(rail.getByRole('button', { name: 'Staff' })).toBeFocused();
  await kb.press('ArrowUp');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ledger health' })).toBeVisible();

  // Verify now, by keyboard.
  await tabTo(page, page.getByRole('button', { name: 'Verify now' }));
  await kb.press('Enter');
  await expect(page.getByTestId('verify-result')).toContainText('Chain verified');

  // Lock from the top bar (Shift+Tab back up), unlock in the dialog with Enter.
  await tabTo(page, page.getByRole('button', { name: 'Lock' }), { backwards: true });
  await kb.press('Enter');
  await expect(page.getByRole('dialog')).toBeVisible();
  await expect(page.getByLabel('PIN or password')).toBeFocused();
  await expectAccessible(page, 'lock');
  await kb.type('135790');
  await kb.press('Enter');
  await expect(page.getByRole('dialog')).toBeHidden();
  // The picked section is session state, reset by the lock: the till is back on Sell.
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();

  // Sign out; the sign-in screen starts in the staff code; Enter signs in.
  await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
  await kb.press('Enter');
  await expect(page.getByLabel('Staff code')).toBeFocused();
  await kb.type('kim');
  await tabTo(page, page.getByLabel('PIN or password'));
  await kb.type('135790');
  // the show/hide toggle is reachable and works with Space
  await tabTo(page, page.getByRole('button', { name: /show or hide/i }));
  await kb.press('Space');
  await expect(page.getByLabel('PIN or password')).toHaveAttribute('type', 'text');
  await tabTo(page, page.getByLabel('PIN or password'), { backwards: true });
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();
  await expectAccessible(page, 'frame after keyboard sign-in');

  await tabTo(page, page.getByRole('button', { name: 'Sign out' }));
  await kb.press('Enter');
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
});

test('keyboard only: edit and save a setting, switch the language', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto(await host.newLaunchUrl());
  const kb = page.keyboard;
  await expect(page.getByLabel('Staff code')).toBeFocused();
  await kb.type('kim');
  await tabTo(page, page.getByLabel('PIN or password'));
  await kb.type('135790');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Sell', level: 1 })).toBeVisible();

  const rail = page.getByRole('navigation');
  await tabTo(page, rail.getByRole('button', { name: 'Ledger health' }));
  await kb.press('End');
  await kb.press('Enter');
  await expect(page.getByRole('heading', { name: 'Settings' })).toBeVisible();

  // A text field: select what is there, type over it, Tab to Save, Enter.
  await tabTo(page, page.getByLabel('Terminal name'));
  await kb.press('ControlOrMeta+A');
  await kb.type('Till Keys');
  await tabTo(page, page.getByRole('button', { name: 'Save settings' }));
  await kb.press('Enter');
  await expect(page.getByText(/Settings saved at/)).toBeVisible();
  await expect(page.getByLabel('Terminal name')).toHaveValue('Till Keys');

  // The language switch in the top bar (a native select; 简体中文 is listed before English): the
  // arrow moves the choice.
  const language = page.getByRole('combobox', { name: 'Language', exact: true });
  await tabTo(page, language, { backwards: true, max: 60 });
  await kb.press('ArrowUp');
  await expect(page.getByTestId('language-switch')).toHaveValue('zh-CN');
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();
  await expectAccessible(page, 'settings after keyboard language switch');
});
