import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../../electron/main/db/driver';
import { findCard, findCardByPanHmac } from '../../../electron/main/db/repositories/card.repo';
import { uuidToBytes } from '../../../shared/domain/ids';
import { seedCustomerAndWallet } from '../../support/domain-seed';
import { createTestApp, setupWithStaff, type TestApp } from '../../support/test-app';
import { seedProgramAndCard } from './card-seed';

/**
 * Migration 70: card programs and cards. The schema holds no column for a security code, a clear
 * PAN or a clear PIN; the constraints keep a card's row consistent; the lookups use their indexes;
 * the rows are guarded state that verify compares with their snapshots.
 */
let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
});
afterEach(async () => t.close());

const columns = async (table: string) =>
  (await t.db.tx.read((tx) => tx.all(`SELECT name FROM pragma_table_info('${table}')`))).map((r) => String(r['name']));
const run = (sql: string, args: SqlValue[]) => t.db.tx.write((tx) => tx.run(sql, args));
const plan = async (sql: string, args: SqlValue[]) =>
  (await t.db.tx.read((tx) => tx.all(`EXPLAIN QUERY PLAN ${sql}`, args))).map((r) => String(r['detail'])).join('\n');

describe('migration 0070', () => {
  it('creates card_program and card, with no column for a security code, a clear PAN or a clear PIN', async () => {
    expect(await columns('card_program')).toEqual(['id', 'name', 'bin', 'pan_length', 'expiry_months', 'currency', 'limits', 'created_at_ms']);
    const card = await columns('card');
    expect(card).toEqual([
      'id', 'program_id', 'wallet_id', 'pan_ct', 'pan_hmac', 'key_version', 'bin', 'last4', 'exp_month', 'exp_year', 'state',
      'close_reason', 'replaced_by', 'pin_salt', 'pin_hash', 'pin_params', 'pin_failures', 'pin_blocked', 'limits', 'created_at_ms',
    ]);
    for (const name of [...card, ...(await columns('card_program'))]) {
      expect(name).not.toMatch(/cvv|cvc|security|track|^pan$|^pin$/i);
    }
  });

  it('a seeded card is stored as ciphertext and keyed index only, and verifies', async () => {
    const { walletId } = await seedCustomerAndWallet(t);
    const { cardId, pan } = await seedProgramAndCard(t, walletId);
    const dump = await t.db.tx.read((tx) => tx.all('SELECT * FROM card'));
    const text = JSON.stringify(dump, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : v));
    expect(text).not.toContain(pan);
    expect(text).not.toContain(Buffer.from(pan, 'ascii').toString('hex'));
    const row = await t.db.tx.read((tx) => findCard(tx, cardId));
    expect(row).toMatchObject({ state: 'pending_activation', pin: null, pinFailures: 0, pinBlocked: false, last4: pan.slice(-4) });
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
  });

  it('refuses inconsistent rows: a second card with the same PAN index, a PIN on a pending card, an active card without one', async () => {
    const { walletId } = await seedCustomerAndWallet(t);
    const { cardId } = await seedProgramAndCard(t, walletId);
    const row = await t.db.tx.read((tx) => findCard(tx, cardId));
    if (!row) throw new Error('no card');
    const copy = `INSERT INTO card (id, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state, limits, created_at_ms)
      SELECT ?, program_id, wallet_id, pan_ct, pan_hmac, key_version, bin, last4, exp_month, exp_year, state, limits, created_at_ms FROM card WHERE id = ?`;
    await expect(run(copy, [uuidToBytes('019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b6a'), uuidToBytes(cardId)])).rejects.toThrow(/UNIQUE constraint failed: card.pan_hmac/);
    const id = uuidToBytes(cardId);
    await expect(run("UPDATE card SET state = 'active' WHERE id = ?", [id])).rejects.toThrow(/CHECK/);
    await expect(run('UPDATE card SET pin_salt = ?, pin_hash = ?, pin_params = ? WHERE id = ?', [new Uint8Array(16), new Uint8Array(32), 'scrypt:1024:8:1', id]))
      .rejects.toThrow(/CHECK/);
    await expect(run("UPDATE card SET state = 'closed' WHERE id = ?", [id])).rejects.toThrow(/CHECK/);
    await expect(run('UPDATE card SET pin_failures = 4 WHERE id = ?', [id])).rejects.toThrow(/CHECK/);
    await expect(run('UPDATE card SET pan_ct = ? WHERE id = ?', [new Uint8Array(20), id])).rejects.toThrow(/CHECK/);
    await expect(run("UPDATE card SET state = 'closed', close_reason = 'lost', pin_salt = ?, pin_hash = ?, pin_params = ? WHERE id = ?",
      [new Uint8Array(16), new Uint8Array(32), 'scrypt:1024:8:1', id])).resolves.toBeDefined();
  });

  it('a program whose BIN fills the PAN is refused by the schema too', async () => {
    const insert = `INSERT INTO card_program (id, name, bin, pan_length, expiry_months, currency, limits, created_at_ms)
      VALUES (?, 'x', ?, ?, 12, 'CNY', '{}', 0)`;
    await expect(run(insert, [uuidToBytes('019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b60'), '12345678', 9])).rejects.toThrow(/CHECK/);
    await expect(run(insert, [uuidToBytes('019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b61'), '1234567a', 16])).rejects.toThrow(/CHECK/);
    await expect(run(insert, [uuidToBytes('019ae0a4-4b4b-7c3d-8a5e-1f2e3d4c5b62'), '12345678', 13])).resolves.toBeDefined();
  });

  it('lookups by PAN index, wallet, last 4 and refunded payment use their indexes', async () => {
    const { walletId } = await seedCustomerAndWallet(t);
    const { pan } = await seedProgramAndCard(t, walletId);
    expect(await plan('SELECT id FROM card WHERE pan_hmac = ?', [new Uint8Array(32)])).toMatch(/SEARCH card USING (COVERING )?INDEX sqlite_autoindex_card_\d \(pan_hmac=\?\)/);
    expect(await plan('SELECT id FROM card WHERE wallet_id = ? ORDER BY created_at_ms DESC', [new Uint8Array(16)])).toMatch(/card_by_wallet/);
    expect(await plan('SELECT id FROM card WHERE last4 = ?', ['1234'])).toMatch(/card_by_last4/);
    expect(await plan(`SELECT seq FROM domain_record WHERE json_type(body, '$.paymentOperationId') = 'text'
      AND json_extract(body, '$.paymentOperationId') = ?`, ['x'])).toMatch(/domain_record_by_payment/);
    expect(await t.db.tx.read((tx) => findCardByPanHmac(tx, new Uint8Array(32)))).toBeUndefined();
    expect(pan).toMatch(/^62345678/);
  });
});
