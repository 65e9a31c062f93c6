/// <reference lib="dom" />
// Issue 9 §5 through the web host: a shop with two cash sales made through the contract; on the
// Returns screen the first sale is found by scanning its receipt code (a burst ending in Enter),
// one line is refunded with a manager's approval that names action, amount and sale, and the
// slip shows core's total; the second sale is found by its typed number and voided after a
// confirmation stating the amount. axe on each state; screenshots in test-results/screens/9r-*.
import { expect, test } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { expectAccessible } from './axe';
import { approveAsManager, cashSale, findSale, openReturns, refundLine, SHOP_MANAGER, seedShop } from './refund-page';
import { stubPrint } from './sell-page';
import { startWebHost, type RunningHost } from './web-host';

let host: RunningHost;
test.beforeAll(async () => {
  host = await startWebHost();
});
test.afterAll(async () => {
  await host.stop();
});

const PRODUCTS = [
  { sku: 'TEA-01', barcode: '6901234567892', name: 'Green tea 500 ml', unitPriceMinor: 450 },
  { sku: 'RICE-5', barcode: '6907654321098', name: 'Rice 5 kg', unitPriceMinor: 3990 },
  { sku: 'SOAP-2', barcode: '6901111111110', name: 'Soap bar', unitPriceMinor: 800 },
];

test('refund one line with a manager’s approval, then void a whole sale', async ({ page }) => {
  test.setTimeout(180_000);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(host.url);
  const [tea, rice, soap] = await seedShop(page, PRODUCTS);
  if (!tea || !rice || !soap) throw new Error('products missing');
  const first = await cashSale(page, [{ product: tea, items: 2 }, { product: rice, items: 1 }]);
  const second = await cashSale(page, [{ product: soap, items: 3 }]);
  await page.reload();
  await expect(page.getByRole('navigation', { name: en.common.nav.label })).toBeVisible({ timeout: 30_000 });

  // Found by its receipt's code, read by the scanner.
  await openReturns(page);
  await expectAccessible(page, 'returns (empty)');
  await findSale(page, { code: first.code });
  await expect(page.getByTestId('refund-sale')).toHaveText(`Receipt ${first.receiptNumber}`);
  await expect(page.getByTestId('refund-line-TEA-01')).toBeVisible();
  await expectAccessible(page, 'returns (sale found)');

  await refundLine(page, 'TEA-01');
  const what = page.getByTestId('approval-what');
  await expect(what).toContainText('Refund CN¥9.00');
  await expect(what).toContainText(`receipt ${first.receiptNumber}`);
  await expectAccessible(page, 'returns approval');
  await page.screenshot({ path: 'test-results/screens/9r-approval.png' });
  await approveAsManager(page, SHOP_MANAGER);
  await expect(page.getByTestId('refund-total')).toHaveText('CN¥9.00');
  // The tea is refunded whole: nothing of it is refundable any more.
  await expect(page.getByTestId('refund-line-TEA-01').getByRole('checkbox')).toBeDisabled();
  await expectAccessible(page, 'returns (refunded)');
  await page.screenshot({ path: 'test-results/screens/9r-refunded.png', fullPage: true });
  // The refund slip prints, and the sale's receipt reprints from the found sale (COPY from its
  // second printout): each print puts its own copy on paper, alone.
  const printed = await stubPrint(page);
  await page.getByTestId('refund-done').getByTestId('print-receipt').click();
  await expect.poll(async () => (await printed()).length).toBe(1);
  const reprint = page.getByTestId('refund-found').getByTestId('print-receipt');
  await reprint.click();
  await expect.poll(async () => (await printed()).length).toBe(2);
  await reprint.click();
  await expect.poll(async () => (await printed()).length).toBe(3);
  const [slip, original, copy] = await printed();
  expect(slip).toHaveLength(1);
  expect(slip?.[0]).toContain(en.receipt.refundTotal);
  expect(original).toHaveLength(1);
  expect(original?.[0]).not.toContain(en.receipt.refundTotal);
  expect(original?.[0]).not.toContain(en.receipt.copy);
  expect(copy).toHaveLength(1);
  expect(copy?.[0]).toContain(en.receipt.copy);

  // The second sale, by its typed number, voided whole.
  await findSale(page, { receiptNumber: second.receiptNumber });
  await page.getByRole('button', { name: en.refunds.actions.void }).click();
  await expect(page.getByTestId('void-consequence')).toContainText('CN¥24.00');
  await page.screenshot({ path: 'test-results/screens/9r-void-confirm.png' });
  await page.getByRole('button', { name: 'Yes, void CN¥24.00' }).click();
  await expect(page.getByTestId('approval-what')).toContainText(`Void receipt ${second.receiptNumber}`);
  await approveAsManager(page, SHOP_MANAGER);
  await expect(page.getByText(en.refunds.done.voided)).toBeVisible();
  await expect(page.getByText(en.refunds.sale.voided, { exact: true })).toBeVisible();
  await page.screenshot({ path: 'test-results/screens/9r-voided.png', fullPage: true });
  expect(errors).toEqual([]);
});
