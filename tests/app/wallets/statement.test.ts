import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Output } from '../../../shared/ipc/contract';
import { expectOk, signInAs } from '../../support/test-app';
import { newCustomer, topUp, walletWorld, type Customer, type WalletWorld } from './wallet-fixture';

/** wallets.statement on the ledger's account statement: every movement of a wallet, paged. */
type Page = Output<'wallets.statement'>;
let w: WalletWorld;
let a: Customer;
let b: Customer;
const T0 = 1_767_225_600_000;
const STEP = 10_000;
const ops: Record<string, string> = {};

beforeAll(async () => {
  w = await walletWorld();
  a = await newCustomer(w.t, 'Wang Fang');
  b = await newCustomer(w.t, 'Li Lei');
  ops['topUp'] = (await topUp(w.t, a.wallet.id, 10_000)).operationId;
  w.t.clock.advance(STEP);
  ops['out'] = newId();
  expectOk(await w.t.call('wallets.transfer', { operationId: ops['out'], fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 2_000 }));
  w.t.clock.advance(STEP);
  await topUp(w.t, b.wallet.id, 500);
  ops['in'] = newId();
  expectOk(await w.t.call('wallets.transfer', { operationId: ops['in'], fromWalletId: b.wallet.id, toWalletId: a.wallet.id, currency: 'CNY', amountMinor: 300 }));
  w.t.clock.advance(STEP);
  await signInAs(w.t, w.manager);
  expectOk(await w.t.call('fx.setRate', { base: 'CNY', quote: 'EUR', rate: '0.125', source: 'bank', asOfMs: w.t.clock.nowMs(), feeBps: 100 }));
  ops['convert'] = newId();
  expectOk(await w.t.call('wallets.convert', { operationId: ops['convert'], walletId: a.wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 1_000 }));
});
afterAll(async () => w.t.close());

const statement = async (input: Record<string, unknown>): Promise<Page> =>
  expectOk<Page>(await w.t.call('wallets.statement', { walletId: a.wallet.id, currency: 'CNY', limit: 50, ...input }));

describe('wallets.statement', () => {
  it('lists every movement of the wallet in that currency, newest first, with its operation and counter account', async () => {
    const page = await statement({});
    expect(page.lines.map((l) => [l.code, l.direction, l.amountMinor, l.counterAccountKind, l.operationId])).toEqual([
      ['fx.convert.fee', 'out', 10, 'fee_income', ops['convert']],
      ['fx.convert.out', 'out', 990, 'fx_position', ops['convert']],
      ['wallet.transfer', 'in', 300, 'wallet', ops['in']],
      ['wallet.transfer', 'out', 2_000, 'wallet', ops['out']],
      ['wallet.topup', 'in', 10_000, 'cash_drawer', ops['topUp']],
    ]);
    expect(page.nextBeforeKey).toBeNull();
    expect(page.lines.every((l) => l.currency === 'CNY')).toBe(true);
    const eur = await statement({ currency: 'EUR' });
    expect(eur.lines.map((l) => [l.code, l.direction, l.amountMinor])).toEqual([['fx.convert.in', 'in', 124]]);
  });

  it('pages with nextBeforeKey and filters by time, inclusive', async () => {
    const first = await statement({ limit: 2 });
    expect(first.lines).toHaveLength(2);
    const second = await statement({ limit: 2, beforeKey: first.nextBeforeKey });
    const third = await statement({ limit: 2, beforeKey: second.nextBeforeKey });
    expect([...first.lines, ...second.lines, ...third.lines].map((l) => l.key)).toEqual((await statement({})).lines.map((l) => l.key));
    expect(third.nextBeforeKey).toBeNull();
    const middle = await statement({ fromMs: T0 + STEP, toMs: T0 + 2 * STEP });
    expect(middle.lines.map((l) => [l.code, l.direction])).toEqual([['wallet.transfer', 'in'], ['wallet.transfer', 'out']]);
    expect(await w.t.call('wallets.statement', { walletId: a.wallet.id, currency: 'CNY', limit: 5, fromMs: 2, toMs: 1 }))
      .toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });

  it('a currency the wallet never held is an empty statement; an unknown wallet is not_found', async () => {
    expect(await statement({ currency: 'USD' })).toEqual({ walletId: a.wallet.id, currency: 'USD', lines: [], nextBeforeKey: null });
    expect(await w.t.call('wallets.statement', { walletId: newId(), currency: 'CNY', limit: 5 }))
      .toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
