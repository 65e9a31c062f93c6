import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ensureAccountIn } from '../../electron/main/app/ledger/owned-accounts';
import { ownedAccounts } from '../../electron/main/db/repositories/account.repo';
import type { SqlValue } from '../../electron/main/db/driver';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { seedCustomerAndWallet } from '../support/domain-seed';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../support/test-app';
import { TEST_ACTOR } from '../support/test-db';

/**
 * Guarded domain tables (customers and wallets now; cards and vouchers as they come) are verified
 * like the staff table: each row must equal its latest chained snapshot, rows added or removed
 * outside the app are named.
 */
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
});
afterEach(async () => t.close());

const withTriggersOff = (sql: string, args: SqlValue[]) => t.db.tx.exclusive(async (c) => (await c.run(sql, args)).changes);

describe('verify over customers and wallets', () => {
  it('a seeded customer and wallet verify', async () => {
    await seedCustomerAndWallet(t);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('names a customer edited with the database key alone', async () => {
    const { customerId } = await seedCustomerAndWallet(t);
    await withTriggersOff("UPDATE customer SET display_name = 'Mallory' WHERE id = ?", [uuidToBytes(customerId)]);
    const report = await t.app.useCases.verifyLedger();
    expect(report.ok).toBe(false);
    expect(report.problems.map((p) => p.message).join('\n')).toMatch(new RegExp(`customer ${customerId} differs from entry \\d+: displayName`));
  });

  it('names a wallet added outside the app and one removed', async () => {
    const { walletId } = await seedCustomerAndWallet(t);
    const other = await seedCustomerAndWallet(t);
    await withTriggersOff('DELETE FROM wallet WHERE id = ?', [uuidToBytes(walletId)]);
    await withTriggersOff('INSERT INTO wallet (id, customer_id, address, created_at_ms) VALUES (?, ?, ?, 1)', [
      uuidToBytes(newId()), uuidToBytes(other.customerId), 'ZZZZZZZZZZZ*',
    ]).catch(() => 0); // one wallet per customer: refused by the schema, which is fine too
    const report = await t.app.useCases.verifyLedger();
    const text = report.problems.map((p) => p.message).join('\n');
    expect(text).toContain(`wallet ${walletId} of entry`);
  });

  it('ensureAccountIn opens a kind/owner/currency once and journals it', async () => {
    const { walletId } = await seedCustomerAndWallet(t);
    const ports = { db: t.db, mac: t.mac, terminalId: t.terminalId, clock: t.clock };
    const ids = await t.db.tx.write(async (tx) => [
      await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: walletId, currency: 'EUR' }, TEST_ACTOR),
      await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: walletId, currency: 'EUR' }, TEST_ACTOR),
      await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: walletId, currency: 'USD' }, TEST_ACTOR),
      await ensureAccountIn(tx, ports, { name: 'cashDrawer', currency: 'EUR' }, TEST_ACTOR),
    ]);
    expect(ids[0]).toBe(ids[1]);
    expect(new Set(ids).size).toBe(3);
    const held = await t.db.tx.read((tx) => ownedAccounts(tx, walletId, 'wallet'));
    expect(held.map((a) => a.currency)).toEqual(['EUR', 'USD']);
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });
});

describe('verify reports name personal fields, never their values', () => {
  it('a phone and email edited outside the app are named as changed, without the numbers', async () => {
    const created = expectOk<{ id: string }>(await t.call('customers.create', {
      id: newId(), displayName: 'Li Lei', phone: '13800138000', email: 'li.lei@example.com',
    }));
    await withTriggersOff("UPDATE customer SET phone = '13999999999', email = 'x@example.com' WHERE id = ?", [uuidToBytes(created.id)]);
    const report = await t.app.useCases.verifyLedger();
    const text = report.problems.map((p) => p.message).join('\n');
    expect(text).toMatch(/phone changed/);
    expect(text).toMatch(/email changed/);
    for (const secret of ['13800138000', '13999999999', 'li.lei', 'x@example.com']) expect(text).not.toContain(secret);
  });
});
