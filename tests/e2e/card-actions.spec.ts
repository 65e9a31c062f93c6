/// <reference lib="dom" />
// The card and wallet actions that the main flow (cards-flow.spec.ts) does not take, through
// the web host in English: find a card by last 4 + name, refund part of a payment from the
// statement, change the PIN, send from the card to a wallet, freeze and unfreeze it (the confirmation
// states the balance), reveal its number under a second manager's approval, replace it as lost
// (the new number shown once, the balance moved), find both by the wallet's address, and see
// closing refused while money is on the card; edit a customer and send wallet to wallet; then a manager voids a voucher. The
// data is set up through the contract.
import { expect, test, type Page } from '@playwright/test';

import { newId } from '../../shared/domain/ids';
import { catalogue as w } from '../../renderer/src/locales/en';
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

test.use({ actionTimeout: 15_000 });

const c = w.cards;
const label = (text: string) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
const fill = (template: string, vars: Record<string, string>) => template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, k: string) => vars[k] ?? '');

async function call<T>(page: Page, key: string, input: unknown): Promise<T> {
  const result = await callFromPage(page, key, input);
  expect(result.error, key).toBeUndefined();
  return result.value as T;
}

test('card actions: lookup, refund, change PIN, card to wallet, freeze, reveal, replace, close; customer edit and wallet transfer; void a voucher', async ({ page }) => {
  test.setTimeout(180_000);
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  await page.setViewportSize({ width: 1280, height: 1000 });
  await page.goto(host.url);
  await call(page, 'setup.complete', {
    merchantName: 'Noodle Bar', terminalName: 'Till 1', currency: 'CNY', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Olive Owner', staffCode: 'olive', secretKind: 'pin', secret: '246813' },
  });
  await page.reload();
  await page.getByLabel(w.auth.signIn.staffCode).fill('olive');
  await page.getByLabel(w.auth.signIn.secret).fill('246813');
  await page.getByRole('button', { name: w.auth.signIn.submit }).click();
  await expect(page.getByRole('navigation', { name: w.common.nav.label })).toBeVisible();

  // Through the contract: the approving manager, a program, a customer, an active card with 60.00.
  await call(page, 'staff.create', { displayName: 'Mia Manager', staffCode: 'mia', role: 'manager', secretKind: 'pin', secret: '135792' });
  const programId = newId();
  const noLimits = { perTransactionMinor: null, dailySpendMinor: null, dailyCount: null, monthlySpendMinor: null, monthlyCount: null, maxBalanceMinor: null, dailyTopUpMinor: null };
  await call(page, 'cards.createProgram', { programId, name: 'House card', bin: '621234', panLength: 16, expiryMonths: 36, currency: 'CNY', limits: noLimits });
  const customer = await call<{ wallet: { id: string; address: string; addressText: string } }>(page, 'customers.create', { id: newId(), displayName: 'Lin Tao' });
  const issued = await call<{ pan: string; card: { id: string; last4: string } }>(page, 'cards.issue', { cardId: newId(), walletId: customer.wallet.id, programId });
  await call(page, 'cards.activate', { cardId: issued.card.id, pin: '4826' });
  await call(page, 'cards.topUp', { operationId: newId(), cardId: issued.card.id, amountMinor: 6000, tender: { kind: 'cash' } });
  const masked = `•••• ${issued.card.last4}`;
  // a payment of 10.00 to refund from the statement later
  const hold = await call<{ authorizationId: string }>(page, 'cards.authorize', { operationId: newId(), card: { by: 'id', cardId: issued.card.id }, pin: '4826', amountMinor: 1000 });
  await call(page, 'cards.capture', { operationId: newId(), authorizationId: hold.authorizationId });
  const other = await call<{ wallet: { addressText: string } }>(page, 'customers.create', { id: newId(), displayName: 'Wang Wu' });

  // Find it by last 4 + the holder's name.
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: c.nav }).click();
  await page.getByText(c.lookup.last4, { exact: true }).click();
  await page.getByLabel(label(c.lookup.last4Label)).fill(issued.card.last4);
  await page.getByLabel(label(c.lookup.nameLabel)).fill('lin tao');
  await page.getByRole('button', { name: c.lookup.find }).click();
  await expect(page.getByTestId('card-balance')).toContainText('50.00');
  await expectAccessible(page, 'card panel from a lookup');

  // Refund 4.00 of the payment, from its line in the statement.
  await page.getByRole('button', { name: c.statement.open }).click();
  await page.getByTestId('card-statement').getByRole('button', { name: c.refund.open }).click();
  const refund = page.getByRole('dialog', { name: fill(c.refund.title, { card: masked }) });
  await expect(refund.getByTestId('refund-amount-echo')).toContainText('10.00');
  await refund.getByLabel(label(c.refund.amount)).fill('4');
  await expectAccessible(page, 'refund dialog');
  await refund.getByRole('button', { name: c.refund.submit }).click();
  await expect(refund.getByTestId('refund-done')).toContainText('6.00');
  await refund.getByRole('button', { name: c.done }).click();
  await expect(page.getByTestId('card-balance')).toContainText('54.00');

  // The holder changes the PIN (old, then the new one twice).
  await page.getByRole('button', { name: c.actions.changePin }).click();
  const change = page.getByRole('dialog', { name: fill(c.changePin.title, { card: masked }) });
  await change.getByLabel(label(c.changePin.old)).fill('4826');
  await change.getByRole('button', { name: c.pin.next }).click();
  await change.getByLabel(label(c.pin.new)).fill('1357');
  await change.getByRole('button', { name: c.pin.next }).click();
  await change.getByLabel(label(c.pin.repeat)).fill('1357');
  await change.getByRole('button', { name: c.pin.set }).click();
  await expect(change.getByTestId('pin-changed')).toBeVisible();
  await change.getByRole('button', { name: c.done }).click();

  // 5.00 from the card to Wang Wu's wallet, with the new PIN.
  await page.getByRole('button', { name: c.actions.toWallet }).click();
  const toWallet = page.getByRole('dialog', { name: fill(c.toWallet.title, { card: masked }) });
  await toWallet.getByLabel(label(c.toWallet.amount)).fill('5');
  await toWallet.getByLabel(label(c.toWallet.to)).fill(other.wallet.addressText);
  await toWallet.getByRole('button', { name: c.toWallet.review }).click();
  await expect(toWallet.getByText('Wang Wu')).toBeVisible();
  await toWallet.getByLabel(label(c.charge.pin)).fill('1357');
  await toWallet.getByRole('button', { name: c.toWallet.submit }).click();
  await expect(toWallet.getByTestId('to-wallet-done')).toContainText('Wang Wu');
  await expectAccessible(page, 'card to wallet done');
  await toWallet.getByRole('button', { name: c.done }).click();
  await expect(page.getByTestId('card-balance')).toContainText('49.00');

  // Freeze: the confirmation says what it means, with the balance.
  await page.getByRole('button', { name: c.actions.freeze, exact: true }).click();
  const freeze = page.getByRole('dialog', { name: fill(c.confirm.freeze.title, { card: masked }) });
  await expect(freeze.getByTestId('confirm-consequence')).toContainText('49.00');
  await expectAccessible(page, 'freeze confirmation');
  await freeze.getByRole('button', { name: c.confirm.freeze.submit }).click();
  await expect(page.getByTestId('card-state')).toHaveText(c.state.frozen);
  await expect(page.getByRole('button', { name: c.actions.charge })).toHaveCount(0);
  await page.getByRole('button', { name: c.actions.unfreeze, exact: true }).click();
  await page.getByRole('dialog').getByRole('button', { name: c.confirm.unfreeze.submit }).click();
  await expect(page.getByTestId('card-state')).toHaveText(c.state.active);

  // Reveal under a second manager's approval, reached by keyboard; the number goes with the dialog.
  const reveal = page.getByRole('button', { name: c.actions.reveal });
  await page.getByRole('button', { name: c.actions.close, exact: true }).focus();
  await tabTo(page, reveal);
  await page.keyboard.press('Enter');
  const approve = page.getByRole('dialog', { name: fill(c.reveal.title, { card: masked }) });
  await approve.getByLabel(label(c.approval.code)).fill('mia');
  await approve.getByLabel(label(c.approval.secret)).fill('000000');
  await approve.getByRole('button', { name: c.reveal.submit }).click();
  await expect(approve.getByText(w.errors.bad_credentials)).toBeVisible();
  await expect(approve.getByLabel(label(c.approval.secret))).toHaveValue('');
  await approve.getByLabel(label(c.approval.secret)).fill('135792');
  await approve.getByRole('button', { name: c.reveal.submit }).click();
  await expect(approve.getByTestId('revealed-pan')).toHaveText(issued.pan.replace(/(.{4})/g, '$1 ').trim());
  await expectAccessible(page, 'revealed number');
  await page.screenshot({ path: 'test-results/screens/70-reveal-en.png' });
  await approve.getByRole('button', { name: c.reveal.hide }).click();
  await expect(page.getByText(issued.pan)).toHaveCount(0);

  // Replace as lost: the new number once, the balance moved, the old card closed.
  await page.getByRole('button', { name: c.actions.replace, exact: true }).click();
  const replace = page.getByRole('dialog', { name: fill(c.confirm.replace.title, { card: masked }) });
  await replace.getByLabel(label(c.confirm.replace.reason)).selectOption('lost');
  await expect(replace.getByTestId('confirm-consequence')).toContainText('49.00');
  await replace.getByRole('button', { name: c.confirm.replace.submit }).click();
  const once = page.getByRole('dialog', { name: c.issue.replacementTitle });
  const newPan = ((await once.getByTestId('issued-pan').textContent()) ?? '').replace(/\s/g, '');
  expect(newPan).toMatch(/^621234[0-9]{10}$/);
  expect(newPan).not.toBe(issued.pan);
  await expectAccessible(page, 'replacement one-time display');
  await once.getByLabel(c.issue.handedOver).check();
  await once.getByRole('button', { name: c.issue.continue }).click();
  await expect(once).toBeHidden();
  await expect(page.getByTestId('card-state')).toHaveText(c.state.closed);
  await expect(page.getByTestId('card-facts')).toContainText(c.closeReason.lost);

  // Both cards under the wallet: its QR read by a 2-D scanner (its 12 symbols in a burst, then
  // Enter), and the address typed; the new card holds the 49.00.
  await expect(page.getByTestId('lookup-results').getByRole('row')).toHaveCount(1);
  await page.getByRole('button', { name: c.lookup.find }).focus();
  await page.evaluate((symbols) => {
    for (const key of [...symbols, 'Enter']) {
      document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
    }
  }, customer.wallet.address);
  await expect(page.getByTestId('lookup-results').getByRole('row')).toHaveCount(2);
  await page.getByText(c.lookup.wallet, { exact: true }).click();
  await page.getByRole('textbox', { name: c.lookup.walletLabel }).fill(customer.wallet.addressText.toLowerCase());
  await page.getByRole('button', { name: c.lookup.find }).click();
  const results = page.getByTestId('lookup-results');
  await expect(results.getByRole('row')).toHaveCount(2);
  await results.getByRole('button', { name: `•••• •••• •••• ${newPan.slice(-4)}` }).click();
  await expect(page.getByTestId('card-state')).toHaveText(c.state.pending_activation);
  await expect(page.getByTestId('card-balance')).toContainText('49.00');
  // a typo in the address is caught by its check symbol before any call
  const typo = (customer.wallet.addressText.startsWith('A') ? 'B' : 'A') + customer.wallet.addressText.slice(1);
  await page.getByRole('textbox', { name: c.lookup.walletLabel }).fill(typo);
  await page.getByRole('button', { name: c.lookup.find }).click();
  await expect(page.getByText(w.errors.invalid_wallet_address)).toBeVisible();
  await expectAccessible(page, 'wallet lookup with a typo');

  // Close refuses a card with money on it, in words; the emptied old card is closed already.
  await page.getByRole('button', { name: c.actions.close, exact: true }).click();
  const close = page.getByRole('dialog', { name: fill(c.confirm.close.title, { card: `•••• ${newPan.slice(-4)}` }) });
  await expect(close.getByTestId('confirm-consequence')).toContainText('49.00');
  await close.getByRole('button', { name: c.confirm.close.submit }).click();
  await expect(close.getByText(w.errors.balance_not_zero)).toBeVisible();
  await expectAccessible(page, 'close refused');
  await close.getByRole('button', { name: c.cancel }).click();

  // Wang Wu's page: edit the details, and send 2.00 of the 5.00 on to Lin Tao's wallet.
  const cu = w.customers;
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: cu.nav }).click();
  await page.getByRole('button', { name: 'Wang Wu' }).click();
  await expect(page.getByRole('heading', { name: 'Wang Wu', level: 1 })).toBeVisible();
  await expect(page.getByTestId('wallet-balance-CNY')).toContainText('5.00');
  await page.getByRole('button', { name: cu.edit.open }).click();
  const edit = page.getByRole('dialog', { name: fill(cu.edit.title, { name: 'Wang Wu' }) });
  await edit.getByLabel(label(cu.fields.note)).fill('Prefers receipts by email');
  await edit.getByLabel(label(cu.fields.phone)).fill('12');
  await edit.getByRole('button', { name: cu.edit.submit }).click();
  await expect(edit.getByText(cu.validation.phone)).toBeVisible();
  await expectAccessible(page, 'edit customer with a field error');
  await edit.getByLabel(label(cu.fields.phone)).fill('+86 139 0000 1111');
  await edit.getByRole('button', { name: cu.edit.submit }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('customer-details')).toContainText('+8613900001111');
  await expect(page.getByTestId('customer-details')).toContainText('Prefers receipts by email');
  await page.getByRole('button', { name: cu.wallet.transfer }).click();
  const transfer = page.getByRole('dialog', { name: cu.transfer.title });
  await transfer.getByLabel(label(cu.transfer.amount)).fill('2');
  await transfer.getByLabel(label(cu.transfer.to)).fill(customer.wallet.addressText);
  await transfer.getByRole('button', { name: cu.transfer.review }).click();
  await expect(transfer.getByTestId('transfer-confirm')).toContainText('Lin Tao');
  await expectAccessible(page, 'wallet transfer confirmation');
  await transfer.getByRole('button', { name: cu.transfer.submit }).click();
  await expect(transfer.getByTestId('transfer-done')).toContainText('2.00');
  await transfer.getByRole('button', { name: cu.done }).click();
  await expect(page.getByTestId('wallet-balance-CNY')).toContainText('3.00');

  // Vouchers: a manager voids an unsold one.
  const batch = await call<{ vouchers: { code: string }[] }>(page, 'vouchers.generateBatch', { batchId: newId(), currency: 'CNY', faceValueMinor: 2000, count: 2 });
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: w.vouchers.nav }).click();
  await page.getByRole('button', { name: w.vouchers.void.open }).click();
  const voidDialog = page.getByRole('dialog', { name: w.vouchers.void.title });
  await voidDialog.getByLabel(label(w.vouchers.fields.code)).fill(batch.vouchers[0]?.code ?? '');
  await voidDialog.getByLabel(label(w.vouchers.void.reason)).selectOption('damaged');
  await expectAccessible(page, 'void voucher dialog');
  await voidDialog.getByRole('button', { name: w.vouchers.void.submit }).click();
  await expect(page.getByTestId('void-done')).toContainText('no. 1');
  await expect(page.getByTestId('voucher-count-voided')).toHaveText('1');
  await expect(page.getByTestId('voucher-count-unsold')).toHaveText('1');
  expect(consoleErrors).toEqual([]);
});
