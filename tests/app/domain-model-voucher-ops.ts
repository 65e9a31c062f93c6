/**
 * Top-up vouchers for the domain model test, predicted from the model (the state machine of
 * docs/ledger.md §11 "Vouchers": unsold → sold → redeemed, either of the first two → voided;
 * expiry is the batch's time against the clock; redeemed and voided are final). Selling moves
 * the face value into the voucher liability, redeeming moves it on into the wallet, voiding a sold
 * one moves it to merchant sales.
 */
import { expect } from 'vitest';
import type { Input } from '../../shared/ipc/contract';
import { canonical, plan, sameAnswer, type Plan } from './domain-model-plan';
import type { Currency, DomainModel, ModelVoucher } from './domain-model-state';

export function planGenerate(m: DomainModel, input: Input<'vouchers.generateBatch'>): Plan {
  if (m.batches.has(input.batchId)) return plan('vouchers.generateBatch', input, { ok: false, code: 'voucher_batch_exists' });
  if (input.expiresAtMs !== undefined && input.expiresAtMs <= m.now) {
    return plan('vouchers.generateBatch', input, { ok: false, code: 'voucher_expiry_in_past' });
  }
  return plan('vouchers.generateBatch', input, {
    ok: true,
    check: (out) => {
      expect([out.batch.batchId, out.batch.count, out.vouchers.length, out.batch.faceValueMinor]).toEqual([input.batchId, input.count, input.count, input.faceValueMinor]);
      expect(new Set(out.vouchers.map((v) => v.code)).size, 'distinct codes').toBe(input.count);
    },
    apply: (out) => {
      m.batches.add(input.batchId);
      for (const v of out.vouchers) {
        m.vouchers.set(v.voucherId, {
          id: v.voucherId, code: v.code, batchId: input.batchId, currency: input.currency as Currency, face: input.faceValueMinor,
          expiresAt: input.expiresAtMs ?? null, state: 'unsold',
        });
      }
    },
  });
}

/** The voucher a reference names; undefined for a mistyped code (its check character fails). */
function voucherOf(m: DomainModel, ref: Input<'vouchers.sell'>['voucher']): ModelVoucher | undefined {
  if ('voucherId' in ref) return m.vouchers.get(ref.voucherId);
  return [...m.vouchers.values()].find((v) => canonical(v.code) === canonical(ref.code));
}

const expired = (m: DomainModel, v: ModelVoucher): boolean => v.expiresAt !== null && m.now >= v.expiresAt;

type VoucherRefusal = 'voucher_voided' | 'voucher_already_redeemed' | 'voucher_already_sold' | 'voucher_expired' | 'voucher_not_sold';

function sellRefusal(m: DomainModel, v: ModelVoucher): VoucherRefusal | undefined {
  if (v.state === 'voided') return 'voucher_voided';
  if (v.state === 'redeemed') return 'voucher_already_redeemed';
  if (v.state === 'sold') return 'voucher_already_sold';
  return expired(m, v) ? 'voucher_expired' : undefined;
}

function redeemRefusal(m: DomainModel, v: ModelVoucher): VoucherRefusal | undefined {
  if (v.state === 'voided') return 'voucher_voided';
  if (v.state === 'redeemed') return 'voucher_already_redeemed';
  if (expired(m, v)) return 'voucher_expired';
  return v.state === 'unsold' ? 'voucher_not_sold' : undefined;
}

export function planSell(m: DomainModel, input: Input<'vouchers.sell'>): Plan {
  const v = voucherOf(m, input.voucher);
  if (!v) return plan('vouchers.sell', input, { ok: false, code: 'invalid_voucher_code' });
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('vouchers.sell', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) });
  const refused = sellRefusal(m, v);
  if (refused) return plan('vouchers.sell', input, { ok: false, code: refused });
  return plan('vouchers.sell', input, {
    ok: true, replay: false,
    check: (out) => expect([out.voucherId, out.currency, out.amountMinor, out.tenderKind]).toEqual([v.id, v.currency, v.face, input.tender.kind]),
    apply: (out) => {
      v.state = 'sold';
      m.addLiability(v.currency, v.face);
      m.ops.set(input.operationId, { kind: 'voucher.sold', input, output: out });
    },
  });
}

export function planRedeem(m: DomainModel, input: Input<'vouchers.redeem'>): Plan {
  const v = voucherOf(m, { code: input.code });
  const ref = input.wallet;
  const wallet = 'walletId' in ref ? ref.walletId : [...m.wallets.values()].find((w) => w.address === canonical(ref.walletAddress))?.id;
  const touch = { wallets: wallet ? [wallet] : [] };
  if (!v) return plan('vouchers.redeem', input, { ok: false, code: 'invalid_voucher_code' });
  if (!wallet) return plan('vouchers.redeem', input, { ok: false, code: 'invalid_wallet_address' });
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('vouchers.redeem', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) }, touch);
  const refused = redeemRefusal(m, v);
  if (refused) return plan('vouchers.redeem', input, { ok: false, code: refused }, touch);
  return plan('vouchers.redeem', input, {
    ok: true, replay: false,
    check: (out) => expect([out.voucherId, out.walletId, out.currency, out.amountMinor]).toEqual([v.id, wallet, v.currency, v.face]),
    apply: (out) => {
      v.state = 'redeemed';
      m.addLiability(v.currency, -v.face);
      m.credit(wallet, v.currency, v.face);
      m.ops.set(input.operationId, { kind: 'voucher.redeemed', input, output: out });
    },
  }, touch);
}

export function planVoid(m: DomainModel, input: Input<'vouchers.void'>): Plan {
  const v = voucherOf(m, input.voucher);
  if (!v) return plan('vouchers.void', input, { ok: false, code: 'invalid_voucher_code' });
  const prior = m.ops.get(input.operationId);
  if (prior) return plan('vouchers.void', input, { ok: true, replay: true, check: (out) => sameAnswer(out, prior.output) });
  if (v.state === 'voided') return plan('vouchers.void', input, { ok: false, code: 'voucher_voided' });
  if (v.state === 'redeemed') return plan('vouchers.void', input, { ok: false, code: 'voucher_already_redeemed' });
  const wasSold = v.state === 'sold';
  return plan('vouchers.void', input, {
    ok: true, replay: false,
    check: (out) => expect([out.voucherId, out.wasSold, out.releasedMinor]).toEqual([v.id, wasSold, wasSold ? v.face : 0]),
    apply: (out) => {
      v.state = 'voided';
      if (wasSold) m.addLiability(v.currency, -v.face);
      m.ops.set(input.operationId, { kind: 'voucher.voided', input, output: out });
    },
  });
}
