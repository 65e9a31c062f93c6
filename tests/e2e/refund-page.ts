/// <reference lib="dom" />
// Playwright helpers for the Returns screen (renderer/src/features/refunds/), shared with
// SHIFTS-UI's full-day spec: find a sale (scanned or typed), choose a line, approve as a manager.
import { expect, type Page } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { newId } from '../../shared/domain/ids';
import type { Input } from '../../shared/ipc/contract';
import { callFromPage, type RawResult } from './page-api';
import { scanBarcode } from './sell-page';

type Words = typeof en;

/** {{name}} filled in, as i18next does. */
const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(vars[key] ?? ''));

/** Opens the Returns section from the nav rail (a no-op when it is on screen already). */
export async function openReturns(page: Page, w: Words = en): Promise<void> {
  const heading = page.getByRole('heading', { name: w.refunds.title, level: 1 });
  if (await heading.isVisible()) return;
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: w.refunds.nav, exact: true }).click();
  await expect(heading).toBeVisible();
}

/**
 * Finds a sale on the Returns screen: a receipt's `code` is read as a scanner types it (SELL-UI's
 * burst through CDP, focus anywhere); a `receiptNumber` is typed into the field and "Find sale"
 * pressed. Waits until the sale is on screen.
 */
export async function findSale(page: Page, what: { receiptNumber: number } | { code: string }, w: Words = en): Promise<void> {
  await openReturns(page, w);
  if ('code' in what) {
    await page.getByRole('heading', { name: w.refunds.title, level: 1 }).click();
    await scanBarcode(page, what.code);
  } else {
    await page.getByLabel(w.refunds.find.label).fill(String(what.receiptNumber));
    await page.getByRole('button', { name: w.refunds.find.submit }).click();
  }
  await expect(page.getByTestId('refund-lines')).toBeVisible();
}

/**
 * Chooses one line by its SKU (all of its refundable quantity, or `quantity` items) and presses
 * the refund button, which opens the manager's approval.
 */
export async function refundLine(page: Page, sku: string, quantity?: string, w: Words = en): Promise<void> {
  const row = page.getByTestId(`refund-line-${sku}`);
  if (quantity === undefined) await row.getByRole('checkbox').check();
  else await row.getByRole('textbox').fill(quantity);
  await page.getByRole('button', { name: new RegExp(`^${fill(w.refunds.actions.refund, { amount: '' }).trim()}`) }).first().click();
  await expect(page.getByRole('dialog')).toBeVisible();
}

/** The manager types their code and secret in the open approval dialog; waits for the slip. */
export async function approveAsManager(page: Page, manager: { code: string; secret: string }, w: Words = en): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(w.refunds.approval.code).fill(manager.code);
  await dialog.getByLabel(w.refunds.approval.secret).fill(manager.secret);
  await dialog.getByRole('button', { name: /^(Approve|批准)/ }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('refund-done')).toBeVisible();
}

// ---- A shop with sales, made through the contract (for specs that start at the Returns screen) ----

export const SHOP_OWNER = { code: 'owen', secret: 'owner pass 2468' };
export const SHOP_MANAGER = { code: 'mara', secret: '135792' };
export const SHOP_CASHIER = { code: 'cato', secret: '246813' };

export type ShopProduct = { productId: string; sku: string; barcode: string; name: string; unitPriceMinor: number };

/** Client-generated ids, as the renderer makes them. */
export const e2eId = (): string => newId();

async function must<T>(page: Page, key: string, input: unknown): Promise<T> {
  const reply: RawResult = await callFromPage(page, key, input);
  if (!reply.ok) throw new Error(`${key}: ${reply.error?.code ?? '?'} ${reply.error?.message ?? ''}`);
  return reply.value as T;
}

/**
 * A shop set up through the contract on a fresh host (the page is at the launch link): owner,
 * manager and cashier, a category of products with barcodes (CNY), and an open shift; the cashier
 * is signed in. Returns the products.
 */
export async function seedShop(page: Page, products: readonly { sku: string; barcode: string; name: string; unitPriceMinor: number }[]): Promise<ShopProduct[]> {
  await must(page, 'setup.complete', {
    merchantName: 'Counter Test Shop', terminalName: 'Till 1', currency: 'CNY', locale: 'en', taxProfile: 'none',
    owner: { displayName: 'Owen Owner', staffCode: SHOP_OWNER.code, secretKind: 'password', secret: SHOP_OWNER.secret },
  });
  await must(page, 'staff.signIn', { staffCode: SHOP_OWNER.code, secret: SHOP_OWNER.secret });
  await must(page, 'staff.create', { displayName: 'Mara Manager', staffCode: SHOP_MANAGER.code, role: 'manager', secretKind: 'pin', secret: SHOP_MANAGER.secret });
  await must(page, 'staff.create', { displayName: 'Cato Cashier', staffCode: SHOP_CASHIER.code, role: 'cashier', secretKind: 'pin', secret: SHOP_CASHIER.secret });
  const categoryId = e2eId();
  await must(page, 'catalog.upsertCategory', { categoryId, name: 'Groceries' });
  const made: ShopProduct[] = [];
  for (const p of products) {
    const productId = e2eId();
    await must(page, 'catalog.upsertProduct', {
      productId, sku: p.sku, name: p.name, categoryId, barcodes: [p.barcode], taxClass: 'standard', unit: 'each', active: true,
      prices: [{ currency: 'CNY', unitPriceMinor: p.unitPriceMinor }],
    });
    made.push({ productId, ...p });
  }
  await must(page, 'staff.signIn', { staffCode: SHOP_CASHIER.code, secret: SHOP_CASHIER.secret });
  await must(page, 'shifts.open', { shiftId: e2eId(), floatMinor: 10_000 });
  return made;
}

/** A cash sale of `lines` (product, items) through sales.price + sales.complete; its receipt number and code. */
export async function cashSale(page: Page, lines: readonly { product: ShopProduct; items: number }[]): Promise<{ receiptNumber: number; code: string; totalMinor: number }> {
  const cart: Input<'sales.price'>['cart'] = {
    cartId: e2eId(), currency: 'CNY',
    lines: lines.map((l) => ({ lineId: e2eId(), productId: l.product.productId, quantityMilli: l.items * 1000 })),
  };
  const priced = await must<{ totalMinor: number }>(page, 'sales.price', { cart });
  const done = await must<{ receiptNumber: number; receipt: { code: string } }>(page, 'sales.complete', {
    saleId: e2eId(), cart, expectedTotalMinor: priced.totalMinor,
    tenders: [{ kind: 'cash', tenderId: e2eId(), amountMinor: priced.totalMinor + 1000 }],
  });
  return { receiptNumber: done.receiptNumber, code: done.receipt.code, totalMinor: priced.totalMinor };
}
