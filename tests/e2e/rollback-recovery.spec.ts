/// <reference lib="dom" />
// Issue 7 §1 through the web host: a database copied back over a newer one no longer stops the
// host. The browser shows the recovery screen (what was found, what is lost); a wrong secret and
// a manager are refused; the owner accepts it and the app continues at the sign-in screen.
import { copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { expectAccessible } from './axe';
import { callFromPage } from './page-api';
import { startWebHost, type RunningHost } from './web-host';

const OWNER = { staffCode: 'mei', secret: 'long password 2468' };
const MANAGER = { staffCode: 'mo', secret: '135790' };

let dir: string;
let host: RunningHost | undefined;

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'tillbook-e2e-rollback-'));
});

test.afterAll(async () => {
  await stopHost();
  rmSync(dir, { recursive: true, force: true });
});

async function stopHost(): Promise<void> {
  const running = host;
  host = undefined;
  await running?.stop();
}

async function restart(): Promise<RunningHost> {
  await stopHost();
  host = await startWebHost({ dataDir: dir });
  return host;
}

test('a rolled-back database: the recovery screen, then the owner accepts it and the app signs in', async ({ page }) => {
  test.setTimeout(240_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.text().includes('Failed to load resource')) consoleErrors.push(message.text());
  });

  // Set up, with a manager; stop and keep the database aside.
  let running = await restart();
  await page.goto(running.url);
  expect((await callFromPage(page, 'setup.complete', {
    merchantName: 'Tea House', terminalName: 'Till 2', currency: 'JPY', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Mei Owner', staffCode: OWNER.staffCode, secretKind: 'password', secret: OWNER.secret },
  })).ok).toBe(true);
  expect((await callFromPage(page, 'staff.signIn', OWNER)).ok).toBe(true);
  expect((await callFromPage(page, 'staff.create', {
    displayName: 'Mo Manager', staffCode: MANAGER.staffCode, role: 'manager', secretKind: 'pin', secret: MANAGER.secret,
  })).ok).toBe(true);
  const db = join(dir, 'tillbook.db');
  await stopHost();
  expect(existsSync(`${db}-wal`)).toBe(false);
  copyFileSync(db, join(dir, 'aside.db'));

  // A change the older copy lacks; then the older copy is put back.
  running = await restart();
  await page.goto(running.url);
  expect((await callFromPage(page, 'staff.signIn', OWNER)).ok).toBe(true);
  expect((await callFromPage(page, 'settings.update', { merchantName: 'Tea House Two' })).ok).toBe(true);
  await stopHost();
  copyFileSync(join(dir, 'aside.db'), db);

  // The host starts anyway, in recovery: the screen, and nothing else is answered.
  running = await restart();
  await page.goto(running.url);
  await expect(page.getByRole('heading', { name: 'This till’s database is an older copy' })).toBeVisible();
  await expect(page.getByTestId('rollback-finding')).toContainText('an older copy of the database was put back');
  expect((await callFromPage(page, 'staff.signIn', OWNER)).error?.code).toBe('database_rolled_back');
  await page.screenshot({ path: 'test-results/screens/20-recovery-en-light.png', fullPage: true });
  await expectAccessible(page, 'recovery');

  // Keyboard only: the staff code field has the focus; a wrong secret is refused and the screen stays.
  await expect(page.getByLabel('Owner’s staff code')).toBeFocused();
  await page.keyboard.type(OWNER.staffCode);
  await page.keyboard.press('Tab');
  await page.keyboard.type('wrong password 1357');
  await page.keyboard.press('Enter');
  const refusal = page.getByRole('alert', { name: 'That did not work' });
  await expect(refusal).toContainText(/wrong/i);
  await expectAccessible(page, 'recovery: refused');
  // The manager the lost entries left in place is not enough: an owner must confirm.
  await page.getByLabel('Owner’s staff code').fill(MANAGER.staffCode);
  await page.getByLabel('Owner’s PIN or password').fill(MANAGER.secret);
  await page.getByRole('button', { name: 'Accept this older copy' }).click();
  await expect(page.getByRole('alert', { name: 'An owner must confirm' })).toContainText('Only an owner can accept it');

  // The owner accepts it: the same host, now the full app, at its sign-in screen.
  await page.getByLabel('Owner’s staff code').fill(OWNER.staffCode);
  await page.getByLabel('Owner’s PIN or password').fill(OWNER.secret);
  await page.getByRole('button', { name: 'Accept this older copy' }).click();
  await expect(page.getByRole('heading', { name: 'Sign in' })).toBeVisible();
  await page.reload();
  await page.getByLabel('Staff code').fill(OWNER.staffCode);
  await page.getByLabel('PIN or password').fill(OWNER.secret);
  await page.getByRole('button', { name: 'Sign in' }).click();
  // Signed in once the frame's navigation is there; asking before that is unauthenticated.
  await expect(page.getByRole('navigation', { name: 'Sections' })).toBeVisible();
  expect(await callFromPage(page, 'ledger.verify', {})).toMatchObject({ ok: true, value: { ok: true } });
  expect(consoleErrors).toEqual([]);
});
