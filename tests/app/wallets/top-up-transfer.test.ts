import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import type { Output } from '../../../shared/ipc/contract';
import { expectOk } from '../../support/test-app';
import { balancesOf, headSeq, kindsAfter, merchantBalance, newCustomer, topUp, walletWorld, type WalletWorld } from './wallet-fixture';

/** wallets.topUp and wallets.transfer: one batch and one record each, idempotent by operation id. */
let w: WalletWorld;
beforeEach(async () => {
  w = await walletWorld();
});
afterEach(async () => w.t.close());

type TopUp = Output<'wallets.topUp'>;
type Transfer = Output<'wallets.transfer'>;

async function recordBody(operationId: string): Promise<{ kind: string; body: unknown; actorId: unknown }[]> {
  const rows = await w.t.db.tx.read((tx) => tx.all(
    `SELECT j.kind, r.body, j.actor_id FROM domain_record r JOIN journal j ON j.seq = r.seq WHERE j.ref_id = ? ORDER BY r.seq`,
    [Buffer.from(operationId.replace(/-/g, ''), 'hex')]));
  return rows.map((r) => ({ kind: String(r['kind']), body: JSON.parse(String(r['body'])) as unknown, actorId: r['actor_id'] }));
}

describe('wallets.topUp', () => {
  it.each([
    [{ kind: 'cash' }, 'cash_drawer'],
    [{ kind: 'external_card', approvalCode: 'A1B2-C3' }, 'external_card_clearing'],
    [{ kind: 'bank_transfer', reference: 'INV 2026/01-7' }, 'bank_clearing'],
  ] as const)('%o: debits the tender account (%s), credits the wallet, records the tender', async (tender, merchantKind) => {
    const c = await newCustomer(w.t, 'Wang Fang');
    const operationId = newId();
    const before = await headSeq(w.t);
    const done = expectOk<TopUp>(await w.t.call('wallets.topUp', { operationId, walletId: c.wallet.id, currency: 'CNY', amountMinor: 10_050, tender }));
    expect(done).toMatchObject({
      operationId, walletId: c.wallet.id, currency: 'CNY', amountMinor: 10_050, tender, atMs: w.t.clock.nowMs(), replayed: false,
      balanceNow: { currency: 'CNY', balanceMinor: 10_050, availableMinor: 10_050, pendingMinor: 0 },
    });
    // Accounts opened on first use, then one batch and its record, in one transaction.
    expect(await kindsAfter(w.t, before)).toEqual(['account.open', 'account.open', 'ledger.batch', 'wallet.topup']);
    expect(await recordBody(operationId)).toEqual([
      { kind: 'wallet.topup', body: { walletId: c.wallet.id, currency: 'CNY', amountMinor: 10_050, tender }, actorId: w.cashier.id },
    ]);
    expect(await merchantBalance(w.t, merchantKind, 'CNY')).toBe(-10_050);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('the same operation id again answers the first outcome; other content under it is refused; nothing more is written', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    const request = { operationId: newId(), walletId: c.wallet.id, currency: 'CNY', amountMinor: 500, tender: { kind: 'external_card', approvalCode: 'OK1' } };
    const first = expectOk<TopUp>(await w.t.call('wallets.topUp', request));
    w.t.clock.advance(5_000);
    const before = await headSeq(w.t);
    expect(expectOk<TopUp>(await w.t.call('wallets.topUp', request))).toEqual({ ...first, replayed: true });
    for (const other of [
      { ...request, amountMinor: 501 }, { ...request, currency: 'EUR' }, { ...request, tender: { kind: 'external_card', approvalCode: 'OK2' } },
      { ...request, tender: { kind: 'cash' } },
    ]) {
      expect(await w.t.call('wallets.topUp', other), JSON.stringify(other)).toMatchObject({ ok: false, error: { code: 'id_exists_with_different_content' } });
    }
    expect(await headSeq(w.t)).toBe(before);
    expect(await balancesOf(w.t, c.id)).toEqual({ CNY: 500 });
  });

  it('an operation id already used by another kind of operation is refused', async () => {
    const [a, b] = [await newCustomer(w.t, 'A'), await newCustomer(w.t, 'B')];
    const done = await topUp(w.t, a.wallet.id, 1_000);
    const reuse = { operationId: done.operationId, fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 1 };
    expect(await w.t.call('wallets.transfer', reuse)).toMatchObject({ ok: false, error: { code: 'id_exists_with_different_content' } });
  });

  it('an unknown wallet is not_found and writes nothing', async () => {
    const before = await w.t.mark();
    expect(await w.t.call('wallets.topUp', { operationId: newId(), walletId: newId(), currency: 'CNY', amountMinor: 1, tender: { kind: 'cash' } }))
      .toMatchObject({ ok: false, error: { code: 'not_found' } });
    expect(await w.t.mark()).toEqual(before);
  });
});

describe('wallets.transfer', () => {
  it('moves money between wallets in one currency, by id or by address, with its record', async () => {
    const [a, b] = [await newCustomer(w.t, 'Wang Fang'), await newCustomer(w.t, 'Li Lei')];
    await topUp(w.t, a.wallet.id, 10_000);
    const operationId = newId();
    const byId = expectOk<Transfer>(await w.t.call('wallets.transfer', {
      operationId, fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 2_500,
    }));
    expect(byId).toEqual({
      operationId, fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 2_500, atMs: w.t.clock.nowMs(), replayed: false,
    });
    expectOk(await w.t.call('wallets.transfer', {
      operationId: newId(), fromWalletId: a.wallet.id, toAddress: b.wallet.addressText.toLowerCase(), currency: 'CNY', amountMinor: 500,
    }));
    expect(await balancesOf(w.t, a.id)).toEqual({ CNY: 7_000 });
    expect(await balancesOf(w.t, b.id)).toEqual({ CNY: 3_000 });
    expect((await recordBody(operationId))[0]?.body).toEqual({ fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 2_500 });
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('insufficient funds is the ledger’s decline, recorded: the same operation id repeats it even after a top-up', async () => {
    const [a, b] = [await newCustomer(w.t, 'Wang Fang'), await newCustomer(w.t, 'Li Lei')];
    await topUp(w.t, a.wallet.id, 1_000);
    const request = { operationId: newId(), fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'CNY', amountMinor: 1_001 };
    const before = await headSeq(w.t);
    expect(await w.t.call('wallets.transfer', request)).toMatchObject({ ok: false, error: { code: 'insufficient_funds' } });
    expect(await kindsAfter(w.t, before)).toContain('ledger.rejection');
    await topUp(w.t, a.wallet.id, 1_000);
    expect(await w.t.call('wallets.transfer', request)).toMatchObject({ ok: false, error: { code: 'insufficient_funds' } });
    // Exactly the balance goes through.
    expectOk(await w.t.call('wallets.transfer', { ...request, operationId: newId(), amountMinor: 2_000 }));
    expect(await balancesOf(w.t, a.id)).toEqual({ CNY: 0 });
  });

  it('a sender who never held the currency is refused before any batch; the same id later goes through', async () => {
    const [a, b] = [await newCustomer(w.t, 'Wang Fang'), await newCustomer(w.t, 'Li Lei')];
    const request = { operationId: newId(), fromWalletId: a.wallet.id, toWalletId: b.wallet.id, currency: 'EUR', amountMinor: 100 };
    const before = await w.t.mark();
    expect(await w.t.call('wallets.transfer', request)).toMatchObject({ ok: false, error: { code: 'insufficient_funds' } });
    expect(await w.t.mark()).toEqual(before);
    await topUp(w.t, a.wallet.id, 100, 'EUR');
    expect(expectOk<Transfer>(await w.t.call('wallets.transfer', request)).replayed).toBe(false);
    expect(expectOk<Transfer>(await w.t.call('wallets.transfer', request)).replayed).toBe(true);
    expect(await balancesOf(w.t, b.id)).toEqual({ EUR: 100 });
  });

  it('refuses the same wallet, a mistyped address, an unknown wallet, and both or neither receiver', async () => {
    const [a, b] = [await newCustomer(w.t, 'Wang Fang'), await newCustomer(w.t, 'Li Lei')];
    await topUp(w.t, a.wallet.id, 1_000);
    const base = { operationId: newId(), fromWalletId: a.wallet.id, currency: 'CNY', amountMinor: 1 };
    const typo = `${b.wallet.address.slice(0, 3)}${b.wallet.address[3] === 'Z' ? 'Y' : 'Z'}${b.wallet.address.slice(4)}`;
    const cases: [Record<string, unknown>, string][] = [
      [{ toWalletId: a.wallet.id }, 'same_wallet'],
      [{ toAddress: a.wallet.addressText }, 'same_wallet'],
      [{ toAddress: typo }, 'invalid_wallet_address'],
      [{ toWalletId: newId() }, 'not_found'],
      [{ toWalletId: b.wallet.id, fromWalletId: newId() }, 'not_found'],
      [{ toWalletId: b.wallet.id, toAddress: b.wallet.address }, 'invalid_input'],
      [{}, 'invalid_input'],
    ];
    for (const [extra, code] of cases) {
      expect(await w.t.call('wallets.transfer', { ...base, ...extra }), JSON.stringify(extra)).toMatchObject({ ok: false, error: { code } });
    }
    expect(await balancesOf(w.t, a.id)).toEqual({ CNY: 1_000 });
  });
});
