import { newId } from '../../../shared/domain/ids';
import type { Result } from '../../../shared/domain/result';
import type { walletDomainContract } from '../../../shared/ipc/contract/wallets-domain';
import { expectOk, signInAs } from '../../support/test-app';
import { NOBODY_ID } from '../samples';
import { SAMPLE_ADDRESS } from '../samples/wallets';
import { ROLE_GATED, SIGNED_IN, type DomainReachers, type World } from './common';

type Wallet = { id: string; address: string };
const HOUR = 3_600_000;
const MINUTE = 60_000;

/** A customer and their wallet, created by the signed-in cashier; `topUp` puts CNY in it. */
async function walletOf(w: World, displayName: string, topUpMinor = 0): Promise<Wallet> {
  await signInAs(w.t, w.cashier);
  const created = expectOk<{ wallet: Wallet }>(await w.t.call('customers.create', { id: newId(), displayName }));
  if (topUpMinor > 0) {
    expectOk(await w.t.call('wallets.topUp', {
      operationId: newId(), walletId: created.wallet.id, currency: 'CNY', amountMinor: topUpMinor, tender: { kind: 'cash' },
    }));
  }
  return created.wallet;
}

/** A CNY → EUR rate set by the manager (quoted `ageMs` ago), then the cashier signed back in. */
async function rateSet(w: World, rate: Record<string, unknown> = {}): Promise<void> {
  await signInAs(w.t, w.manager);
  expectOk(await w.t.call('fx.setRate', {
    base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'bank', asOfMs: w.t.clock.nowMs(), feeBps: 100, maxAgeMs: HOUR, ...rate,
  }));
  await signInAs(w.t, w.cashier);
}

const convertFrom = (w: World, wallet: Wallet, debitMinor: number, extra: Record<string, unknown> = {}): Promise<Result<unknown>> =>
  w.t.call('wallets.convert', { operationId: newId(), walletId: wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor, ...extra });

/** The same operation id sent twice with different content. */
async function reusedId(w: World, key: 'wallets.topUp' | 'wallets.transfer' | 'wallets.convert', first: object, second: object): Promise<Result<unknown>> {
  expectOk(await w.t.call(key, first));
  return w.t.call(key, second);
}

/** A way to reach every declared code of the wallets domain's methods (see declared-errors.test.ts). */
export const walletReach: DomainReachers<typeof walletDomainContract> = {
  'customers.create': {
    ...SIGNED_IN,
    id_exists_with_different_content: async (w) => {
      await signInAs(w.t, w.cashier);
      const id = newId();
      expectOk(await w.t.call('customers.create', { id, displayName: 'Li Lei' }));
      return w.t.call('customers.create', { id, displayName: 'Han Meimei' });
    },
  },
  'customers.update': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('customers.update', { customerId: NOBODY_ID, note: 'x' });
    },
  },
  'customers.get': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('customers.get', { customerId: NOBODY_ID });
    },
  },
  'customers.search': SIGNED_IN,
  'customers.list': SIGNED_IN,
  'wallets.lookup': {
    ...SIGNED_IN,
    invalid_wallet_address: async (w) => {
      const wallet = await walletOf(w, 'Li Lei');
      // One symbol changed: the check symbol no longer fits.
      const typo = `${wallet.address[0] === 'A' ? 'B' : 'A'}${wallet.address.slice(1)}`;
      return w.t.call('wallets.lookup', { address: typo });
    },
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('wallets.lookup', { address: SAMPLE_ADDRESS });
    },
  },
  'wallets.topUp': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('wallets.topUp', { operationId: newId(), walletId: NOBODY_ID, currency: 'CNY', amountMinor: 100, tender: { kind: 'cash' } });
    },
    id_exists_with_different_content: async (w) => {
      const wallet = await walletOf(w, 'Li Lei');
      const first = { operationId: newId(), walletId: wallet.id, currency: 'CNY', amountMinor: 100, tender: { kind: 'cash' } };
      return reusedId(w, 'wallets.topUp', first, { ...first, tender: { kind: 'bank_transfer', reference: 'REF-1' } });
    },
  },
  'wallets.transfer': {
    ...SIGNED_IN,
    not_found: async (w) => {
      const from = await walletOf(w, 'Li Lei', 1_000);
      return w.t.call('wallets.transfer', { operationId: newId(), fromWalletId: from.id, toWalletId: NOBODY_ID, currency: 'CNY', amountMinor: 1 });
    },
    invalid_wallet_address: async (w) => {
      const from = await walletOf(w, 'Li Lei', 1_000);
      return w.t.call('wallets.transfer', { operationId: newId(), fromWalletId: from.id, toAddress: 'ABCD-EFGH-JKMN', currency: 'CNY', amountMinor: 1 });
    },
    same_wallet: async (w) => {
      const from = await walletOf(w, 'Li Lei', 1_000);
      return w.t.call('wallets.transfer', { operationId: newId(), fromWalletId: from.id, toAddress: from.address, currency: 'CNY', amountMinor: 1 });
    },
    insufficient_funds: async (w) => {
      const from = await walletOf(w, 'Li Lei', 1_000);
      const to = await walletOf(w, 'Han Meimei');
      return w.t.call('wallets.transfer', { operationId: newId(), fromWalletId: from.id, toWalletId: to.id, currency: 'CNY', amountMinor: 1_001 });
    },
    id_exists_with_different_content: async (w) => {
      const from = await walletOf(w, 'Li Lei', 1_000);
      const to = await walletOf(w, 'Han Meimei');
      const first = { operationId: newId(), fromWalletId: from.id, toWalletId: to.id, currency: 'CNY', amountMinor: 100 };
      return reusedId(w, 'wallets.transfer', first, { ...first, amountMinor: 101 });
    },
  },
  'wallets.convert': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('wallets.convert', { operationId: newId(), walletId: NOBODY_ID, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 100 });
    },
    fx_rate_not_found: async (w) => convertFrom(w, await walletOf(w, 'Li Lei', 1_000), 100),
    fx_rate_stale: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w, { maxAgeMs: MINUTE });
      w.t.clock.advance(MINUTE + 1); // well inside the idle lock
      return convertFrom(w, wallet, 100);
    },
    fx_rate_from_future: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w);
      w.t.clock.advance(-1); // the terminal's clock was set back after the rate was entered
      return convertFrom(w, wallet, 100);
    },
    fx_amount_too_small: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w, { feeBps: 0 });
      return convertFrom(w, wallet, 3, { roundingMode: 'down' }); // 3 fen × 0.1284 = 0.39 cent
    },
    amount_overflow: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w, { rate: '100000', feeBps: 0 });
      return convertFrom(w, wallet, 100_000_000_000); // 10^11 fen at 10^5 is far over the 10^11 cent cap
    },
    insufficient_funds: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w);
      return convertFrom(w, wallet, 1_001);
    },
    id_exists_with_different_content: async (w) => {
      const wallet = await walletOf(w, 'Li Lei', 1_000);
      await rateSet(w);
      const first = { operationId: newId(), walletId: wallet.id, fromCurrency: 'CNY', toCurrency: 'EUR', debitMinor: 100 };
      return reusedId(w, 'wallets.convert', first, { ...first, debitMinor: 200 });
    },
  },
  'wallets.statement': {
    ...SIGNED_IN,
    not_found: async (w) => {
      await signInAs(w.t, w.cashier);
      return w.t.call('wallets.statement', { walletId: NOBODY_ID, currency: 'CNY', limit: 10 });
    },
  },
  'fx.setRate': {
    ...ROLE_GATED,
    fx_rate_stale: async (w) => {
      await signInAs(w.t, w.manager);
      return w.t.call('fx.setRate', { base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'bank', asOfMs: w.t.clock.nowMs() - HOUR - 1, feeBps: 0, maxAgeMs: HOUR });
    },
    fx_rate_from_future: async (w) => {
      await signInAs(w.t, w.manager);
      return w.t.call('fx.setRate', { base: 'CNY', quote: 'EUR', rate: '0.1284', source: 'bank', asOfMs: w.t.clock.nowMs() + 1, feeBps: 0 });
    },
  },
  'fx.listRates': SIGNED_IN,
};
