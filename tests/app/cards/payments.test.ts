import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordsOf } from '../../../electron/main/db/repositories/record.repo';
import { newId } from '../../../shared/domain/ids';
import { authorize, balanceOf, byId, cardTestApp, cash, code, kindsSince, PIN, type CardTestApp } from './card-fixture';

let app: CardTestApp;
beforeAll(async () => {
  app = await cardTestApp();
});
afterAll(async () => {
  expect((await app.t.app.useCases.verifyLedger()).ok).toBe(true);
  expect(app.t.errors).toEqual([]);
  await app.t.close();
});

describe('idempotent by operation id: a repeat answers the first outcome and books nothing more', () => {
  it('top-up, authorise, capture, release, refund, transfer', async () => {
    const { cardId, walletId } = await app.card({ topUpMinor: 0 });
    const repeat = async (key: string, input: Record<string, unknown>) => {
      const first = await app.ok<Record<string, unknown>>(key, input);
      const mark = await app.t.mark();
      const second = await app.ok<Record<string, unknown>>(key, input);
      expect((await app.t.mark()).headSeq, `${key} wrote again`).toBe(mark.headSeq);
      const stable = (v: Record<string, unknown>) => {
        const { replayed: _r, balanceMinor: _b, availableMinor: _a, refundableMinor: _f, ...rest } = v;
        return rest;
      };
      expect(first['replayed']).toBe(false);
      expect(second['replayed']).toBe(true);
      expect(stable(second)).toEqual(stable(first));
      return first;
    };
    await repeat('cards.topUp', { operationId: newId(), cardId, amountMinor: 5_000, tender: { kind: 'bank_transfer', reference: 'TX-1' } });
    const auth = newId();
    await repeat('cards.authorize', { operationId: auth, card: byId(cardId), pin: PIN, amountMinor: 1_000 });
    const capture = newId();
    await repeat('cards.capture', { operationId: capture, authorizationId: auth, amountMinor: 700 });
    const auth2 = newId();
    await repeat('cards.authorize', { operationId: auth2, card: byId(cardId), pin: PIN, amountMinor: 300 });
    await repeat('cards.release', { operationId: newId(), authorizationId: auth2 });
    await repeat('cards.refund', { operationId: newId(), paymentOperationId: capture, amountMinor: 200 });
    await repeat('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 100 });
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 5_000 - 700 + 200 - 100, heldMinor: 0 }));
  });

  it('a repeat needs no PIN (it books nothing), and the same id with other content is a conflict', async () => {
    const { cardId } = await app.card();
    const operationId = newId();
    expect((await authorize(app, cardId, 100, { operationId })).ok).toBe(true);
    expect(await authorize(app, cardId, 100, { operationId, pin: '0000' })).toMatchObject({ ok: true, value: { replayed: true } });
    expect(code(await authorize(app, cardId, 101, { operationId }))).toBe('id_exists_with_different_content');
    expect(code(await app.call('cards.topUp', { operationId, cardId, amountMinor: 100, tender: cash }))).toBe('id_exists_with_different_content');
  });

  it('a refusal before the batch books nothing and leaves the id free: frozen, then unfrozen, the same id pays', async () => {
    const { cardId } = await app.card();
    await app.ok('cards.freeze', { cardId });
    const operationId = newId();
    expect(code(await authorize(app, cardId, 100, { operationId }))).toBe('card_frozen');
    await app.ok('cards.unfreeze', { cardId });
    expect(await authorize(app, cardId, 100, { operationId })).toMatchObject({ ok: true, value: { replayed: false } });
  });
});

describe('two-phase payments', () => {
  it('partial capture posts part and gives the rest back at once; releasing it afterwards is refused', async () => {
    const { cardId } = await app.card({ topUpMinor: 10_000 });
    const authorizationId = newId();
    expect(await authorize(app, cardId, 4_000, { operationId: authorizationId })).toMatchObject({ ok: true, value: { availableMinor: 6_000 } });
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 10_000, heldMinor: 4_000, availableMinor: 6_000 }));
    const captured = await app.ok('cards.capture', { operationId: newId(), authorizationId, amountMinor: 2_500 });
    expect(captured).toMatchObject({ amountMinor: 2_500, releasedMinor: 1_500 });
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 7_500, heldMinor: 0, availableMinor: 7_500 }));
    expect(code(await app.call('cards.release', { operationId: newId(), authorizationId }))).toBe('hold_already_resolved');
    expect(code(await app.call('cards.capture', { operationId: newId(), authorizationId }))).toBe('hold_already_resolved');
  });

  it('release gives the whole hold back; an expired hold can be neither captured nor released, and the sweep returns it', async () => {
    const { cardId } = await app.card({ topUpMinor: 1_000 });
    const released = newId();
    await authorize(app, cardId, 600, { operationId: released });
    expect(code(await authorize(app, cardId, 401))).toBe('insufficient_funds');
    expect(await app.ok('cards.release', { operationId: newId(), authorizationId: released })).toMatchObject({ amountMinor: 600 });
    const expiring = newId();
    await app.ok('cards.authorize', { operationId: expiring, card: byId(cardId), pin: PIN, amountMinor: 1_000, expiresInMs: 60_000 });
    await app.advance(60_000);
    expect(code(await app.call('cards.capture', { operationId: newId(), authorizationId: expiring }))).toBe('hold_expired');
    expect(code(await app.call('cards.release', { operationId: newId(), authorizationId: expiring }))).toBe('hold_expired');
    // Unswept, the money shows as held but a new payment may not use it; the sweep gives it back.
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ heldMinor: 1_000, availableMinor: 0 }));
    await app.t.app.useCases.ledger.expireHolds({ staffId: app.owner.id });
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 1_000, heldMinor: 0, availableMinor: 1_000 }));
  });

  it('refunds: up to what was captured less earlier refunds, exactly', async () => {
    const { cardId } = await app.card({ topUpMinor: 5_000 });
    const authorizationId = newId();
    await authorize(app, cardId, 3_000, { operationId: authorizationId });
    const payment = newId();
    await app.ok('cards.capture', { operationId: payment, authorizationId, amountMinor: 2_000 });
    const refund = (amountMinor: number) => app.call('cards.refund', { operationId: newId(), paymentOperationId: payment, amountMinor });
    expect(code(await refund(2_001))).toBe('refund_exceeds_payment');
    expect(await refund(1_500)).toMatchObject({ ok: true, value: { refundableMinor: 500 } });
    expect(code(await refund(501))).toBe('refund_exceeds_payment');
    expect(await refund(500)).toMatchObject({ ok: true, value: { refundableMinor: 0 } });
    expect(code(await refund(1))).toBe('refund_exceeds_payment');
    expect(code(await app.call('cards.refund', { operationId: newId(), paymentOperationId: authorizationId, amountMinor: 1 }))).toBe('not_found');
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 5_000 }));
  });

  it('pays by a typed or scanned number and the PIN; a number nobody has is not_found', async () => {
    const { cardId, pan } = await app.card();
    const grouped = pan.replace(/(.{4})/g, '$1 ').trim();
    expect(await app.ok('cards.authorize', { operationId: newId(), card: { by: 'pan', pan: grouped }, pin: PIN, amountMinor: 100 }))
      .toMatchObject({ cardId, last4: pan.slice(-4) });
    expect(code(await app.call('cards.authorize', { operationId: newId(), card: { by: 'pan', pan: '4111111111111111' }, pin: PIN, amountMinor: 100 })))
      .toBe('not_found');
  });
});

describe('replacement and expiry', () => {
  it('a lost card is replaced by a new number that takes the whole balance in the same batch; the old one is closed', async () => {
    const { cardId, pan } = await app.card({ topUpMinor: 7_777 });
    const newCardId = newId();
    const mark = await app.t.mark();
    const replaced = await app.ok<{ replaced: { state: string; closeReason: string; replacedBy: string }; issued: { pan: string; card: { id: string; state: string } }; movedMinor: number }>(
      'cards.replace', { cardId, newCardId, reason: 'stolen' });
    expect(replaced.replaced).toMatchObject({ state: 'closed', closeReason: 'stolen', replacedBy: newCardId });
    expect(replaced.issued.card).toMatchObject({ id: newCardId, state: 'pending_activation' });
    expect(replaced.issued.pan).not.toBe(pan);
    expect(replaced.movedMinor).toBe(7_777);
    expect(await balanceOf(app, cardId)).toEqual(expect.objectContaining({ balanceMinor: 0 }));
    expect(await balanceOf(app, newCardId)).toEqual(expect.objectContaining({ balanceMinor: 7_777 }));
    const kinds = await kindsSince(app.t, mark.headSeq);
    expect(kinds.filter((k) => k === 'ledger.batch')).toHaveLength(1);
    expect(kinds).toEqual(expect.arrayContaining(['card.issued', 'card.event', 'card.replaced', 'card.state']));
    const record = (await app.t.db.tx.read((tx) => recordsOf(tx, newCardId, ['card.replaced'])))[0]?.body;
    expect(record).toEqual({ operationId: newCardId, oldCardId: cardId, newCardId, reason: 'stolen', currency: 'CNY', movedMinor: 7_777 });
    // The old card pays no more; the new one after activation does.
    expect(code(await authorize(app, cardId, 1))).toBe('card_closed');
    await app.ok('cards.activate', { cardId: newCardId, pin: PIN });
    expect((await authorize(app, newCardId, 7_777)).ok).toBe(true);
  });

  it('an expired card refuses payments and top-ups, keeps its balance, and is reissued with it', async () => {
    const { cardId } = await app.card({ expiryMonths: 1, topUpMinor: 3_000 });
    await app.advance(70 * 86_400_000);
    expect(code(await authorize(app, cardId, 1))).toBe('card_expired');
    expect(code(await app.call('cards.topUp', { operationId: newId(), cardId, amountMinor: 1, tender: cash }))).toBe('card_expired');
    expect(await app.ok('cards.balance', { card: byId(cardId) })).toMatchObject({ balanceMinor: 3_000, card: { state: 'expired' } });
    const newCardId = newId();
    expect(code(await app.call('cards.replace', { cardId, newCardId, reason: 'lost' }))).toBe('illegal_transition');
    expect(await app.ok('cards.replace', { cardId, newCardId, reason: 'expired' })).toMatchObject({ movedMinor: 3_000, replaced: { closeReason: 'expired' } });
  });

  it('a card with an open authorisation is not replaced until it is captured or released', async () => {
    const { cardId } = await app.card();
    const authorizationId = newId();
    await authorize(app, cardId, 100, { operationId: authorizationId });
    expect(code(await app.call('cards.replace', { cardId, newCardId: newId(), reason: 'lost' }))).toBe('card_has_open_holds');
    await app.ok('cards.capture', { operationId: newId(), authorizationId });
    expect(await app.ok('cards.replace', { cardId, newCardId: newId(), reason: 'lost' })).toMatchObject({ movedMinor: 9_900 });
  });

  it('close needs a zero balance: move it to the wallet first', async () => {
    const { cardId, walletId } = await app.card({ topUpMinor: 500 });
    expect(code(await app.call('cards.close', { cardId }))).toBe('balance_not_zero');
    await app.ok('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 500 });
    expect(await app.ok('cards.close', { cardId })).toMatchObject({ state: 'closed', closeReason: 'user' });
  });
});

describe('cards.statement', () => {
  it('lists every movement newest first, pages, and filters by time', async () => {
    const { cardId, walletId } = await app.card({ topUpMinor: 10_000 });
    const authorizationId = newId();
    await authorize(app, cardId, 2_000, { operationId: authorizationId });
    const payment = newId();
    await app.ok('cards.capture', { operationId: payment, authorizationId, amountMinor: 1_500 });
    await app.advance(60_000);
    const from = app.t.clock.nowMs();
    await app.ok('cards.refund', { operationId: newId(), paymentOperationId: payment, amountMinor: 500 });
    await app.ok('cards.transferToWallet', { operationId: newId(), cardId, pin: PIN, toWalletId: walletId, amountMinor: 1_000 });
    type Page = { lines: { code: string; kind: string; direction: string; amountMinor: number }[]; nextBeforeKey: number | null };
    const all = await app.ok<Page>('cards.statement', { cardId, limit: 50 });
    expect(all.lines.map((l) => `${l.code} ${l.kind} ${l.direction} ${l.amountMinor}`)).toEqual([
      'card_transfer single out 1000', 'card_refund single in 500', 'card_capture post out 1500', 'card_payment pending out 2000',
      'card_topup single in 10000',
    ]);
    const first = await app.ok<Page>('cards.statement', { cardId, limit: 2 });
    expect(first.lines).toHaveLength(2);
    const rest = await app.ok<Page>('cards.statement', { cardId, limit: 50, beforeKey: first.nextBeforeKey });
    expect([...first.lines, ...rest.lines]).toEqual(all.lines);
    expect((await app.ok<Page>('cards.statement', { cardId, limit: 50, fromMs: from })).lines).toHaveLength(2);
    expect(code(await app.call('cards.statement', { cardId, limit: 50, fromMs: 2, toMs: 1 }))).toBe('invalid_input');
  });
});
