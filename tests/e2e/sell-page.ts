/// <reference lib="dom" />
// Page helpers of the Sell screen for the e2e specs (sell.spec.ts, the full-day spec): a shop set
// up and signed in, a catalog, an open shift and an issued card through the API, then the
// screen driven the way a cashier does — scanner bursts, tender keys, keypads.
import { expect, type CDPSession, type Locator, type Page } from '@playwright/test';

import { newId } from '../../shared/domain/ids';
import type { catalogue as en } from '../../renderer/src/locales/en';
import { callFromPage } from './page-api';

export type Words = typeof en;

/** Calls the contract from the page and expects success; returns the value. */
export async function apiOk<T>(page: Page, key: string, input: unknown): Promise<T> {
  const result = await callFromPage(page, key, input);
  expect(result.error, `${key}: ${JSON.stringify(result.error)}`).toBeUndefined();
  expect(result.ok).toBe(true);
  return result.value as T;
}

export const SELL_OWNER = { code: 'olive', secret: '246813' } as const;

/** First run through the API (CNY, so the China VAT profile), then the owner signs in. */
export async function setupShop(page: Page, w: Words, lang: 'en' | 'zh-CN', url: string): Promise<void> {
  await page.goto(url);
  await apiOk(page, 'setup.complete', {
    merchantName: lang === 'en' ? 'Corner Tea Shop' : '街角茶铺', terminalName: lang === 'en' ? 'Till 1' : '一号收银台', currency: 'CNY', locale: lang,
    taxProfile: 'none', owner: { displayName: lang === 'en' ? 'Olive Owner' : '王小明', staffCode: SELL_OWNER.code, secretKind: 'pin', secret: SELL_OWNER.secret },
  });
  await page.reload();
  await signInAs(page, w, SELL_OWNER.code, SELL_OWNER.secret);
}

export async function signInAs(page: Page, w: Words, code: string, secret: string): Promise<void> {
  await page.getByLabel(w.auth.signIn.staffCode).fill(code);
  await page.getByLabel(w.auth.signIn.secret).fill(secret);
  await page.getByRole('button', { name: w.auth.signIn.submit }).click();
  await expect(page.getByRole('navigation', { name: w.common.nav.label })).toBeVisible();
}

export type SeedProduct = { readonly productId: string; readonly name: string; readonly barcode: string; readonly priceMinor: number };

/** A small catalog in two categories: every product has one barcode and a CNY price (tax class standard). */
export async function seedCatalog(page: Page, lang: 'en' | 'zh-CN' = 'en'): Promise<SeedProduct[]> {
  const drinks = newId();
  const snacks = newId();
  await apiOk(page, 'catalog.upsertCategory', { categoryId: drinks, name: lang === 'en' ? 'Drinks' : '饮品' });
  await apiOk(page, 'catalog.upsertCategory', { categoryId: snacks, name: lang === 'en' ? 'Snacks' : '小吃' });
  const rows = [
    { name: lang === 'en' ? 'Green tea' : '绿茶', barcode: '6901234567892', priceMinor: 1200, categoryId: drinks, taxClass: 'standard' },
    { name: lang === 'en' ? 'Oolong tea' : '乌龙茶', barcode: '6901234567908', priceMinor: 1850, categoryId: drinks, taxClass: 'standard' },
    { name: lang === 'en' ? 'Sesame cake' : '芝麻饼', barcode: '6901234567915', priceMinor: 650, categoryId: snacks, taxClass: 'reduced' },
    { name: lang === 'en' ? 'Rice cracker' : '米饼', barcode: '6901234567922', priceMinor: 399, categoryId: snacks, taxClass: 'reduced' },
  ];
  const products: SeedProduct[] = [];
  for (const [i, row] of rows.entries()) {
    const productId = newId();
    await apiOk(page, 'catalog.upsertProduct', {
      productId, sku: `SKU-${i + 1}`, name: row.name, categoryId: row.categoryId, barcodes: [row.barcode], taxClass: row.taxClass,
      unit: 'each', active: true, prices: [{ currency: 'CNY', unitPriceMinor: row.priceMinor }],
    });
    products.push({ productId, name: row.name, barcode: row.barcode, priceMinor: row.priceMinor });
  }
  return products;
}

/** Many products (the bench's 200-line cart): SKU BULK-n, barcode 2000000000000 + n. */
export async function seedBulkProducts(page: Page, count: number): Promise<string[]> {
  const barcodes: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const barcode = String(2_000_000_000_000 + i);
    await apiOk(page, 'catalog.upsertProduct', {
      productId: newId(), sku: `BULK-${i}`, name: `Bulk item ${i}`, categoryId: null, barcodes: [barcode], taxClass: 'standard',
      unit: 'each', active: true, prices: [{ currency: 'CNY', unitPriceMinor: 100 + i }],
    });
    barcodes.push(barcode);
  }
  return barcodes;
}

export async function openShiftViaApi(page: Page, floatMinor = 20_000): Promise<string> {
  const shiftId = newId();
  await apiOk(page, 'shifts.open', { shiftId, floatMinor });
  return shiftId;
}

export type IssuedCard = { readonly pan: string; readonly last4: string; readonly cardId: string };

/** A card program, a customer and an active card with `pin`, topped up with cash. */
export async function issueCardViaApi(page: Page, pin: string, balanceMinor: number): Promise<IssuedCard> {
  const programId = newId();
  await apiOk(page, 'cards.createProgram', {
    programId, name: 'House card', bin: '62123456', panLength: 16, expiryMonths: 36, currency: 'CNY',
    limits: { perTransactionMinor: 500_000, dailySpendMinor: 1_000_000, dailyCount: 50, monthlySpendMinor: 5_000_000, monthlyCount: 500, maxBalanceMinor: 5_000_000, dailyTopUpMinor: 2_000_000 },
  });
  const customer = await apiOk<{ wallet: { id: string } }>(page, 'customers.create', { id: newId(), displayName: 'Chen Mei' });
  const cardId = newId();
  const issued = await apiOk<{ pan: string }>(page, 'cards.issue', { cardId, walletId: customer.wallet.id, programId });
  await apiOk(page, 'cards.activate', { cardId, pin });
  await apiOk(page, 'cards.topUp', { operationId: newId(), cardId, amountMinor: balanceMinor, tender: { kind: 'cash' } });
  return { pan: issued.pan, last4: issued.pan.slice(-4), cardId };
}

/** Opens the Sell section from the nav rail (it is the first section) and waits for the screen. */
export async function openSell(page: Page, w: Words): Promise<void> {
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: w.sell.nav, exact: true }).click();
  await expect(page.getByRole('heading', { name: w.sell.title, level: 1 })).toBeVisible();
}

const sessions = new WeakMap<Page, CDPSession>();

async function cdpOf(page: Page): Promise<CDPSession> {
  let session = sessions.get(page);
  if (session === undefined) {
    session = await page.context().newCDPSession(page);
    sessions.set(page, session);
  }
  return session;
}

function keyFields(char: string): { key: string; code: string; text: string; windowsVirtualKeyCode: number } {
  if (char === '\r') return { key: 'Enter', code: 'Enter', text: '\r', windowsVirtualKeyCode: 13 };
  const upper = char.toUpperCase();
  const code = /[0-9]/.test(char) ? `Digit${char}` : /[A-Z]/.test(upper) ? `Key${upper}` : '';
  return { key: char, code, text: char, windowsVirtualKeyCode: upper.charCodeAt(0) };
}

/**
 * A barcode scanner's burst: the code then Enter as real (trusted) key events into whatever has
 * focus, `gapMs` apart by their event timestamps, as a reader types them. Sent through CDP's
 * Input.dispatchKeyEvent with explicit timestamps: page.keyboard.type(code, { delay: 5 }) sends
 * the same events, but their time is the driver's round trip, measured at p90 73 ms and up to
 * 170 ms between keys on a loaded CI machine — slower than a person, so no test of a burst.
 */
export async function scanBarcode(page: Page, code: string, gapMs = 5): Promise<void> {
  const cdp = await cdpOf(page);
  const startS = Date.now() / 1000;
  let at = 0;
  for (const char of [...code, '\r']) {
    const fields = keyFields(char);
    const timestamp = startS + (at * gapMs) / 1000;
    at += 1;
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyDown', ...fields, unmodifiedText: fields.text, timestamp });
    await cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', key: fields.key, code: fields.code, windowsVirtualKeyCode: fields.windowsVirtualKeyCode, timestamp: timestamp + 0.001 });
  }
}

/**
 * Waits until the cart holds `count` lines, as its header counts them: the list itself is
 * windowed (only the lines in view and a few more are in the DOM).
 */
export async function expectCartLines(page: Page, count: number): Promise<void> {
  await expect(page.getByTestId('cart-line-count')).toHaveAttribute('data-count', String(count));
}

/** The cart line of a product, found by its name. */
export function cartLine(page: Page, name: string): Locator {
  return page.getByTestId('cart-line').filter({ hasText: name });
}

export const tenderDialog = (page: Page): Locator => page.getByRole('dialog');

/**
 * A tender's function key, pressed once: the screen enables its keys from its own dialog state,
 * so a key pressed while the previous tender's dialog is still fading out is taken.
 */
async function pressToOpen(page: Page, key: string, dialog: Locator): Promise<void> {
  await page.keyboard.press(key);
  await expect(dialog).toBeVisible();
}

/** Cash (F1): the amount handed over typed on the on-screen keypad, then taken. */
export async function payCash(page: Page, w: Words, amount: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: w.sell.cash.title });
  await pressToOpen(page, 'F1', dialog);
  const keypad = dialog.getByRole('group', { name: new RegExp(w.sell.cash.handed) });
  for (const key of amount) {
    await keypad.getByRole('button', { name: key === '.' ? w.cards.kit.keypad.point : key, exact: true }).click();
  }
  await dialog.getByTestId('cash-take').click();
}

/** Split (F6) on: every tender asks for its own amount. */
export async function startSplit(page: Page): Promise<void> {
  await page.keyboard.press('F6');
  await expect(page.getByTestId('taken-tenders')).toBeVisible();
}

/** Types an amount into a tender dialog's amount field (split). */
export async function fillTenderAmount(dialog: Locator, amount: string): Promise<void> {
  await dialog.getByTestId('tender-amount').fill(amount);
}

/**
 * Tillbook card (F2): in a split the amount first, then the card number (typed), then the PIN
 * on the masked keypad.
 */
export async function payCard(page: Page, w: Words, pan: string, pin: string, amount?: string): Promise<Locator> {
  const dialog = page.getByRole('dialog', { name: w.sell.card.title });
  await pressToOpen(page, 'F2', dialog);
  if (amount !== undefined) await fillTenderAmount(dialog, amount);
  await dialog.getByTestId('card-number-input').fill(pan);
  await dialog.getByRole('button', { name: w.sell.card.next }).click();
  const pad = dialog.getByTestId('card-pin');
  for (const digit of pin) await pad.getByRole('button', { name: digit, exact: true }).click();
  await pad.getByRole('button', { name: new RegExp(w.sell.card.charge.replace(/\{\{amount\}\}/, '.*')) }).click();
  return dialog;
}

/** The change due and the receipt of the sale just completed. */
export async function expectSaleDone(page: Page): Promise<void> {
  await expect(page.getByTestId('sale-done')).toBeVisible();
  await expect(page.getByTestId('sale-receipt')).toBeVisible();
}

/**
 * Replaces the browser's print (headless Chromium's dialog would block the page) with a recorder:
 * each print keeps what print media would show then, the text of every print copy on the page.
 * Browser mode has no app printer (receipts.printPage answers print_unavailable), so the page
 * calls window.print() itself.
 */
export async function stubPrint(page: Page): Promise<() => Promise<string[][]>> {
  await page.evaluate(() => {
    const w = window as unknown as { printedCopies: string[][] };
    w.printedCopies = [];
    window.print = () => {
      w.printedCopies.push(Array.from(document.querySelectorAll('.tb-print-root'), (copy) => copy.textContent ?? ''));
    };
  });
  return () => page.evaluate(() => (window as unknown as { printedCopies: string[][] }).printedCopies);
}
