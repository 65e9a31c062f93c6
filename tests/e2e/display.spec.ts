/// <reference lib="dom" />
// Issue 9 §8 through the web host: the till (signed in) asks for a one-time pairing code; a second
// browser, with no cookie of the till, opens /display, types the code and becomes a customer
// display. As the till scans items on the Sell screen the display shows the lines and the total;
// after a cash payment it shows the change. The display's credential calls no API method. axe on
// the display; screenshots in test-results/screens/9d-*.
import { expect, test } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { PAGE_SECRET_HEADER, PAGE_SECRET_STORAGE_KEY } from '../../renderer/src/api/page-secret';
import { expectAccessible } from './axe';
import { seedShop } from './refund-page';
import { cartLine, openSell, payCash, scanBarcode } from './sell-page';
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
];

test('a display paired by a one-time code shows the cart as the till scans, then the change', async ({ page, browser }) => {
  test.setTimeout(240_000);
  await page.goto(host.url);
  const [tea, rice] = await seedShop(page, PRODUCTS);
  if (!tea || !rice) throw new Error('products missing');
  await page.reload();
  await expect(page.getByRole('navigation', { name: en.common.nav.label })).toBeVisible({ timeout: 30_000 });

  // The till asks main for a code.
  await page.getByRole('navigation', { name: en.common.nav.label }).getByRole('button', { name: en.display.nav, exact: true }).click();
  await page.getByRole('button', { name: en.display.pairing.getCode }).click();
  const code = (await page.getByTestId('display-pairing-code').innerText()).trim();
  expect(code).toMatch(/^[2-9A-Z]{4}-[2-9A-Z]{4}$/);
  await page.screenshot({ path: 'test-results/screens/9d-till-code.png' });

  // A second browser, no cookie of the till: the pairing form, then the display.
  const other = await browser.newContext({ locale: 'en-US' });
  const display = await other.newPage();
  const errors: string[] = [];
  display.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await display.goto(`${host.origin}/display`);
  await display.getByLabel(/Pairing code/).fill('ZZZZ-ZZZZ');
  await display.getByRole('button', { name: /Pair/ }).click();
  await expect(display.getByRole('alert')).toBeVisible();
  await display.getByLabel(/Pairing code/).fill(code);
  await display.getByRole('button', { name: /Pair/ }).click();
  await expect(display.getByTestId('display-welcome')).toBeVisible({ timeout: 30_000 });
  await expectAccessible(display, 'customer display (waiting)');

  // The display's credential reads the display events and nothing else of the API.
  const status = await display.evaluate(
    async ([header, key]) => {
      const response = await fetch('/api/system.status', {
        method: 'POST', headers: { 'content-type': 'application/json', [header]: sessionStorage.getItem(key) ?? '' }, body: '{}',
      });
      return response.status;
    },
    [PAGE_SECRET_HEADER, PAGE_SECRET_STORAGE_KEY] as const,
  );
  expect(status).toBe(401);
  // The two 401s so far were asked for (the wrong code, the probe); from here on nothing may fail.
  expect(errors.every((text) => text.includes('401'))).toBe(true);
  errors.length = 0;

  // The till scans two items; the display follows.
  await openSell(page, en);
  await scanBarcode(page, tea.barcode);
  await expect(cartLine(page, tea.name)).toBeVisible();
  await scanBarcode(page, tea.barcode);
  await scanBarcode(page, rice.barcode);
  await expect(cartLine(page, rice.name)).toBeVisible();
  const lines = display.getByTestId('display-lines');
  await expect(lines).toContainText(tea.name);
  await expect(lines).toContainText(rice.name);
  await expect(display.getByTestId('display-total')).toHaveText('CN¥48.90');
  await expectAccessible(display, 'customer display (cart)');
  await display.screenshot({ path: 'test-results/screens/9d-display-cart.png' });

  // Cash 50.00 for 48.90: the display shows the change.
  await payCash(page, en, '50');
  await expect(display.getByTestId('display-change')).toHaveText('CN¥1.10');
  await expectAccessible(display, 'customer display (paid)');
  await display.screenshot({ path: 'test-results/screens/9d-display-change.png' });
  expect(errors).toEqual([]);
  await other.close();
});
