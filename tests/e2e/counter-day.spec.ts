/// <reference lib="dom" />
// Issue 9 §10, a counter's whole day through the web host, in English and in Chinese: open the
// shift with a counted float → paid in, paid out, a no-sale → sell three scanned items paid cash +
// prepaid card with PIN → refund one line with a manager's approval → X report → close with the
// counted cash (over/short and the unsynced items stated before confirming) → the Z on screen and
// on paper → the past Z list → Reports with a chart, a CSV export. axe in light and dark on every
// screen; screenshots in test-results/screens/9x-*, the Chinese ones in both schemes.
import { readFileSync } from 'node:fs';

import { expect, test, type Page } from '@playwright/test';

import { catalogue as en } from '../../renderer/src/locales/en';
import { catalogue as zh } from '../../renderer/src/locales/zh-CN';
import { periodLabel } from '../../renderer/src/features/shifts/shift-format';
import { expectAccessible } from './axe';
import { findSale, refundLine } from './refund-page';
import { apiOk, expectSaleDone, issueCardViaApi, openSell, payCard, payCash, scanBarcode, seedCatalog, setupShop, startSplit } from './sell-page';
import { tabTo } from './keyboard';
import { cashMovement, confirmClose, fill, noSale, openSection, openShift, reviewClose } from './shifts-page';
import type { Words } from './shifts-page';
import { startWebHost } from './web-host';

type Lang = 'en' | 'zh-CN';

const MANAGER = { code: 'mia', secret: '135792' };
const CARD_PIN = '4826';

/** An amount shown on screen ("CN¥263.80", "¥1,263.80") back in minor units, to count against it. */
function shownMinor(text: string): number {
  const digits = text.replace(/[^0-9.-]/g, '');
  const [whole = '0', fraction = ''] = digits.split('.');
  return Number(whole) * 100 + Number(fraction.padEnd(2, '0'));
}

/** Minor units as the keypad's keys ("26350" → "263.5" would drop a zero: always two decimals). */
function keys(minor: number): string {
  return `${Math.floor(minor / 100)}.${String(minor % 100).padStart(2, '0')}`;
}

/** A whole screen scrolled through; a dialog (its overlay covers the viewport only) as the viewport. */
async function shot(page: Page, name: string, fullPage = true): Promise<void> {
  await page.screenshot({ path: `test-results/screens/${name}.png`, fullPage });
}

/** The same screen in the dark scheme too (the app follows the OS while its theme is "auto"). */
async function shotBoth(page: Page, name: string, fullPage = true): Promise<void> {
  await shot(page, name, fullPage);
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-mantine-color-scheme', 'dark');
  await shot(page, `${name}-dark`, fullPage);
  await page.emulateMedia({ colorScheme: 'light' });
}

async function runDay(page: Page, lang: Lang): Promise<void> {
  const w: Words = lang === 'en' ? en : (zh as unknown as Words);
  const s = w.shifts;
  const n = lang === 'en' ? '9' : '9z'; // screenshot prefix per language
  const host = await startWebHost();
  try {
    const consoleErrors: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.setViewportSize({ width: 1280, height: 1000 });
    await setupShop(page, w, lang, host.url);
    await page.evaluate(() => {
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP refused ${event.violatedDirective}: ${event.blockedURI}`));
    });
    await apiOk(page, 'staff.create', { displayName: lang === 'en' ? 'Mia Manager' : '米经理', staffCode: MANAGER.code, role: 'manager', secretKind: 'pin', secret: MANAGER.secret });
    const products = await seedCatalog(page, lang);
    const card = await issueCardViaApi(page, CARD_PIN, 10_000);

    // Open the shift: 200.00 counted into the drawer on the keypad.
    await openSection(page, w, w.common.nav.shifts, s.title);
    await expect(page.getByTestId('z-list-empty')).toBeVisible();
    await expectAccessible(page, `shifts, no shift open (${lang})`);
    await shotBoth(page, `${n}0-shift-closed-${lang}`);
    await openShift(page, w, '200');
    await expect(page.getByTestId('shift-float')).toContainText('200.00');

    // Cash in and out of the drawer with a reason, and a no-sale opening.
    await cashMovement(page, w, 'paid_in', '50', lang === 'en' ? 'Change from the bank' : '银行换零钱');
    await cashMovement(page, w, 'paid_out', '12.5', lang === 'en' ? 'Milk delivery' : '牛奶送货费');
    await noSale(page, w, lang === 'en' ? 'Customer asked for change' : '顾客换零钱');
    await expectAccessible(page, `shift open (${lang})`);

    // Sell: three items scanned as bursts; 37.00 paid 20.00 on the card with its PIN and the rest in cash.
    await openSell(page, w);
    // One scan after another, each waited for in the cart (rapid back-to-back bursts under load are
    // not what this flow checks; sell.spec.ts scans from a focused field).
    // the shift is loaded and the scanner listens once its hint shows (a burst before it is lost)
    await expect(page.getByTestId('scanner-ready')).toBeVisible();
    for (const [i, product] of products.slice(0, 3).entries()) {
      await scanBarcode(page, product.barcode);
      await expect(page.getByTestId('cart-line')).toHaveCount(i + 1, { timeout: 30_000 });
    }
    await expect(page.getByTestId('cart-total')).toHaveText(/37\.00/);
    await startSplit(page);
    const cardDialog = await payCard(page, w, card.pan, CARD_PIN, '20.00');
    await expect(cardDialog).toBeHidden({ timeout: 60_000 });
    await expect(page.getByTestId('remaining-due')).toContainText('17.00');
    await payCash(page, w, '50');
    await expectSaleDone(page);
    await expect(page.getByTestId('change-due')).toContainText('33.00');
    await expect(page.getByTestId('sale-receipt')).toContainText(card.last4);
    await expectAccessible(page, `sale done with its receipt (${lang})`);
    await shot(page, `${n}1-receipt-${lang}`);

    // Refund the sesame cake (6.50) with the manager's approval, back to the tenders it was paid with.
    await findSale(page, { receiptNumber: 1 }, w);
    await refundLine(page, 'SKU-3', undefined, w);
    // the manager's code and PIN (COUNTER-UI's approveAsManager waits 5 s for the grant and the
    // refund; a loaded 2-core machine needs longer, so the same steps with a longer wait)
    const approval = page.getByRole('dialog');
    await approval.getByLabel(w.refunds.approval.code).fill(MANAGER.code);
    await approval.getByLabel(w.refunds.approval.secret).fill(MANAGER.secret);
    await approval.getByRole('button', { name: w.refunds.approval.submitRefund }).click();
    await expect(page.getByTestId('refund-done')).toBeVisible({ timeout: 60_000 });
    await expect(approval).toBeHidden();
    await expectAccessible(page, `refund done (${lang})`);
    await shot(page, `${n}2-refund-${lang}`);

    // The X report: one sale of 37.00, one refund of 6.50; the drawer's expected cash is the core's
    // (float + cash kept + paid in − paid out − the refund's cash share).
    await openSection(page, w, w.common.nav.shifts, s.title);
    // reached with the keyboard: from "Paid in" along the shift's actions to "X report"
    await page.getByRole('button', { name: s.actions.paidIn, exact: true }).focus();
    await tabTo(page, page.getByRole('button', { name: s.actions.xReport }), { max: 6 });
    await page.keyboard.press('Enter');
    const x = page.getByTestId('x-report');
    await expect(x).toBeVisible({ timeout: 60_000 });
    await expect(x.getByTestId('x-sale-count')).toHaveText('1');
    await expect(x.getByTestId('x-refund-count')).toHaveText('1');
    await expect(x.getByTestId('x-total')).toContainText('30.50');
    await expect(x.getByTestId('x-refunds')).toContainText('6.50');
    await expect(x.getByTestId('x-tender-card')).toContainText('20.00');
    await expect(x.getByTestId('x-tender-cash')).toContainText('17.00');
    const expectedMinor = shownMinor((await x.getByTestId('x-expected').textContent()) ?? '');
    expect(expectedMinor).toBeGreaterThan(25_000); // 200 + 17 + 50 − 12.50 less a share of 6.50
    expect(expectedMinor).toBeLessThanOrEqual(25_450);
    await expectAccessible(page, `X report (${lang})`);
    await shotBoth(page, `${n}3-x-report-${lang}`);

    // Close: 0.30 less than expected counted; the review states the numbers before confirming.
    const review = await reviewClose(page, w, keys(expectedMinor - 30));
    await expect(review.getByTestId('close-expected')).toContainText(keys(expectedMinor));
    await expect(review.getByTestId('close-over-short')).toHaveText(fill(s.closeFlow.short, { amount: lang === 'en' ? 'CN¥0.30' : '¥0.30' }));
    await expect(review.getByTestId('close-consequence')).toContainText(keys(expectedMinor - 30));
    await expectAccessible(page, `close review (${lang})`);
    await shotBoth(page, `${n}4-close-review-${lang}`, false);
    const z = await confirmClose(page, w, review);
    await expect(z.getByTestId('z-title')).toHaveText(fill(s.z.title, { number: 1 }));
    await expect(z.getByTestId('z-over-short')).toContainText('-');
    await expect(z.getByTestId('z-over-short')).toContainText('0.30');
    await expect(z.getByTestId('z-grand-total')).toContainText('30.50');
    await expect(z.getByTestId('z-signature')).toHaveText(/^[0-9a-f]{8}…[0-9a-f]{8}$/);
    await expectAccessible(page, `Z report (${lang})`);
    await shotBoth(page, `${n}5-z-report-${lang}`);
    // on paper only the sheet: no nav, no buttons
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('button', { name: s.z.print })).toBeHidden();
    await shot(page, `${n}6-z-print-${lang}`);
    await page.emulateMedia({ media: 'screen' });

    // The past Z list, and the Z opened again from it.
    await page.getByRole('button', { name: s.back }).click();
    await expect(page.getByTestId('no-shift')).toBeVisible();
    await expect(page.getByTestId('z-row-1')).toContainText('30.50');
    await page.getByRole('button', { name: fill(s.list.show, { number: 1 }) }).click();
    await expect(page.getByTestId('z-report').getByTestId('z-title')).toHaveText(fill(s.z.title, { number: 1 }));
    await expect(page.getByTestId('z-taken')).toHaveCount(0);
    await page.getByRole('button', { name: s.back }).click();

    // Monthly closures: this month, Z 1's, closes once it is over; no closure yet.
    const closures = page.getByTestId('closures');
    const now = new Date();
    const month = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
    await expect(closures.getByTestId('closure-next')).toHaveText(fill(s.closures.waitPeriod, { period: periodLabel(month, lang) }));
    await expect(closures.getByTestId('closure-list-empty')).toBeVisible();
    await expectAccessible(page, `monthly closures (${lang})`);
    await closures.screenshot({ path: `test-results/screens/${n}5b-closures-${lang}.png` });

    // Reports: the last seven days, a chart, every table, a CSV.
    const r = w.reports;
    await openSection(page, w, w.common.nav.reports, r.title);
    await expect(page.getByTestId('summary-total-CNY')).toContainText('30.50');
    await expect(page.getByTestId('chart-time').locator('.recharts-bar-rectangle').first()).toBeVisible();
    await expect(page.getByTestId('chart-tender')).toBeVisible();
    await expect(page.getByTestId('report-product-row')).toHaveCount(3);
    await expect(page.getByTestId('report-taxes-row').first()).toBeVisible();
    await expect(page.getByTestId('report-stored-value-row')).toContainText('CNY');
    await expectAccessible(page, `reports (${lang})`);
    await shotBoth(page, `${n}7-reports-${lang}`);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: fill(r.exportCsv, { what: r.tables.product }) }).click();
    const csv = readFileSync(await (await download).path(), 'utf8').split('\r\n').filter((line) => line !== '');
    expect(csv[0]).toBe('\uFEFFproduct,quantity,sale_count,refund_count,sales,refunds,total,currency');
    expect(csv.filter((line) => line.endsWith(',6.50,6.50,0.00,CNY'))).toHaveLength(1); // the refunded cake
    expect(csv).toHaveLength(4);
    // the segmented control's radio is visually hidden: its label is what a person clicks
    await page.locator('label').filter({ hasText: new RegExp(`^${r.time.byHour}$`) }).click();
    await expect(page.getByRole('radio', { name: r.time.byHour })).toBeChecked();
    await expect(page.getByRole('heading', { name: r.time.hour })).toBeVisible();
    await expectAccessible(page, `reports by hour (${lang})`);

    expect(consoleErrors).toEqual([]);
  } finally {
    await host.stop();
  }
}

// a missing label fails in seconds, not at the test's timeout
test.use({ actionTimeout: 15_000 });

test('issue 9: a counter day in English (shift, sale, refund, close, Z, reports)', async ({ page }) => {
  test.setTimeout(900_000); // two axe passes per screen on a shared 2-core machine
  await runDay(page, 'en');
});

test('issue 9: a counter day in Chinese', async ({ page }) => {
  test.setTimeout(900_000); // two axe passes per screen on a shared 2-core machine
  await runDay(page, 'zh-CN');
});
