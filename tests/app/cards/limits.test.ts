import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { CardLimitsValue } from '../../../shared/domain/cards';
import { authorize, cardTestApp, cash, code, PIN, type CardTestApp } from './card-fixture';

/**
 * Card limits through the contract, each at limit − 1, limit and limit + 1 minor unit (or
 * payment), in the transaction that books the movement; the day and month windows roll over at
 * the shop's midnight; a released hold gives its usage back, a partial capture the part not taken.
 */
let app: CardTestApp;
beforeAll(async () => {
  app = await cardTestApp();
});
afterAll(async () => app.t.close());

const DAY = 86_400_000;
const card = async (limits: Partial<CardLimitsValue>, topUpMinor = 100_000) => (await app.card({ limits, topUpMinor })).cardId;
const pay = async (cardId: string, amountMinor: number) => code(await authorize(app, cardId, amountMinor));
const payAll = async (cardId: string, amounts: number[]) => {
  const codes = [];
  for (const amount of amounts) codes.push(await pay(cardId, amount));
  return codes;
};
/** Authorised and captured at once: a hold left open would expire when the test moves the clock on. */
const payNow = async (cardId: string, amountMinor: number) => {
  const authorizationId = newId();
  const reply = await authorize(app, cardId, amountMinor, { operationId: authorizationId });
  if (reply.ok) await app.ok('cards.capture', { operationId: newId(), authorizationId });
  return code(reply);
};
const refusedAs = async (cardId: string, amountMinor: number) => {
  const reply = await authorize(app, cardId, amountMinor);
  return reply.ok ? 'ok' : `${reply.error.code} ${reply.error.message.replace(/^.*\((.*)\)$/, '$1')}`;
};

describe('spend limits', () => {
  it('per transaction: 999, 1000 pass, 1001 is refused (per_transaction)', async () => {
    const cardId = await card({ perTransactionMinor: 1000 });
    expect(await payAll(cardId, [999, 1000])).toEqual(['ok', 'ok']);
    expect(await refusedAs(cardId, 1001)).toBe('card_limit_exceeded per_transaction');
  });

  it.each([
    ['limit − 1', 999, 'ok'], ['limit', 1000, 'ok'], ['limit + 1', 1001, 'card_limit_exceeded'],
  ])('daily spend at %s (total %i) → %s', async (_label, total, expected) => {
    const cardId = await card({ dailySpendMinor: 1000 });
    expect(await pay(cardId, 500)).toBe('ok');
    expect(await pay(cardId, total - 500)).toBe(expected);
  });

  it.each([
    ['limit − 1', 99_999, 'ok'], ['limit', 100_000, 'ok'], ['limit + 1', 100_001, 'card_limit_exceeded'],
  ])('monthly spend at %s (total %i) → %s, across days', async (_label, total, expected) => {
    const cardId = await card({ monthlySpendMinor: 100_000 }, 200_000);
    expect(await payNow(cardId, 50_000)).toBe('ok');
    await app.advance(DAY);
    expect(await pay(cardId, total - 50_000)).toBe(expected);
  });

  it('daily count 3: the third payment passes, the fourth is refused; a released hold gives its count back; the next day starts afresh', async () => {
    const cardId = await card({ dailyCount: 3 });
    const first = newId();
    expect(code(await authorize(app, cardId, 100, { operationId: first }))).toBe('ok');
    expect(await payAll(cardId, [100, 100])).toEqual(['ok', 'ok']);
    expect(await refusedAs(cardId, 100)).toBe('card_limit_exceeded daily_count');
    await app.ok('cards.release', { operationId: newId(), authorizationId: first });
    expect(await pay(cardId, 100)).toBe('ok');
    expect(await pay(cardId, 100)).toBe('card_limit_exceeded');
    await app.advance(DAY);
    expect(await payAll(cardId, [100, 100, 100])).toEqual(['ok', 'ok', 'ok']);
  });

  it('monthly count 2: the third payment this month is refused, also on another day; next month it passes', async () => {
    const cardId = await card({ monthlyCount: 2 });
    expect([await payNow(cardId, 100), await payNow(cardId, 100)]).toEqual(['ok', 'ok']);
    await app.advance(DAY);
    expect(await refusedAs(cardId, 100)).toBe('card_limit_exceeded monthly_count');
    await app.advance(32 * DAY);
    expect(await pay(cardId, 100)).toBe('ok');
  });

  it('a partial capture counts what was taken: 1000 held, 400 captured, then 600 passes and 601 does not', async () => {
    const limited = await card({ dailySpendMinor: 1000 });
    const other = await card({ dailySpendMinor: 1000 });
    for (const [cardId, next, expected] of [[limited, 601, 'card_limit_exceeded'], [other, 600, 'ok']] as const) {
      const authorizationId = newId();
      expect(code(await authorize(app, cardId, 1000, { operationId: authorizationId }))).toBe('ok');
      await app.ok('cards.capture', { operationId: newId(), authorizationId, amountMinor: 400 });
      expect(await pay(cardId, next)).toBe(expected);
    }
  });

  it('a hold past its expiry (swept or not) no longer counts', async () => {
    const cardId = await card({ dailySpendMinor: 1000 });
    expect(await pay(cardId, 1000)).toBe('ok');
    expect(await pay(cardId, 1)).toBe('card_limit_exceeded');
    await app.advance(30 * 60_000);
    expect(await pay(cardId, 1000)).toBe('ok');
  });

  it('a transfer to a wallet is spending: it counts against the day', async () => {
    const { cardId, walletId } = await app.card({ limits: { dailySpendMinor: 1000 }, topUpMinor: 5000 });
    await app.ok('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 700 });
    expect(await pay(cardId, 301)).toBe('card_limit_exceeded');
    expect(await pay(cardId, 300)).toBe('ok');
    expect(code(await app.call('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 1 })))
      .toBe('card_limit_exceeded');
  });
});

describe('stored-value limits', () => {
  const topUp = async (cardId: string, amountMinor: number) =>
    code(await app.call('cards.topUp', { operationId: newId(), cardId, amountMinor, tender: cash }));

  it.each([
    ['limit − 1', 9_999, 'ok'], ['limit', 10_000, 'ok'], ['limit + 1', 10_001, 'card_limit_exceeded'],
  ])('maximum balance at %s (balance %i) → %s', async (_label, total, expected) => {
    const cardId = await card({ maxBalanceMinor: 10_000 }, 0);
    expect(await topUp(cardId, 5_000)).toBe('ok');
    expect(await topUp(cardId, total - 5_000)).toBe(expected);
  });

  it('maximum balance counts money held for open payments as still on the card', async () => {
    const cardId = await card({ maxBalanceMinor: 10_000 }, 10_000);
    expect((await authorize(app, cardId, 4_000)).ok).toBe(true);
    expect(await topUp(cardId, 1)).toBe('card_limit_exceeded');
  });

  it.each([
    ['limit − 1', 1_999, 'ok'], ['limit', 2_000, 'ok'], ['limit + 1', 2_001, 'card_limit_exceeded'],
  ])('daily top-up at %s (%i in a day) → %s; the next day starts afresh', async (_label, total, expected) => {
    const cardId = await card({ dailyTopUpMinor: 2_000 }, 0);
    expect(await topUp(cardId, 1_000)).toBe('ok');
    expect(await topUp(cardId, total - 1_000)).toBe(expected);
    await app.advance(DAY);
    expect(await topUp(cardId, 2_000)).toBe('ok');
  });
});
