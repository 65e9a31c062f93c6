/**
 * From a command's picks to a request, against the model as the command meets it (commands are
 * generated without a model, as in tests/db/ledger-model-commands.ts). Each builder answers the
 * request planned (`Sent`: planned again when the repeat command sends it once more) or
 * undefined when the model has nothing to apply it to.
 */
import { newId } from '../../shared/domain/ids';
import type { Input, MethodKey } from '../../shared/ipc/contract';
import { planActivate, planBalanceWithPin, planClose, planFreeze, planIssue, planReplace, planUnblock, mistypedPan } from './domain-model-card-ops';
import { planAuthorize, planCapture, planCardToWallet, planCardTopUp, planRefund, planRelease } from './domain-model-pay-ops';
import { amountOf, conflictOr, mistype, pick, tenderOf, type AmountSpec, type Plan, type Sent } from './domain-model-plan';
import { CURRENCIES, type DomainModel, type ModelCard } from './domain-model-state';
import { planGenerate, planRedeem, planSell, planVoid } from './domain-model-voucher-ops';
import { planConvert, planCreateCustomer, planSetRate, planWalletTopUp, planWalletTransfer } from './domain-model-wallet-ops';
import type { World } from './domain-model-world';

export const sent = <I>(label: string, input: I, planner: (m: DomainModel, input: I) => Plan, when?: (m: DomainModel) => boolean): Sent => {
  const amountKey = ['amountMinor', 'debitMinor'].find((k) => typeof (input as Record<string, unknown>)[k] === 'number');
  const operationId = (input as { operationId?: unknown }).operationId;
  const vary = amountKey && typeof operationId === 'string'
    ? (delta: number): Sent => {
      const other = { ...input, [amountKey]: ((input as Record<string, number>)[amountKey] ?? 0) + delta };
      return { label, replan: (m) => conflictOr(m, operationId, label as MethodKey, other, () => planner(m, other)) };
    }
    : undefined;
  return { label, replan: (m) => planner(m, input), ...(when ? { when } : {}), ...(vary ? { vary } : {}) };
};

/**
 * Without a fault, one of the items the command can do its work on (none: the command does
 * nothing); with a fault, any of them, so that the app must refuse (a frozen card paying, a
 * voucher redeemed twice, …).
 */
function choose<T>(items: readonly T[], n: number, productive: (t: T) => boolean, fault: boolean): T | undefined {
  return pick(fault ? items : items.filter(productive), n);
}

const cardsOf = (m: DomainModel): ModelCard[] => [...m.cards.values()];
const walletOf = (m: DomainModel, n: number): string | undefined => m.walletOfCustomer.get(pick(m.customers, n) ?? '');
const pinOf = (n: number): string => String(n % 1_000_000).padStart(6, '0').slice(-(4 + (n % 3)));
/** A PIN that is not the card's. */
const wrongPin = (card: ModelCard): string => (card.pin === '0000' ? '1111' : '0000');
const cardRef = (card: ModelCard, byPan: boolean) => (byPan ? { by: 'pan' as const, pan: card.pan } : { by: 'id' as const, cardId: card.id });
export const canSpend = (m: DomainModel) => (c: ModelCard): boolean => m.effective(c) === 'active' && !c.blocked && m.available(c.id) > 0;
const funded = (m: DomainModel) => (walletId: string): boolean => [...m.wallet(walletId).balances.values()].some((b) => b > 0);

export type Picks = { readonly a: number; readonly b: number; readonly flag: boolean; readonly fault: boolean; readonly amount: AmountSpec };

export const build = {
  customer: (_m: DomainModel, p: Picks): Sent =>
    sent('customers.create', { id: newId(), displayName: `Customer ${p.a % 1000}` }, planCreateCustomer),

  issue: (m: DomainModel, p: Picks): Sent | undefined => {
    const walletId = p.fault ? newId() : walletOf(m, p.a);
    const program = pick(m.programs, p.b);
    if (!walletId || !program) return undefined;
    return sent('cards.issue', { cardId: newId(), walletId, programId: program.id }, planIssue);
  },

  activate: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => m.effective(c) === 'pending_activation', p.fault);
    return card && sent('cards.activate', { cardId: card.id, pin: pinOf(p.b) }, planActivate);
  },

  freeze: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => m.effective(c) === (p.flag ? 'active' : 'frozen'), p.fault);
    return card && sent(p.flag ? 'cards.freeze' : 'cards.unfreeze', { cardId: card.id }, (mm, input: Input<'cards.freeze'>) => planFreeze(mm, input, p.flag));
  },

  close: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => c.posted === 0 && c.state !== 'closed', p.fault);
    return card && sent('cards.close', { cardId: card.id }, planClose);
  },

  replace: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => c.state !== 'closed', p.fault);
    if (!card) return undefined;
    // An expired card is reissued, a live one reported lost or stolen; a fault gives the other reason.
    const expired = m.effective(card) === 'expired';
    const reason = expired !== (p.fault && p.b % 2 === 0) ? 'expired' : p.flag ? 'lost' : 'stolen';
    return sent('cards.replace', { cardId: card.id, newCardId: newId(), reason }, planReplace);
  },

  unblock: (m: DomainModel, p: Picks, world: World): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => c.blocked, p.fault);
    return card && { label: 'cards.unblockPin', replan: (mm) => planUnblock(mm, world, card.id) };
  },

  /**
   * The holder's balance inquiries with a PIN: up to three wrong ones in a row; then (flag) a
   * manager's unblock if the PIN got blocked, and the right PIN.
   */
  pin: (m: DomainModel, p: Picks, world: World): Sent[] | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => c.pin !== null && !c.blocked, p.fault);
    if (!card) return undefined;
    if (p.fault && p.b % 3 === 0) return [sent('cards.balance', { card: { by: 'pan', pan: mistypedPan(card.pan, p.b) }, pin: '1234' }, planBalanceWithPin)];
    const ref = cardRef(card, p.b % 2 === 0);
    const tries = Array.from({ length: p.a % 4 }, () => sent('cards.balance', { card: ref, pin: wrongPin(card) }, planBalanceWithPin));
    if (!p.flag && tries.length > 0) return tries;
    const unblock: Sent = { label: 'cards.unblockPin', replan: (mm) => planUnblock(mm, world, card.id), when: (mm) => mm.card(card.id).blocked };
    return [...tries, unblock, sent('cards.balance', { card: ref, pin: card.pin ?? '1234' }, planBalanceWithPin)];
  },

  cardTopUp: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, (c) => m.effective(c) === 'active' || m.effective(c) === 'pending_activation', p.fault);
    if (!card) return undefined;
    const amountMinor = amountOf(p.amount, m.topUpRoom(card));
    return sent('cards.topUp', { operationId: newId(), cardId: card.id, amountMinor, tender: tenderOf(p.b) }, planCardTopUp);
  },

  walletTopUp: (m: DomainModel, p: Picks): Sent | undefined => {
    const walletId = walletOf(m, p.a);
    const currency = pick(CURRENCIES, p.b) ?? 'CNY';
    if (!walletId) return undefined;
    return sent('wallets.topUp', {
      operationId: newId(), walletId, currency, amountMinor: amountOf(p.amount, 0), tender: tenderOf(p.b >> 2),
    }, planWalletTopUp);
  },

  /** A payment: the authorisation (a hold), then by the picks a full or partial capture, a release, or nothing yet. */
  pay: (m: DomainModel, p: Picks): Sent[] | undefined => {
    const card = choose(cardsOf(m), p.a, canSpend(m), p.fault);
    return card && paySteps(m, card, p);
  },

  capture: (m: DomainModel, p: Picks): Sent | undefined => {
    const hold = choose([...m.holds.values()], p.a, (h) => m.isLive(h), p.fault);
    if (!hold) return undefined;
    const amount = p.flag ? undefined : amountOf(p.amount, hold.amount);
    // A fault now and then names no authorisation at all.
    const authorizationId = p.fault && p.b % 4 === 0 ? newId() : hold.authId;
    return sent('cards.capture', { operationId: newId(), authorizationId, ...(amount === undefined ? {} : { amountMinor: amount }) }, planCapture);
  },

  release: (m: DomainModel, p: Picks): Sent | undefined => {
    const hold = choose([...m.holds.values()], p.a, (h) => m.isLive(h), p.fault);
    return hold && sent('cards.release', { operationId: newId(), authorizationId: hold.authId }, planRelease);
  },

  refund: (m: DomainModel, p: Picks): Sent | undefined => {
    const capture = choose([...m.captures.values()], p.a, (c) => c.refunded < c.amount, p.fault);
    // A fault may name an authorisation instead of its capture: no captured payment has that id.
    const paymentOperationId = p.fault && p.b % 3 === 0 ? pick([...m.holds.keys()], p.b) : capture?.opId;
    if (!paymentOperationId) return undefined;
    const amountMinor = amountOf(p.amount, capture ? capture.amount - capture.refunded : 0);
    return sent('cards.refund', { operationId: newId(), paymentOperationId, amountMinor }, planRefund);
  },

  cardToWallet: (m: DomainModel, p: Picks): Sent | undefined => {
    const card = choose(cardsOf(m), p.a, canSpend(m), p.fault);
    const toWalletId = walletOf(m, p.b);
    if (!card || !toWalletId) return undefined;
    return sent('cards.transferToWallet', {
      operationId: newId(), cardId: card.id, pin: p.flag ? wrongPin(card) : (card.pin ?? '1234'), toWalletId,
      amountMinor: amountOf(p.amount, Math.min(m.available(card.id), m.spendRoom(card))),
    }, planCardToWallet);
  },

  walletTransfer: (m: DomainModel, p: Picks): Sent | undefined => {
    const from = choose([...m.wallets.keys()], p.a, funded(m), p.fault);
    // Another wallet, unless the fault asks for the same one (refused: same_wallet).
    const to = p.fault && p.b % 2 === 0 ? from : pick([...m.wallets.keys()].filter((w) => w !== from), p.b);
    if (!from || !to) return undefined;
    const held = [...m.wallet(from).balances].filter(([, b]) => b > 0).map(([c]) => c);
    const currency = pick(held.length > 0 && !p.fault ? held : CURRENCIES, p.a >> 3) ?? 'CNY';
    const address = m.wallet(to).address;
    const receiver = p.flag ? { toAddress: p.fault ? mistype(address, p.b) : address.toLowerCase() } : { toWalletId: to };
    return sent('wallets.transfer', {
      operationId: newId(), fromWalletId: from, ...receiver, currency, amountMinor: amountOf(p.amount, m.balanceOf(from, currency)),
    }, planWalletTransfer);
  },

  /** A manager sets a rate; and (mostly) a wallet holding the base converts at it at once. */
  setRate: (m: DomainModel, p: Picks): Sent[] => {
    // The base is most often a currency some wallet holds, so that conversions can follow.
    const held = CURRENCIES.filter((c) => [...m.wallets.values()].some((w) => (w.balances.get(c) ?? 0) > 0));
    const base = pick(held.length > 0 && p.b % 4 !== 0 ? held : CURRENCIES, p.a) ?? 'CNY';
    const quote = pick(CURRENCIES.filter((c) => c !== base), p.b) ?? 'JPY';
    const den = [1, 10, 100, 1000, 10_000][p.b % 5] ?? 1;
    const num = 1 + (p.a % 50_000);
    const decimal = den === 1 ? String(num) : `${Math.floor(num / den)}.${String(num % den).padStart(Math.log10(den), '0')}`;
    const maxAgeMs = [undefined, undefined, 3_600_000, 60_000][p.a % 4];
    const age = maxAgeMs ?? 86_400_000;
    const asOfMs = [m.now - (p.b % 60_000), m.now - age, m.now - age - 1, m.now + 1][p.fault ? 2 + (p.b % 2) : p.b % 2] ?? m.now;
    const feeBps = p.flag ? 0 : p.b % 11 === 0 ? 9_999 : p.b % 300;
    const setRate = sent('fx.setRate', {
      base, quote, rate: p.b % 2 === 0 ? decimal : { numerator: num, denominator: den }, source: 'Model bank', asOfMs, feeBps,
      ...(maxAgeMs === undefined ? {} : { maxAgeMs }),
    }, planSetRate);
    // Built when it is sent (who holds the base then), once: a repeat sends the same request.
    let input: Input<'wallets.convert'> | undefined;
    const convert: Sent = {
      label: 'wallets.convert',
      when: (mm) => (input ??= conversionOf(mm, base, quote, p)) !== undefined,
      replan: (mm) => planConvert(mm, input ?? (conversionOf(mm, base, quote, p) as Input<'wallets.convert'>)),
    };
    return p.b % 3 === 0 ? [setRate] : [setRate, convert];
  },

  convert: (m: DomainModel, p: Picks): Sent | undefined => {
    // A wallet holding a currency with a rate still fresh; any wallet and any pair on a fault.
    const fresh = [...m.rates].filter(([, r]) => m.now - r.asOfMs <= r.maxAgeMs).map(([pair]) => pair.split('>') as [string, string]);
    const walletId = choose([...m.wallets.keys()], p.a, (w) => fresh.some(([from]) => m.balanceOf(w, from) > 0), p.fault);
    if (!walletId) return undefined;
    const pairs = p.fault ? [...m.rates.keys()].map((k) => k.split('>') as [string, string]) : fresh.filter(([from]) => m.balanceOf(walletId, from) > 0);
    const [from, to] = pick(pairs, p.b) ?? ['CNY', 'JPY'];
    const roundingMode = (['half_up', 'half_even', 'down', 'up'] as const)[p.b % 5];
    return sent('wallets.convert', {
      operationId: newId(), walletId, fromCurrency: from, toCurrency: to, debitMinor: amountOf(p.amount, m.balanceOf(walletId, from)),
      ...(roundingMode === undefined ? {} : { roundingMode }),
    }, planConvert);
  },

  /** A batch of vouchers, and (flag) some of them sold at once at the counter. */
  generate: (m: DomainModel, p: Picks): Sent[] => {
    const currency = pick(CURRENCIES, p.a) ?? 'CNY';
    const expiresAtMs = p.fault ? m.now : p.b % 5 === 0 ? m.now + 60_000 + (p.b % 900_000) : undefined;
    const batchId = newId();
    const count = 1 + (p.a % 3);
    const generate = sent('vouchers.generateBatch', {
      batchId, currency, faceValueMinor: 100 * (1 + (p.b % 50)), count, ...(expiresAtMs === undefined ? {} : { expiresAtMs }),
    }, planGenerate);
    if (!p.flag) return [generate];
    // The codes are known once the batch exists: each sale is built when it is sent.
    const sale = (serial: number): Sent => {
      const operationId = newId();
      const voucherOf = (mm: DomainModel) => [...mm.vouchers.values()].filter((v) => v.batchId === batchId)[serial];
      return {
        label: 'vouchers.sell',
        when: (mm) => voucherOf(mm) !== undefined,
        replan: (mm) => planSell(mm, { operationId, voucher: { code: voucherOf(mm)?.code ?? '' }, tender: tenderOf(p.b + serial) }),
      };
    };
    // And (now and then) the first one redeemed into the first customer's wallet at once.
    const walletId = walletOf(m, 0);
    const redeemId = newId();
    const redeem: Sent = {
      label: 'vouchers.redeem',
      when: (mm) => [...mm.vouchers.values()].some((v) => v.batchId === batchId && v.state === 'sold'),
      replan: (mm) => planRedeem(mm, {
        operationId: redeemId, code: [...mm.vouchers.values()].find((v) => v.batchId === batchId)?.code ?? '', wallet: { walletId: walletId ?? '' },
      }),
    };
    const sales = Array.from({ length: 1 + (p.b % count) }, (_, i) => sale(i));
    return walletId && p.b % 2 === 0 ? [generate, ...sales, redeem] : [generate, ...sales];
  },

  sell: (m: DomainModel, p: Picks): Sent | undefined => {
    const v = choose([...m.vouchers.values()], p.a, (x) => x.state === 'unsold', p.fault);
    if (!v) return undefined;
    const voucher = p.fault && p.b % 4 === 0 ? { code: mistype(v.code, p.b) }
      : p.b % 3 === 0 ? { voucherId: v.id } : { code: p.b % 2 ? v.code.toLowerCase() : v.code };
    return sent('vouchers.sell', { operationId: newId(), voucher, tender: tenderOf(p.b) }, planSell);
  },

  redeem: (m: DomainModel, p: Picks): Sent[] | undefined => {
    const v = choose([...m.vouchers.values()], p.a, (x) => x.state === 'sold', p.fault);
    const walletId = walletOf(m, p.b);
    if (!v || !walletId) return undefined;
    const address = m.wallet(walletId).address;
    const mistake = p.fault ? p.b % 4 : 3;
    const wallet = p.b % 3 === 0 || mistake === 1 ? { walletAddress: mistake === 1 ? mistype(address, p.a) : address } : { walletId };
    const redeem = sent('vouchers.redeem', { operationId: newId(), code: mistake === 0 ? mistype(v.code, p.a) : v.code, wallet }, planRedeem);
    // Now and then the same code again, into another wallet: a voucher redeems once.
    const other = walletOf(m, p.b + 1) ?? walletId;
    const again = sent('vouchers.redeem', { operationId: newId(), code: v.code, wallet: { walletId: other } }, planRedeem);
    return p.flag && mistake === 3 ? [redeem, again] : [redeem];
  },

  void: (m: DomainModel, p: Picks): Sent | undefined => {
    const v = choose([...m.vouchers.values()], p.a, (x) => x.state === 'unsold' || x.state === 'sold', p.fault);
    return v && sent('vouchers.void', { operationId: newId(), voucher: { voucherId: v.id }, reason: p.flag ? 'damaged' : 'sold_in_error' }, planVoid);
  },
};

/** A payment with `card` (see `build.pay`); also the two payments around a day or month boundary (domain-model-commands.ts). */
export function paySteps(m: DomainModel, card: ModelCard, p: Picks): Sent[] {
  const ttl = p.b % 4 === 0 ? undefined : 1000 + (p.b % 7_200_000);
  const amountMinor = amountOf(p.amount, Math.min(m.available(card.id), m.spendRoom(card)));
  const authorizationId = newId();
  const authorize = sent('cards.authorize', {
    operationId: authorizationId, card: cardRef(card, p.b % 3 === 0), pin: p.flag ? wrongPin(card) : (card.pin ?? '1234'), amountMinor,
    ...(ttl === undefined ? {} : { expiresInMs: ttl }),
  }, planAuthorize);
  const open = (mm: DomainModel): boolean => mm.holds.get(authorizationId)?.status === 'open';
  const captureId = newId();
  const capture = (amount?: number): Sent =>
    sent('cards.capture', { operationId: captureId, authorizationId, ...(amount === undefined ? {} : { amountMinor: amount }) }, planCapture, open);
  const partial = 1 + ((p.b >> 6) % amountMinor);
  const refund = (captured: number): Sent => sent('cards.refund', {
    operationId: newId(), paymentOperationId: captureId, amountMinor: amountOf(p.amount, captured),
  }, planRefund, (mm) => mm.captures.has(captureId));
  switch ((p.b >> 3) % 7) {
    case 0: return [authorize, capture()];
    case 1: return [authorize, capture(), refund(amountMinor)];
    case 2: return [authorize, capture(partial)];
    case 3: return [authorize, capture(partial), refund(partial)];
    case 4: return [authorize, sent('cards.release', { operationId: newId(), authorizationId }, planRelease, open)];
    default: return [authorize];
  }
}

/** A conversion of part of what a wallet holds in `from` (none holds any: undefined). */
function conversionOf(m: DomainModel, from: string, to: string, p: Picks): Input<'wallets.convert'> | undefined {
  const walletId = pick([...m.wallets.keys()].filter((w) => m.balanceOf(w, from) > 0), p.a);
  if (!walletId) return undefined;
  const roundingMode = (['half_up', 'half_even', 'down', 'up'] as const)[p.b % 5];
  return {
    operationId: newId(), walletId, fromCurrency: from, toCurrency: to, debitMinor: amountOf(p.amount, m.balanceOf(walletId, from)),
    ...(roundingMode === undefined ? {} : { roundingMode }),
  };
}
