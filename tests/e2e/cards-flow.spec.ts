/// <reference lib="dom" />
// Issue 8 §6 through the web host, once in English and once in Chinese, with the words taken from
// the catalogues themselves: add a cashier and a manager on the Staff screen → a card program →
// create a customer → issue a card (the one-time display, looked at) → activate it with a PIN →
// top up cash → pay with the card → three wrong PINs → "PIN blocked" → a second manager unblocks
// it → an FX rate, a wallet top-up and a conversion → the wallet's statement and its CSV → generate
// vouchers → sell and redeem one → redeeming it again is refused. axe in light and dark on every
// screen and dialog on the way; screenshots in test-results/screens/5x-*.
import { readFileSync } from 'node:fs';

import { expect, test, type Locator, type Page } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { catalogue as zh } from '../../renderer/src/locales/zh-CN';
import { expectAccessible } from './axe';
import { tabTo } from './keyboard';
import { callFromPage } from './page-api';
import { startWebHost } from './web-host';

type Lang = 'en' | 'zh-CN';
type Words = typeof en;

const OWNER = { code: 'olive', secret: '246813' };
const MANAGER = { code: 'mia', secret: '135792' };
const CARD_PIN = '4826';

/** A field's label exactly, with or without the asterisk Mantine adds to a required one. */
function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
}

/** {{name}} filled in, as i18next does (the app never concatenates sentences). */
function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(vars[key] ?? ''));
}

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** The same screen in the dark scheme too (the app follows the OS while its theme is "auto"). */
async function shotDark(page: Page, name: string): Promise<void> {
  await shot(page, name);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await page.screenshot({ path: `test-results/screens/${name}-dark.png` });
  await page.emulateMedia({ colorScheme: 'light' });
}

async function signIn(page: Page, w: Words, code: string, secret: string): Promise<void> {
  await page.getByLabel(w.auth.signIn.staffCode).fill(code);
  await page.getByLabel(w.auth.signIn.secret).fill(secret);
  await page.getByRole('button', { name: w.auth.signIn.submit }).click();
  await expect(page.getByRole('navigation', { name: w.common.nav.label })).toBeVisible();
}

async function openSection(page: Page, w: Words, label: string, heading = label): Promise<void> {
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

async function addStaff(page: Page, w: Words, name: string, code: string, pin: string, manager: boolean): Promise<void> {
  await page.getByRole('button', { name: w.staffAdmin.add }).click();
  const dialog = page.getByRole('dialog', { name: w.staffAdmin.addDialog.title });
  await dialog.getByLabel(label(w.staffAdmin.fields.name)).fill(name);
  await dialog.getByLabel(label(w.staffAdmin.fields.staffCode)).fill(code);
  if (manager) await dialog.getByText(w.staffAdmin.roles.manager, { exact: true }).click();
  await dialog.getByLabel(label(w.staffAdmin.fields.pin)).fill(pin);
  await dialog.getByLabel(label(w.staffAdmin.fields.pinConfirm)).fill(pin);
  await dialog.getByRole('button', { name: w.staffAdmin.addDialog.submit }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId(`staff-row-${code}`)).toBeVisible();
}

/** Types the PIN on the on-screen keypad (the touch path), then sends it. */
async function keypadPin(pad: Locator, pin: string, submit: string): Promise<void> {
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: submit }).click();
}

async function runFlow(page: Page, lang: Lang): Promise<void> {
  const w: Words = lang === 'en' ? en : (zh as unknown as Words);
  const c = w.cards;
  const n = lang === 'en' ? '5' : '6'; // screenshot prefix per language
  const host = await startWebHost();
  try {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.goto(host.url);
    const setup = await callFromPage(page, 'setup.complete', {
      merchantName: lang === 'en' ? 'Noodle Bar' : '街角茶馆', terminalName: lang === 'en' ? 'Till 1' : '一号收银台', currency: 'CNY', locale: lang,
      taxProfile: 'none', owner: { displayName: lang === 'en' ? 'Olive Owner' : '王小明', staffCode: OWNER.code, secretKind: 'pin', secret: OWNER.secret },
    });
    expect(setup.ok).toBe(true);
    await page.reload();
    await signIn(page, w, OWNER.code, OWNER.secret);

    // Staff: a cashier and the second manager who approves.
    await openSection(page, w, w.staffAdmin.nav);
    await addStaff(page, w, lang === 'en' ? 'Cao Cashier' : '曹收银', 'cao', '4826', false);
    await addStaff(page, w, lang === 'en' ? 'Mia Manager' : '米经理', MANAGER.code, MANAGER.secret, true);

    // Cards & wallets: a card program.
    await openSection(page, w, c.nav, c.title);
    await expectAccessible(page, `cards screen (${lang})`);
    await page.getByRole('button', { name: c.programs.add }).click();
    const program = page.getByRole('dialog', { name: c.programs.addTitle });
    await program.getByLabel(label(c.programs.name)).fill(lang === 'en' ? 'House card' : '本店储值卡');
    await program.getByLabel(label(c.programs.bin)).fill('62123456');
    await program.getByLabel(label(c.programs.maxBalance)).fill('5000');
    await expectAccessible(page, `new card program dialog (${lang})`);
    await program.getByRole('button', { name: c.programs.submit }).click();
    await expect(program).toBeHidden();
    await expect(page.getByTestId('programs-table')).toContainText('62123456');
    await shot(page, `${n}a-cards-screen-${lang}`);

    // Customers: a new customer; the page opens on them.
    const cu = w.customers;
    const holder = lang === 'en' ? 'Chen Mei' : '陈美';
    await openSection(page, w, cu.nav, cu.title);
    await expectAccessible(page, `customers screen (${lang})`);
    await shot(page, `${n}b-customers-empty-${lang}`);
    await page.getByRole('button', { name: cu.create.open }).click();
    const create = page.getByRole('dialog', { name: cu.create.title });
    await create.getByLabel(label(cu.fields.name)).fill(holder);
    await create.getByLabel(label(cu.fields.phone)).fill('+86 138-0013-8000');
    await create.getByLabel(label(cu.fields.email)).fill('chen.mei@example.com');
    await expectAccessible(page, `new customer dialog (${lang})`);
    await create.getByRole('button', { name: cu.create.submit }).click();
    await expect(create).toBeHidden();
    await expect(page.getByRole('heading', { name: holder, level: 1 })).toBeVisible();
    await expect(page.getByTestId('wallet-qr')).toBeVisible();
    const address = (await page.getByTestId('wallet-address').textContent())?.trim() ?? '';
    // Crockford base32 and a mod-37 check symbol (which may be one of * ~ $ = U)
    expect(address).toMatch(/^[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{3}[0-9A-Z*~$=]$/);
    await expectAccessible(page, `customer page (${lang})`);
    await shotDark(page, `${n}0-customer-${lang}`);

    // Issue a card: the one-time display, then the PIN on the keypad.
    await page.getByRole('button', { name: c.actions.issue, exact: true }).click();
    const issue = page.getByRole('dialog', { name: c.issue.title });
    await issue.getByRole('button', { name: c.issue.submit }).click();
    await expect(issue.getByTestId('issued-pan')).toBeVisible();
    const pan = ((await issue.getByTestId('issued-pan').textContent()) ?? '').replace(/\s/g, '');
    expect(pan).toMatch(/^62123456[0-9]{8}$/);
    await expect(issue.getByTestId('issued-cvv')).toHaveText(/^[0-9]{3}$/);
    await expectAccessible(page, `one-time card display (${lang})`);
    await shotDark(page, `${n}1-issued-once-${lang}`);
    // on paper only the sheet shows (print CSS), dark on light whatever the screen's scheme
    await page.emulateMedia({ media: 'print' });
    await expect(issue.getByRole('button', { name: c.issue.print })).toBeHidden();
    await shot(page, `${n}1-issued-once-print-${lang}`);
    await page.emulateMedia({ media: 'screen' });
    // no way out but "handed over": no close button, Escape does nothing
    await expect(issue.getByRole('button', { name: c.close })).toHaveCount(0);
    await page.keyboard.press('Escape');
    await expect(issue.getByTestId('issued-pan')).toBeVisible();
    await issue.getByLabel(c.issue.handedOver).check();
    await issue.getByRole('button', { name: c.issue.continue }).click();
    await expect(issue.getByTestId('issued-pan')).toHaveCount(0);
    await expect(page.getByText(pan)).toHaveCount(0);
    const setPin = issue.getByTestId('set-pin');
    await expectAccessible(page, `activation PIN pad (${lang})`);
    await keypadPin(setPin, CARD_PIN, c.pin.next);
    await issue.getByLabel(label(c.pin.repeat)).fill(CARD_PIN);
    await issue.getByRole('button', { name: c.pin.set }).click();
    await expect(issue.getByTestId('card-activated')).toBeVisible();
    await issue.getByRole('button', { name: c.done }).click();
    await expect(issue).toBeHidden();
    const last4 = pan.slice(-4);
    await expect(page.getByTestId('card-state')).toHaveText(c.state.active);
    await expect(page.getByTestId(`card-row-${last4}`)).toContainText(`•••• ${last4}`);

    // Top up cash: amount on the keypad, confirmation, receipt.
    await page.getByRole('button', { name: c.actions.topUp, exact: true }).click();
    const topUp = page.getByRole('dialog').filter({ has: page.getByTestId('topup-amount') });
    for (const key of ['1', '0', '0']) await topUp.getByRole('button', { name: key, exact: true }).click();
    await expect(topUp.getByTestId('topup-amount-echo')).toContainText('100.00');
    await expectAccessible(page, `top-up dialog (${lang})`);
    await topUp.getByRole('button', { name: c.topUp.review }).click();
    await expect(page.getByTestId('topup-confirm')).toContainText(c.tender.cash);
    await expectAccessible(page, `top-up confirmation (${lang})`);
    await page.getByRole('dialog').getByRole('button', { name: /100\.00/ }).click();
    await expect(page.getByTestId('topup-receipt')).toContainText('100.00');
    await expectAccessible(page, `top-up receipt (${lang})`);
    await shot(page, `${n}2-topup-receipt-${lang}`);
    await page.getByTestId('topup-receipt').getByRole('button', { name: c.done }).click();
    await expect(page.getByTestId('card-balance')).toContainText('100.00');

    // Pay with the card: 12.50 and the right PIN.
    const charge = async (amount: string, pin: string): Promise<Locator> => {
      await page.getByRole('button', { name: c.actions.charge }).click();
      const dialog = page.getByRole('dialog').filter({ has: page.getByTestId('charge-amount') });
      await dialog.getByLabel(label(c.charge.amount)).fill(amount);
      await dialog.getByRole('button', { name: c.charge.toPin }).click();
      const payDialog = page.getByRole('dialog').filter({ has: page.getByTestId('charge-due') });
      await payDialog.getByLabel(label(c.charge.pin)).fill(pin);
      await payDialog.getByLabel(label(c.charge.pin)).press('Enter');
      return payDialog;
    };
    let pay = await charge('12.5', CARD_PIN);
    await expect(page.getByTestId('charge-approved')).toContainText('12.50');
    await expectAccessible(page, `payment approved (${lang})`);
    await page.getByTestId('charge-approved').locator('..').getByRole('button', { name: c.done }).click();
    await expect(page.getByTestId('card-balance')).toContainText('87.50');

    // Three wrong PINs: tries left 2, 1, then blocked.
    pay = await charge('5', '1111');
    await expect(pay.getByTestId('pin-tries-left')).toHaveText(fill(c.pin.triesLeft, { count: 2 }));
    await expect(pay.getByTestId('charge-pin-field')).toHaveValue('');
    await pay.getByLabel(label(c.charge.pin)).fill('2222');
    await pay.getByLabel(label(c.charge.pin)).press('Enter');
    await expect(pay.getByTestId('pin-tries-left')).toHaveText(fill(c.pin.triesLeft, { count: 1 }));
    await pay.getByLabel(label(c.charge.pin)).fill('3333');
    await pay.getByLabel(label(c.charge.pin)).press('Enter');
    await expect(pay.getByText(w.errors.pin_blocked)).toBeVisible();
    await expectAccessible(page, `PIN blocked (${lang})`);
    await shot(page, `${n}3-pin-blocked-${lang}`);
    await pay.getByRole('button', { name: c.done }).click();
    await expect(page.getByTestId('card-pin-blocked')).toBeVisible();

    // A second manager unblocks it; reached with the keyboard.
    const unblock = page.getByRole('button', { name: c.actions.unblock });
    await page.getByRole('button', { name: c.actions.close, exact: true }).focus();
    await tabTo(page, unblock);
    await page.keyboard.press('Enter');
    const approve = page.getByRole('dialog', { name: fill(c.unblock.title, { card: `•••• ${last4}` }) });
    await expect(approve.getByTestId('approval-what')).toContainText(`•••• ${last4}`);
    await approve.getByLabel(label(c.approval.code)).fill(MANAGER.code);
    await approve.getByLabel(label(c.approval.secret)).fill(MANAGER.secret);
    await expectAccessible(page, `manager approval (${lang})`);
    await approve.getByRole('button', { name: c.unblock.submit }).click();
    await expect(approve).toBeHidden();
    await expect(page.getByTestId('card-pin-blocked')).toHaveCount(0);
    pay = await charge('5', CARD_PIN);
    await expect(page.getByTestId('charge-approved')).toContainText('5.00');
    await page.getByTestId('charge-approved').locator('..').getByRole('button', { name: c.done }).click();
    await expect(page.getByTestId('card-balance')).toContainText('82.50');

    // The statement shows every movement (the refused PINs booked none), and its CSV says the same.
    await page.getByRole('button', { name: c.statement.open }).click();
    const statement = page.getByTestId('card-statement');
    const lines = statement.getByTestId('statement-line');
    await expect(lines.first()).toBeVisible();
    const what = (words: string) => lines.filter({ has: page.getByRole('cell', { name: words, exact: true }) });
    await expect(what(c.statement.code.topUp)).toContainText('100.00');
    await expect(what(c.statement.code.payment)).toHaveCount(2);
    await expect(what(c.statement.code.hold)).toHaveCount(2);
    const shown = await lines.count();
    await expectAccessible(page, `card statement (${lang})`);
    await statement.getByTestId('statement-table').scrollIntoViewIfNeeded();
    await shot(page, `${n}8-statement-${lang}`);
    const statementFile = page.waitForEvent('download');
    await statement.getByRole('button', { name: c.statement.export }).click();
    const exported = readFileSync(await (await statementFile).path(), 'utf8').split('\r\n').filter((row) => row !== '');
    expect(exported[0]).toBe('\uFEFFtime_utc,operation_id,kind,direction,amount,currency,counterparty,pending_id');
    expect(exported).toHaveLength(shown + 1);
    expect(exported.some((row) => row.includes(',single,in,100.00,CNY,cash_drawer,'))).toBe(true);
    expect(exported.filter((row) => row.includes(',out,-12.50,CNY,'))).toHaveLength(2);
    expect(exported.join('\n')).not.toContain(pan);
    await expect(statement.getByTestId('statement-export')).toContainText(String(shown));

    // The card is found again by scanning it: a keyboard-wedge burst of track 2 data.
    await openSection(page, w, c.nav, c.title);
    // A reader types the whole track in a few ms; Playwright's key-by-key round trips can be slower
    // than a person on a busy machine, so the burst is sent from inside the page in one go.
    await page.evaluate((track) => {
      for (const key of [...track, 'Enter']) {
        document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
      }
    }, `;${pan}=2912101?`);
    await expect(page.getByTestId('card-facts')).toContainText(`•••• ${last4}`);
    await expect(page.getByTestId('card-balance')).toContainText('82.50');

    // FX: a manager's rate, then a wallet top-up and a conversion with every figure on the receipt.
    const fx = w.fx;
    await openSection(page, w, fx.nav, fx.title);
    await page.getByRole('button', { name: fx.set.open }).click();
    const rate = page.getByRole('dialog', { name: fx.set.title });
    await rate.getByLabel(label(fill(fx.set.rate, { base: 'CNY', quote: 'EUR' }))).fill('0.1285');
    await rate.getByLabel(label(fx.set.source)).fill(lang === 'en' ? 'Bank board rate' : '中国银行牌价');
    await rate.getByLabel(label(fx.set.fee)).fill('150');
    await expectAccessible(page, `set rate dialog (${lang})`);
    await rate.getByRole('button', { name: fx.set.submit }).click();
    await expect(rate).toBeHidden();
    await expect(page.getByTestId('fx-row-CNY-EUR')).toContainText('0.1285');
    await expectAccessible(page, `FX screen (${lang})`);
    await shot(page, `${n}4-fx-${lang}`);

    // the customer's page is still open in this session's Customers section; back to the list,
    // a search by phone (typed with spaces), and the customer opened again with the keyboard
    await openSection(page, w, cu.nav, holder);
    await page.getByRole('button', { name: cu.page.back }).click();
    await page.getByRole('searchbox', { name: cu.search.label }).fill('138 0013');
    const row = page.getByRole('button', { name: holder, exact: true });
    await expect(page.getByTestId('customer-table').getByRole('row')).toHaveCount(2);
    await expectAccessible(page, `customer search (${lang})`);
    await shot(page, `${n}c-customer-search-${lang}`);
    await tabTo(page, row);
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: holder, level: 1 })).toBeVisible();
    await page.getByRole('button', { name: cu.wallet.topUp }).click();
    const walletTopUp = page.getByRole('dialog').filter({ has: page.getByTestId('topup-amount') });
    await walletTopUp.getByLabel(label(c.topUp.amount)).fill('200');
    await walletTopUp.getByRole('button', { name: c.topUp.review }).click();
    await page.getByRole('dialog').getByRole('button', { name: /200\.00/ }).click();
    await page.getByTestId('topup-receipt').getByRole('button', { name: c.done }).click();
    await expect(page.getByTestId('wallet-balance-CNY')).toContainText('200.00');

    await page.getByRole('button', { name: cu.wallet.convert }).click();
    const conv = page.getByRole('dialog', { name: fx.convert.title });
    await expect(conv.getByTestId('convert-rate')).toContainText('0.1285');
    await conv.getByLabel(label(fx.convert.amount)).fill('100');
    await expectAccessible(page, `convert dialog (${lang})`);
    await conv.getByRole('button', { name: fx.convert.review }).click();
    await conv.getByRole('button', { name: fx.convert.confirm }).click();
    await expect(conv.getByTestId('convert-debited')).toContainText('100.00');
    await expect(conv.getByTestId('convert-fee')).toContainText('1.50');
    await expect(conv.getByTestId('convert-credited')).toContainText('12.66');
    await expectAccessible(page, `conversion receipt (${lang})`);
    await shot(page, `${n}5-convert-receipt-${lang}`);
    await conv.getByRole('button', { name: fx.done }).click();
    await expect(page.getByTestId('wallet-balance-CNY')).toContainText('100.00');
    await expect(page.getByTestId('wallet-balance-EUR')).toContainText('12.66');
    // the wallet's history in CNY: the top-up, the conversion out and its fee
    const history = page.getByTestId('wallet-statement').getByTestId('statement-line');
    const walletLine = (words: string) => history.filter({ has: page.getByRole('cell', { name: words, exact: true }) });
    await expect(walletLine(c.statement.code.topUp)).toContainText('200.00');
    await expect(walletLine(c.statement.code.convertOut)).toContainText('98.50');
    await expect(walletLine(c.statement.code.convertFee)).toContainText('1.50');
    await page.getByTestId('wallet-statement').scrollIntoViewIfNeeded();
    await expectAccessible(page, `wallet history (${lang})`);
    await shot(page, `${n}9-wallet-history-${lang}`);

    // Vouchers: generate, sell one, redeem it into the wallet, and once more (refused).
    const v = w.vouchers;
    await openSection(page, w, v.nav, v.title);
    await expectAccessible(page, `vouchers screen (${lang})`);
    await page.getByRole('button', { name: v.generate.open }).click();
    const gen = page.getByRole('dialog', { name: v.generate.title });
    await gen.getByLabel(label(v.generate.count)).fill('3');
    await gen.getByLabel(label(v.generate.face)).fill('50');
    await expectAccessible(page, `generate vouchers dialog (${lang})`);
    await gen.getByRole('button', { name: v.generate.submit }).click();
    await expect(gen.getByTestId('voucher-code')).toHaveCount(3);
    const code = ((await gen.getByTestId('voucher-code').first().textContent()) ?? '').trim();
    expect(code).toMatch(/^[0-9A-Z]{4}(-[0-9A-Z]{4}){2}-[0-9A-Z]{3}[0-9A-Z*~$=]$/);
    const download = page.waitForEvent('download');
    await gen.getByRole('button', { name: v.generate.csv }).click();
    const csv = readFileSync(await (await download).path(), 'utf8');
    expect(csv.split('\r\n')[0]).toBe('\uFEFFserial,code,face_value,currency,expires_utc,batch_id');
    expect(csv).toContain(`,${code},50.00,CNY,`);
    await expectAccessible(page, `one-time voucher codes (${lang})`);
    await shot(page, `${n}6-voucher-codes-${lang}`);
    await gen.getByLabel(v.generate.kept).check();
    await gen.getByRole('button', { name: v.done }).click();
    await expect(gen).toBeHidden();
    await expect(page.getByTestId('voucher-count-unsold')).toHaveText('3');

    await page.getByTestId('sell-code').fill(code);
    await page.getByRole('button', { name: v.sell.submit }).click();
    await expect(page.getByTestId('sell-done')).toContainText('50.00');
    await page.getByTestId('redeem-code').fill(code);
    await page.getByTestId('redeem-wallet').fill(address);
    await page.getByRole('button', { name: v.redeem.submit }).click();
    await expect(page.getByTestId('redeem-done')).toContainText('50.00');
    await page.getByRole('button', { name: v.redeem.submit }).click();
    await expect(page.getByText(w.errors.voucher_already_redeemed)).toBeVisible();
    await expect(page.getByTestId('voucher-count-redeemed')).toHaveText('1');
    await expectAccessible(page, `voucher redeemed twice (${lang})`);
    await shotDark(page, `${n}7-vouchers-${lang}`);

    expect(consoleErrors).toEqual([]);
  } finally {
    await host.stop();
  }
}

// a missing label fails in seconds, not at the test's timeout
test.use({ actionTimeout: 15_000 });

test('issue 8 flow in English: staff, customer, card, PIN block and unblock, FX, vouchers', async ({ page }) => {
  test.setTimeout(600_000); // many axe passes (light and dark) on a shared 2-core machine
  await runFlow(page, 'en');
});

test('issue 8 flow in Chinese', async ({ page }) => {
  test.setTimeout(600_000); // many axe passes (light and dark) on a shared 2-core machine
  await runFlow(page, 'zh-CN');
});
