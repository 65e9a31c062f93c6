/// <reference lib="dom" />
// The Sell screen through the web host (issue 9 §9): no shift → the screen says so; a shift
// opened through the API; three items scanned as keyboard bursts while the search field has focus
// (the field keeps its text); an unknown code named; the cart parked, the page reloaded, the cart
// resumed; a split payment — Tillbook card with a wrong PIN first (tries left shown), then cash
// with change; the change due and the receipt on screen. axe in light and dark on every state;
// screenshots in test-results/screens/sell-*, one in Chinese.
import { expect, test, type Page } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { catalogue as zh } from '../../renderer/src/locales/zh-CN';
import { expectAccessible } from './axe';
import { newId } from '../../shared/domain/ids';
import {
  apiOk, cartLine, expectCartLines, expectSaleDone, issueCardViaApi, openSell, openShiftViaApi, payCash, payCard, scanBarcode, seedCatalog, setupShop,
  signInAs, SELL_OWNER, startSplit, stubPrint, type Words,
} from './sell-page';
import { startWebHost } from './web-host';

const CARD_PIN = '4826';

async function shot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png` });
}

/** {{name}} filled in, as i18next does. */
function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(vars[key] ?? ''));
}

test('sell: scan, park across a reload, split card + cash, receipt', async ({ page }) => {
  test.setTimeout(600_000);
  const w: Words = en;
  const host = await startWebHost();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
  try {
    await page.setViewportSize({ width: 1366, height: 960 });
    await setupShop(page, w, 'en', host.url);
    const products = await seedCatalog(page);
    const card = await issueCardViaApi(page, CARD_PIN, 10_000);

    // No shift: the screen says so and offers the Shifts section.
    await openSell(page, w);
    await expect(page.getByTestId('sell-no-shift')).toBeVisible();
    await expect(page.getByRole('button', { name: w.sell.noShift.open })).toBeVisible();
    await expectAccessible(page, 'sell without a shift');
    await shot(page, 'sell-1-no-shift-en');

    await openShiftViaApi(page);
    await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: w.common.nav.shifts, exact: true }).click();
    await openSell(page, w);
    await expect(page.getByTestId('product-tile').first()).toBeVisible();

    // Three scans while the search field has focus: the field keeps exactly what was typed in it.
    const search = page.getByTestId('catalog-search');
    await search.fill('tea');
    await search.focus();
    for (const product of products.slice(0, 3)) await scanBarcode(page, product.barcode);
    await expect(page.getByTestId('cart-line')).toHaveCount(3);
    await expect(search).toHaveValue('tea');
    await expect(search).toBeFocused();
    // the same code again adds one to its line
    await scanBarcode(page, products[0]?.barcode ?? '');
    await expect(cartLine(page, products[0]?.name ?? '').getByTestId('line-quantity')).toHaveText('2');
    await expect(search).toHaveValue('tea');
    await expect(page.getByTestId('cart-total')).toHaveText(/49\.00/);
    // an unknown code is named, and nothing is added
    await scanBarcode(page, '9999999999994');
    await expect(page.getByTestId('sell-notice')).toContainText('9999999999994');
    await expect(page.getByTestId('cart-line')).toHaveCount(3);
    await expectAccessible(page, 'sell with a cart');
    await shot(page, 'sell-2-cart-en');

    // A tile adds too; then one less leaves the line at one.
    await page.getByRole('button', { name: fill(w.sell.cart.less, { name: products[0]?.name ?? '' }) }).click();
    await expect(cartLine(page, products[0]?.name ?? '').getByTestId('line-quantity')).toHaveText('1');
    await expect(page.getByTestId('cart-total')).toHaveText(/37\.00/);

    // Park (F7) under a name; the cart empties; the page reloads; the parked cart is still there.
    await page.keyboard.press('F7');
    const parkDialog = page.getByRole('dialog', { name: w.sell.parked.title });
    await parkDialog.getByLabel(w.sell.parked.label).fill('Table 4');
    await expectAccessible(page, 'park dialog');
    await parkDialog.getByTestId('park-submit').click();
    await expect(parkDialog).toBeHidden();
    await expect(page.getByTestId('cart-empty')).toBeVisible();
    await page.reload();
    if (await page.getByLabel(w.auth.signIn.staffCode).isVisible()) await signInAs(page, w, SELL_OWNER.code, SELL_OWNER.secret);
    await openSell(page, w);
    await page.keyboard.press('F8');
    const parkedList = page.getByRole('dialog', { name: w.sell.parked.title });
    const parked = parkedList.getByTestId('parked-cart').filter({ hasText: 'Table 4' });
    await expect(parked).toBeVisible();
    await expectAccessible(page, 'parked carts');
    await parked.getByRole('button', { name: w.sell.parked.resume }).click();
    await expect(parkedList).toBeHidden();
    await expect(page.getByTestId('cart-line')).toHaveCount(3);
    await expect(page.getByTestId('cart-total')).toHaveText(/37\.00/);

    // Split: 20.00 on the Tillbook card (a wrong PIN first), the rest in cash with change.
    await startSplit(page);
    let dialog = await payCard(page, w, card.pan, '1111', '20.00');
    await expect(dialog.getByTestId('pin-tries-left')).toHaveText(fill(w.sell.card.triesLeft, { count: 2 }));
    await expectAccessible(page, 'card PIN after a wrong PIN');
    const pad = dialog.getByTestId('card-pin');
    for (const digit of CARD_PIN) await pad.getByRole('button', { name: digit, exact: true }).click();
    await pad.getByRole('button', { name: /20\.00/ }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByTestId('taken-tender')).toContainText(`•••• ${card.last4}`);
    await expect(page.getByTestId('remaining-due')).toContainText('17.00');
    await expectAccessible(page, 'split with a card part');
    await shot(page, 'sell-3-split-en');
    await payCash(page, w, '50');
    await expectSaleDone(page);
    await expect(page.getByTestId('change-due')).toContainText('33.00');
    await expect(page.getByTestId('sale-receipt')).toContainText(card.last4);
    await expectAccessible(page, 'sale done with the receipt');
    await shot(page, 'sell-4-receipt-en');

    // Print receipt: one copy on paper, the original first, then a COPY; the copy leaves the page once printed.
    const printed = await stubPrint(page);
    await page.getByTestId('print-receipt').click();
    await expect.poll(async () => (await printed()).length).toBe(1);
    await page.getByTestId('print-receipt').click();
    await expect.poll(async () => (await printed()).length).toBe(2);
    const [first, second] = await printed();
    expect(first).toHaveLength(1);
    expect(first?.[0]).toContain(card.last4);
    expect(first?.[0]).not.toContain(w.receipt.copy);
    expect(second).toHaveLength(1);
    expect(second?.[0]).toContain(w.receipt.copy);
    await expect(page.locator('.tb-print-root')).toHaveCount(0);

    // The next sale starts with the next scan; the change due goes away.
    await scanBarcode(page, products[3]?.barcode ?? '');
    await expect(page.getByTestId('sale-done')).toHaveCount(0);
    await expect(page.getByTestId('cart-line')).toHaveCount(1);

    // The same screen in Chinese (the words from the zh-CN catalogue), looked at.
    await page.getByTestId('language-switch').selectOption('zh-CN');
    await expect(page.getByRole('heading', { name: zh.sell.title, level: 1 })).toBeVisible();
    await scanBarcode(page, products[1]?.barcode ?? '');
    await expect(page.getByTestId('cart-line')).toHaveCount(2);
    await expectAccessible(page, 'sell in Chinese');
    await shot(page, 'sell-5-cart-zh-CN');
    dialog = page.getByRole('dialog');
    await page.keyboard.press('F1');
    await expect(dialog.getByTestId('tender-due')).toBeVisible();
    await shot(page, 'sell-6-cash-zh-CN');
    await page.keyboard.press('Escape');

    // A long cart (parked through the API, then resumed): a scan counts up a line far down the
    // list, and the list scrolls to it; a tender key right after a scan opens on the new total.
    const longCart = {
      cartId: newId(), currency: 'CNY',
      lines: Array.from({ length: 16 }, (_, i) => ({ lineId: newId(), productId: products[i % 4]?.productId ?? '', quantityMilli: 1000 })),
    };
    await apiOk(page, 'sales.park', { cart: longCart, label: 'Long' });
    await page.keyboard.press('F8');
    await page.getByRole('dialog').getByTestId('parked-cart').filter({ hasText: 'Long' }).getByRole('button', { name: zh.sell.parked.resume }).click();
    await expectCartLines(page, 16);
    // the list is windowed: fewer rows than lines in the DOM, each saying where it is in the cart
    expect(await page.getByTestId('cart-line').count()).toBeLessThan(16);
    await expect(page.getByTestId('cart-line').first()).toHaveAttribute('aria-setsize', '16');
    await expect(page.getByTestId('cart-line').first()).toHaveAttribute('aria-posinset', '1');
    // the first product's last plain line is the 13th: a scan of it counts that line up
    const counted = page.locator(`[data-line-id="${longCart.lines[12]?.lineId ?? ''}"]`);
    await expect(counted).not.toBeInViewport();
    await scanBarcode(page, products[0]?.barcode ?? '');
    await expect(counted.getByTestId('line-quantity')).toHaveText('2');
    await expect(counted).toBeInViewport();
    await scanBarcode(page, products[3]?.barcode ?? '');
    await page.keyboard.press('F1');
    await expect(page.getByRole('dialog').getByTestId('tender-due')).toHaveText(/179\.95/);
    await page.keyboard.press('Escape');
    await expect(page.getByRole('dialog')).toBeHidden();

    // New sale (F9) with items in the cart asks first: keep selling keeps the cart, removing
    // starts an empty one.
    await page.keyboard.press('F9');
    const confirm = page.getByRole('dialog', { name: zh.sell.newSale.title });
    await expect(confirm).toContainText(fill(zh.sell.newSale.lines_other, { count: 16 }));
    await expectAccessible(page, 'new sale confirmation');
    await shot(page, 'sell-7-new-sale-zh-CN');
    await confirm.getByTestId('new-sale-keep').click();
    await expect(confirm).toBeHidden();
    await expectCartLines(page, 16);
    await page.keyboard.press('F9');
    await confirm.getByTestId('new-sale-discard').click();
    await expect(page.getByTestId('cart-empty')).toBeVisible();
    // with an empty cart F9 asks nothing
    await page.keyboard.press('F9');
    await expect(page.getByRole('dialog')).toHaveCount(0);

    expect(consoleErrors).toEqual([]);
  } finally {
    await host.stop();
  }
});
