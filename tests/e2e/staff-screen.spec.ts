/// <reference lib="dom" />
// The Staff screen through the web host (issue 8 §4): the owner adds a cashier and a manager,
// disables the cashier (their sign-in is refused), enables them again and resets their PIN under
// the manager's approval; the cashier then signs in with the new PIN. Once more in zh-CN.
import { expect, test, type Page } from '@playwright/test';
import { expectAccessible } from './axe';
import { tabTo } from './keyboard';
import { callFromPage } from './page-api';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost;

test.beforeAll(async () => {
  host = await startWebHost();
});

test.afterAll(async () => {
  await host.stop();
});

const OWNER = { code: 'olive', secret: '246813' };

async function signIn(page: Page, code: string, secret: string): Promise<void> {
  await page.getByLabel('Staff code').fill(code);
  await page.getByLabel('PIN or password').fill(secret);
  const answered = page.waitForResponse((response) => response.url().endsWith('/api/staff.signIn'));
  await page.getByRole('button', { name: 'Sign in' }).click();
  await answered;
}

async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
}


async function openStaff(page: Page, label = 'Staff'): Promise<void> {
  await page.getByRole('navigation').getByRole('button', { name: label }).click();
  await expect(page.getByRole('heading', { name: label, level: 1 })).toBeVisible();
  await expect(page.getByTestId('staff-table')).toBeVisible();
}

async function addMember(page: Page, name: string, code: string, pin: string, role?: 'Manager'): Promise<void> {
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByLabel('Staff code').fill(code);
  if (role) await dialog.getByText(role, { exact: true }).click();
  await dialog.getByLabel('New PIN').fill(pin);
  await dialog.getByLabel('Confirm PIN').fill(pin);
  await page.keyboard.press('Enter'); // submits the form from the last field
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`staff-row-${code}`)).toBeVisible();
}

test('staff screen: add, disable, enable, reset under approval; the cashier signs in with the new PIN', async ({ page }) => {
  test.setTimeout(120_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.goto(host.url);
  const setup = await callFromPage(page, 'setup.complete', {
    merchantName: 'Noodle Bar', terminalName: 'Till 1', currency: 'CNY', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Olive Owner', staffCode: OWNER.code, secretKind: 'pin', secret: OWNER.secret },
  });
  expect(setup.ok).toBe(true);
  await page.reload();
  await signIn(page, OWNER.code, OWNER.secret);
  await openStaff(page);
  await expectAccessible(page, 'staff screen');

  // The add dialog, checked while empty and while showing field errors.
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await expect(dialog).toBeVisible();
  await expectAccessible(page, 'add staff dialog');
  await dialog.getByRole('button', { name: 'Add staff member' }).click();
  await expect(dialog.getByText('This field is required.').first()).toBeVisible();
  await expectAccessible(page, 'add staff dialog with errors');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();

  await addMember(page, 'Cao Cashier', 'cao', '4826');
  await addMember(page, 'Mia Manager', 'mia', '135792', 'Manager');
  const cao = page.getByTestId('staff-row-cao');
  await expect(cao).toContainText('Cashier');
  await expect(cao).toContainText('Active');
  await expect(page.getByTestId('staff-row-mia')).toContainText('Manager');

  // Disable by keyboard: Tab to the row's button, Enter.
  const disable = page.getByRole('button', { name: 'Disable Cao Cashier' });
  await page.getByRole('button', { name: 'Refresh list' }).focus();
  await tabTo(page, disable);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('staff-notice')).toContainText('Cao Cashier is disabled');
  await expect(cao).toContainText('Disabled');
  await expectAccessible(page, 'staff screen with a disabled member');

  await signOut(page);
  await signIn(page, 'cao', '4826');
  await expect(page.getByText('The staff code or PIN/password is wrong.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeHidden();

  await signIn(page, OWNER.code, OWNER.secret);
  await openStaff(page);
  await page.getByRole('button', { name: 'Enable Cao Cashier' }).click();
  await expect(cao).toContainText('Active');

  await page.getByRole('button', { name: 'Reset secret: Cao Cashier' }).click();
  const reset = page.getByRole('dialog', { name: 'Reset the PIN or password of Cao Cashier' });
  await expect(reset).toBeVisible();
  await expectAccessible(page, 'reset secret dialog');
  await reset.getByLabel('New PIN').fill('5937');
  await reset.getByLabel('Confirm PIN').fill('5937');
  await reset.getByLabel('Approving manager: staff code').fill('mia');
  await reset.getByLabel('Approving manager: PIN or password').fill('135792');
  await reset.getByRole('button', { name: 'Approve and reset' }).click();
  await expect(reset).toBeHidden();
  await expect(page.getByTestId('staff-notice')).toContainText('The new secret of Cao Cashier is set');

  await signOut(page);
  await signIn(page, 'cao', '5937');
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  // A cashier has no Staff section.
  await expect(page.getByRole('navigation').getByRole('button', { name: 'Staff' })).toHaveCount(0);
  await signOut(page);

  // Once in zh-CN: the screen and the add dialog, looked at in a screenshot.
  await signIn(page, OWNER.code, OWNER.secret);
  expect((await callFromPage(page, 'settings.update', { locale: 'zh-CN' })).ok).toBe(true);
  await page.reload();
  await page.getByRole('navigation').getByRole('button', { name: '员工' }).click();
  await expect(page.getByRole('heading', { name: '员工', level: 1 })).toBeVisible();
  await expect(page.getByTestId('staff-row-cao')).toContainText('收银员');
  await expectAccessible(page, 'staff screen (zh-CN)');
  await page.screenshot({ path: 'test-results/screens/40-staff-zh-CN.png', fullPage: true });
  await page.getByRole('button', { name: '添加员工' }).click();
  const zhDialog = page.getByRole('dialog', { name: '添加员工' });
  await expect(zhDialog).toBeVisible();
  await expectAccessible(page, 'add staff dialog (zh-CN)');
  await page.screenshot({ path: 'test-results/screens/41-staff-add-zh-CN.png' });
  expect(consoleErrors).toEqual([]);
});
