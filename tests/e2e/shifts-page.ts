/// <reference lib="dom" />
// Page helpers for the Shifts and Reports screens (issue 9 §6), with the words taken from the
// catalogues themselves so the same steps run in English and in Chinese. Other specs (the demo
// shop's reports, the full day) import them. A write (open, movement, close) waits up to
// WRITE_MS for main's answer: the suite shares two cores, where 5 s is sometimes not enough.
import { expect, type Locator, type Page } from '@playwright/test';

import type { catalogue as en } from '../../renderer/src/locales/en';

export type Words = typeof en;

const WRITE_MS = 60_000;

/** {{name}} filled in, as i18next does (the app never concatenates sentences). */
export function fill(template: string, vars: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(vars[key] ?? ''));
}

/** A field's label exactly, with or without the asterisk Mantine adds to a required one. */
export function label(text: string): RegExp {
  return new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*\\*?$`);
}

/** Opens a section from the nav rail and waits for its level-1 heading. */
export async function openSection(page: Page, w: Words, navLabel: string, heading = navLabel): Promise<void> {
  await page.getByRole('navigation', { name: w.common.nav.label }).getByRole('button', { name: navLabel, exact: true }).click();
  await expect(page.getByRole('heading', { name: heading, level: 1 })).toBeVisible();
}

/** Types an amount on an on-screen keypad (the touch path), key by key. */
export async function keypad(scope: Locator, w: Words, amount: string): Promise<void> {
  for (const key of amount) await scope.getByRole('button', { name: key === '.' ? w.cards.kit.keypad.point : key, exact: true }).click();
}

/** No shift open: the float counted on the keypad, then "Open shift"; waits for the open shift. */
export async function openShift(page: Page, w: Words, float: string): Promise<void> {
  const s = w.shifts;
  await expect(page.getByTestId('no-shift')).toBeVisible();
  const form = page.locator('form').filter({ has: page.getByTestId('open-float') });
  await keypad(form, w, float);
  await expect(page.getByTestId('open-float-echo')).toContainText(float);
  await form.getByRole('button', { name: s.open.submit }).click();
  await expect(page.getByTestId('current-shift')).toBeVisible({ timeout: WRITE_MS });
}

/** Paid in or paid out through its dialog: amount typed into the keypad's field, a reason. */
export async function cashMovement(page: Page, w: Words, kind: 'paid_in' | 'paid_out', amount: string, reason: string): Promise<void> {
  const s = w.shifts;
  await page.getByRole('button', { name: kind === 'paid_in' ? s.actions.paidIn : s.actions.paidOut, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: s.movement[kind].title });
  await dialog.getByTestId('movement-amount').fill(amount);
  await dialog.getByTestId('movement-reason').fill(reason);
  await dialog.getByRole('button', { name: s.movement[kind].submit }).click();
  await expect(dialog).toBeHidden({ timeout: WRITE_MS });
  await expect(page.getByTestId('shift-notice')).toBeVisible();
}

export async function noSale(page: Page, w: Words, reason: string): Promise<void> {
  const s = w.shifts;
  await page.getByRole('button', { name: s.actions.noSale }).click();
  const dialog = page.getByRole('dialog', { name: s.noSale.title });
  await dialog.getByTestId('movement-reason').fill(reason);
  await dialog.getByRole('button', { name: s.noSale.submit }).click();
  await expect(dialog).toBeHidden({ timeout: WRITE_MS });
  await expect(page.getByTestId('shift-notice')).toHaveText(s.noSale.done);
}

/** The X report of the open shift, on screen. */
export async function xReport(page: Page, w: Words): Promise<Locator> {
  await page.getByRole('button', { name: w.shifts.actions.xReport }).click();
  const x = page.getByTestId('x-report');
  await expect(x).toBeVisible({ timeout: WRITE_MS });
  return x;
}

/** Close: the count on the keypad, the review (returned, still open), not yet confirmed. */
export async function reviewClose(page: Page, w: Words, counted: string): Promise<Locator> {
  const s = w.shifts;
  await page.getByRole('button', { name: s.actions.close, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: s.closeFlow.title });
  await keypad(dialog, w, counted);
  await dialog.getByRole('button', { name: s.closeFlow.review }).click();
  const review = page.getByRole('dialog', { name: s.closeFlow.reviewTitle });
  await expect(review.getByTestId('close-review')).toBeVisible({ timeout: WRITE_MS });
  return review;
}

/** Confirms the reviewed close (whatever the unsynced count) and waits for the Z on screen. */
export async function confirmClose(page: Page, w: Words, review: Locator): Promise<Locator> {
  await review.getByRole('button', { name: new RegExp(`^(${escape(w.shifts.closeFlow.confirm)}|${escape(w.shifts.closeFlow.confirmUnsynced).replace('\\{\\{count\\}\\}', '\\d+')})$`) }).click();
  await expect(review).toBeHidden({ timeout: WRITE_MS });
  await expect(page.getByTestId('z-taken')).toBeVisible();
  return page.getByTestId('z-report');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
