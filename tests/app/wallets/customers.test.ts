import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCustomer } from '../../../electron/main/app/wallets/create-customer';
import { newId } from '../../../shared/domain/ids';
import { newWalletAddress, parseWalletAddress } from '../../../shared/domain/wallet-address';
import { expectOk } from '../../support/test-app';
import { TEST_ACTOR } from '../../support/test-db';
import { headSeq, kindsAfter, newCustomer, topUp, walletWorld, type Customer, type Detail, type WalletWorld } from './wallet-fixture';

/** customers.create / update / get and wallets.lookup through the real dispatch (issue 8 §1). */
let w: WalletWorld;
beforeEach(async () => {
  w = await walletWorld();
});
afterEach(async () => w.t.close());

describe('customers.create', () => {
  it('registers the customer and opens their wallet in one transaction, both chained, fields normalised', async () => {
    const before = await headSeq(w.t);
    const id = newId();
    const created = expectOk<Customer>(await w.t.call('customers.create', {
      id, displayName: '  Wang Fang ', phone: '+86 138-0013 8000', email: ' Wang.Fang@Example.CN ', note: '  prefers WeChat  ',
    }));
    expect(created).toMatchObject({
      id, displayName: 'Wang Fang', phone: '+8613800138000', email: 'wang.fang@example.cn', note: 'prefers WeChat',
      createdAtMs: w.t.clock.nowMs(), replayed: false,
    });
    expect(parseWalletAddress(created.wallet.address)).toEqual({ ok: true, value: created.wallet.address });
    expect(created.wallet.addressText).toMatch(/^[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}-[0-9A-Z*~$=]{4}$/);
    expect(await kindsAfter(w.t, before)).toEqual(['customer.state', 'wallet.state']);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('a repeat answers the customer already there; other details under the same id are refused', async () => {
    const id = newId();
    const first = expectOk<Customer>(await w.t.call('customers.create', { id, displayName: 'Li Lei', phone: '13800138000' }));
    const before = await headSeq(w.t);
    const again = expectOk<Customer>(await w.t.call('customers.create', { id, displayName: ' Li Lei', phone: '138 0013 8000' }));
    expect(again).toEqual({ ...first, replayed: true });
    expect(await w.t.call('customers.create', { id, displayName: 'Li Lei', phone: '13800138001' }))
      .toMatchObject({ ok: false, error: { code: 'id_exists_with_different_content' } });
    expect(await headSeq(w.t)).toBe(before);
    // After an update, the create is still recognised (compared with the customer as created).
    expectOk(await w.t.call('customers.update', { customerId: id, displayName: 'Li Lei (VIP)' }));
    expect(expectOk<Customer>(await w.t.call('customers.create', { id, displayName: 'Li Lei', phone: '13800138000' })))
      .toMatchObject({ replayed: true, displayName: 'Li Lei (VIP)', wallet: first.wallet });
  });

  it('a taken wallet address is drawn again (forced collisions on the unique index)', async () => {
    // The first two draws give the same bytes, then new ones.
    let draws = 0;
    const random = (size: number): Uint8Array => {
      draws += 1;
      return new Uint8Array(size).fill(draws <= 2 ? 7 : 9);
    };
    const create = createCustomer({ db: w.t.db, mac: w.t.mac, terminalId: w.t.terminalId, clock: w.t.clock, random });
    const a = expectOk<Customer>(await create({ id: newId(), displayName: 'Han Meimei' }, TEST_ACTOR));
    expect(a.wallet.address).toBe(newWalletAddress((size) => new Uint8Array(size).fill(7)));
    const b = expectOk<Customer>(await create({ id: newId(), displayName: 'Lucy' }, TEST_ACTOR));
    expect(draws).toBe(3);
    expect(b.wallet.address).toBe(newWalletAddress((size) => new Uint8Array(size).fill(9)));
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('a random source that never stops colliding is a bug (internal), and leaves nothing behind', async () => {
    const ports = { db: w.t.db, mac: w.t.mac, terminalId: w.t.terminalId, clock: w.t.clock, random: (n: number) => new Uint8Array(n).fill(3) };
    const create = createCustomer(ports);
    expectOk(await create({ id: newId(), displayName: 'Han Meimei' }, TEST_ACTOR));
    const before = await w.t.mark();
    await expect(create({ id: newId(), displayName: 'Lucy' }, TEST_ACTOR)).rejects.toThrow(/random source is broken/);
    expect((await w.t.mark()).headSeq).toBe(before.headSeq);
  });

  it('refuses what is not a phone, an email or a clean name at the boundary', async () => {
    for (const input of [
      { displayName: 'A', phone: '12' }, { displayName: 'A', phone: 'call me' }, { displayName: 'A', email: 'not-an-email' },
      { displayName: 'A', email: 'a b@c.d' }, { displayName: 'A\u202Eb' }, { displayName: 'A', note: 'x\u0000y' }, { displayName: '   ' },
    ]) {
      expect(await w.t.call('customers.create', { id: newId(), ...input }), JSON.stringify(input))
        .toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    }
  });
});

describe('customers.update and customers.get', () => {
  it('changes the given fields, null clears, chained; get shows every balance from the cached rows', async () => {
    const c = await newCustomer(w.t, 'Wang Fang', { phone: '13800138000', email: 'fang@example.cn', note: 'VIP' });
    const before = await headSeq(w.t);
    const updated = expectOk<Customer>(await w.t.call('customers.update', { customerId: c.id, phone: null, note: 'regular', email: 'F@Example.cn' }));
    expect(updated).toMatchObject({ displayName: 'Wang Fang', phone: null, email: 'f@example.cn', note: 'regular' });
    expect(await kindsAfter(w.t, before)).toEqual(['customer.state']);
    // Nothing changed: nothing written.
    const same = await headSeq(w.t);
    expectOk(await w.t.call('customers.update', { customerId: c.id, note: 'regular' }));
    expect(await headSeq(w.t)).toBe(same);

    await topUp(w.t, c.wallet.id, 12_345);
    await topUp(w.t, c.wallet.id, 500, 'EUR');
    const detail = expectOk<Detail>(await w.t.call('customers.get', { customerId: c.id }));
    expect(detail).toMatchObject({ id: c.id, wallet: c.wallet, email: 'f@example.cn' });
    expect(detail.balances).toEqual([
      { currency: 'CNY', accountId: expect.any(String), balanceMinor: 12_345, availableMinor: 12_345, pendingMinor: 0 },
      { currency: 'EUR', accountId: expect.any(String), balanceMinor: 500, availableMinor: 500, pendingMinor: 0 },
    ]);
    expect((await w.t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('a new customer has a wallet with no balances yet', async () => {
    const c = await newCustomer(w.t, 'Li Lei');
    expect(expectOk<Detail>(await w.t.call('customers.get', { customerId: c.id })).balances).toEqual([]);
  });
});

describe('wallets.lookup', () => {
  it('finds the wallet by its address as typed (case, hyphens, look-alikes) or scanned', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    const typed = c.wallet.addressText.toLowerCase().replace(/1/g, 'l').replace(/0/g, 'o');
    for (const address of [c.wallet.address, c.wallet.addressText, typed, ` ${c.wallet.addressText} `]) {
      expect(expectOk(await w.t.call('wallets.lookup', { address }))).toEqual({
        walletId: c.wallet.id, customerId: c.id, displayName: 'Wang Fang', address: c.wallet.address, addressText: c.wallet.addressText,
      });
    }
  });

  it('refuses every single-symbol typo by its check symbol, never landing on a wallet', async () => {
    const c = await newCustomer(w.t, 'Wang Fang');
    const symbols = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
    for (let i = 0; i < c.wallet.address.length - 1; i += 1) {
      const original = c.wallet.address[i] as string;
      const other = symbols[(symbols.indexOf(original) + 1) % symbols.length] as string;
      const typo = c.wallet.address.slice(0, i) + other + c.wallet.address.slice(i + 1);
      expect(await w.t.call('wallets.lookup', { address: typo })).toMatchObject({ ok: false, error: { code: 'invalid_wallet_address' } });
    }
  });
});
