/**
 * Customers and wallet money for the domain model test: what each request must answer, predicted
 * from the model alone (docs/ledger.md §11; the contract's comments in
 * shared/ipc/contract/customers.ts, wallet-money.ts and fx.ts).
 */
import { expect } from 'vitest';
import { AMOUNT_MINOR_MAX } from '../../shared/domain/limits';
import type { Input } from '../../shared/ipc/contract';
import { canonical, plan, sameAnswer, type Plan } from './domain-model-plan';
import { convertAt, type Currency, type DomainModel, type RoundingMode } from './domain-model-state';

const DEFAULT_MAX_AGE_MS = 86_400_000;

export function planCreateCustomer(m: DomainModel, input: Input<'customers.create'>): Plan {
  const known = m.walletOfCustomer.get(input.id);
  if (known) {
    return plan('customers.create', input, { ok: true, replay: true, check: (out) => expect(out.wallet.id).toBe(known) }, { wallets: [known] });
  }
  let walletId = '';
  return plan('customers.create', input, {
    ok: true,
    replay: false,
    check: (out) => expect([out.id, out.displayName, out.wallet.address.length]).toEqual([input.id, input.displayName, 12]),
    apply: (out) => {
      walletId = out.wallet.id;
      m.customers.push(input.id);
      m.walletOfCustomer.set(input.id, walletId);
      m.wallets.set(walletId, { id: walletId, customerId: input.id, address: out.wallet.address, balances: new Map(), accounts: new Set() });
    },
  }, () => ({ wallets: [walletId] }));
}

export function planWalletTopUp(m: DomainModel, input: Input<'wallets.topUp'>): Plan {
  const touch = { wallets: [input.walletId] };
  const prior = m.ops.get(input.operationId);
  if (prior) {
    return plan('wallets.topUp', input, {
      ok: true, replay: true,
      check: (out) => {
        sameAnswer(out, prior.output, ['balanceNow']);
        expect(out.balanceNow.balanceMinor).toBe(m.balanceOf(input.walletId, input.currency));
      },
    }, touch);
  }
  const after = m.balanceOf(input.walletId, input.currency) + input.amountMinor;
  return plan('wallets.topUp', input, {
    ok: true, replay: false,
    check: (out) => expect([out.walletId, out.currency, out.amountMinor, out.tender, out.balanceNow.balanceMinor, out.balanceNow.availableMinor])
      .toEqual([input.walletId, input.currency, input.amountMinor, input.tender, after, after]),
    apply: (out) => {
      m.credit(input.walletId, input.currency, input.amountMinor);
      m.ops.set(input.operationId, { kind: 'wallet.topup', input, output: out });
    },
  }, touch);
}

/**
 * Wallet → wallet. The receiver's account is opened before the ledger decides, so a declined
 * transfer opens it too; that decline is stored, and a repeat of the operation id answers it
 * again. A sender that never held the currency is refused before any batch (nothing stored).
 */
export function planWalletTransfer(m: DomainModel, input: Input<'wallets.transfer'>): Plan {
  const to = input.toWalletId ?? [...m.wallets.values()].find((w) => w.address === canonical(input.toAddress ?? ''))?.id;
  const touch = { wallets: [input.fromWalletId, ...(to ? [to] : [])] };
  if (!to) return plan('wallets.transfer', input, { ok: false, code: 'invalid_wallet_address' });
  if (to === input.fromWalletId) return plan('wallets.transfer', input, { ok: false, code: 'same_wallet' }, touch);
  const prior = m.ops.get(input.operationId);
  if (prior?.declined) return plan('wallets.transfer', input, { ok: false, code: prior.declined }, touch);
  if (prior) return plan('wallets.transfer', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  if (!m.wallet(input.fromWalletId).accounts.has(input.currency)) return plan('wallets.transfer', input, { ok: false, code: 'insufficient_funds' }, touch);
  if (m.balanceOf(input.fromWalletId, input.currency) < input.amountMinor) {
    return plan('wallets.transfer', input, {
      ok: false, code: 'insufficient_funds', writes: true,
      apply: () => {
        m.credit(to, input.currency, 0);
        m.ops.set(input.operationId, { kind: 'wallet.transfer', input, output: null, declined: 'insufficient_funds' });
      },
    }, touch);
  }
  return plan('wallets.transfer', input, {
    ok: true, replay: false,
    check: (out) => expect([out.fromWalletId, out.toWalletId, out.currency, out.amountMinor]).toEqual([input.fromWalletId, to, input.currency, input.amountMinor]),
    apply: (out) => {
      m.credit(input.fromWalletId, input.currency, -input.amountMinor);
      m.credit(to, input.currency, input.amountMinor);
      m.ops.set(input.operationId, { kind: 'wallet.transfer', input, output: out });
    },
  }, touch);
}

export function planSetRate(m: DomainModel, input: Input<'fx.setRate'>): Plan {
  const maxAgeMs = input.maxAgeMs ?? DEFAULT_MAX_AGE_MS;
  if (input.asOfMs > m.now) return plan('fx.setRate', input, { ok: false, code: 'fx_rate_from_future' });
  if (m.now - input.asOfMs > maxAgeMs) return plan('fx.setRate', input, { ok: false, code: 'fx_rate_stale' });
  const ratio = typeof input.rate === 'string' ? decimalRatio(input.rate) : { num: input.rate.numerator, den: input.rate.denominator };
  return plan('fx.setRate', input, {
    ok: true,
    check: (out) => {
      expect(out.rate.numerator * ratio.den, 'the rate as entered').toBe(ratio.num * out.rate.denominator);
      expect([out.base, out.quote, out.feeBps, out.asOfMs, out.maxAgeMs, out.stale]).toEqual([input.base, input.quote, input.feeBps, input.asOfMs, maxAgeMs, false]);
    },
    apply: (out) => m.rates.set(`${input.base}>${input.quote}`, {
      num: out.rate.numerator, den: out.rate.denominator, feeBps: input.feeBps, asOfMs: input.asOfMs, maxAgeMs,
    }),
  });
}

function decimalRatio(text: string): { num: number; den: number } {
  const [whole = '', fraction = ''] = text.split('.');
  return { num: Number(whole + fraction), den: 10 ** fraction.length };
}

/**
 * A conversion at the pair's current rate. Every refusal is decided before any batch and stored
 * nowhere (a repeat decides afresh); a repeat of one that went through answers its record even if
 * the rate changed since.
 */
export function planConvert(m: DomainModel, input: Input<'wallets.convert'>): Plan {
  const touch = { wallets: [input.walletId] };
  const mode: RoundingMode = input.roundingMode ?? 'half_even';
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('wallets.convert', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  const refuse = (code: 'fx_rate_not_found' | 'fx_rate_stale' | 'fx_amount_too_small' | 'amount_overflow' | 'insufficient_funds'): Plan =>
    plan('wallets.convert', input, { ok: false, code }, touch);
  const rate = m.rates.get(`${input.fromCurrency}>${input.toCurrency}`);
  if (!rate) return refuse('fx_rate_not_found');
  if (m.now - rate.asOfMs > rate.maxAgeMs) return refuse('fx_rate_stale');
  const c = convertAt(input.debitMinor, input.fromCurrency as Currency, input.toCurrency as Currency, rate, mode);
  if (c.converted < 1 || c.credited < 1) return refuse('fx_amount_too_small');
  if (c.credited > AMOUNT_MINOR_MAX) return refuse('amount_overflow');
  if (m.balanceOf(input.walletId, input.fromCurrency) < input.debitMinor) return refuse('insufficient_funds');
  return plan('wallets.convert', input, {
    ok: true, replay: false,
    check: (out) => {
      expect([out.debitedMinor, out.feeMinor, out.convertedMinor, out.creditedMinor, out.feeBps, out.roundingMode])
        .toEqual([input.debitMinor, c.fee, c.converted, c.credited, rate.feeBps, mode]);
      expect(out.debitedMinor, 'debited = converted + fee').toBe(out.convertedMinor + out.feeMinor);
    },
    apply: (out) => {
      m.credit(input.walletId, input.fromCurrency, -input.debitMinor);
      m.credit(input.walletId, input.toCurrency, c.credited);
      m.ops.set(input.operationId, { kind: 'wallet.convert', input, output: out });
    },
  }, touch);
}
