import { randomBytes } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import { codeHashTaken, findVoucherByCodeHash, insertBatch, insertVoucher, markRedeemed, markSold, markVoided, tallyVouchers } from '../../electron/main/db/repositories/voucher.repo';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { openTestDb } from '../support/test-db';

/**
 * Migration 80 (vouchers): the tables, the unique keyed-hash index the lookups use, and the CHECKs
 * that tie each state to its columns, so a row can never claim a state without what caused it.
 */
let db: Database;
const staffId = newId();
beforeEach(async () => {
  db = await openTestDb();
});
afterEach(async () => db.close());

async function batchWithVoucher(expiresAtMs: number | null = null): Promise<{ batchId: string; voucherId: string; hash: Uint8Array }> {
  const batchId = newId();
  const voucherId = newId();
  const hash = new Uint8Array(randomBytes(32));
  await db.tx.write(async (tx) => {
    await insertBatch(tx, { id: batchId, currency: 'CNY', faceValueMinor: 500, count: 1, expiresAtMs, createdBy: staffId, createdAtMs: 1000 });
    await insertVoucher(tx, { id: voucherId, batchId, serial: 1, codeHash: hash, createdAtMs: 1000 });
  });
  return { batchId, voucherId, hash };
}

const refused = (sql: string, args: (string | number | Uint8Array | null)[]) =>
  db.tx.write((tx) => tx.run(sql, args)).then(() => 'written', (e: unknown) => String(e));

describe('migration 0080', () => {
  it('finds a voucher by its code hash through the unique index', async () => {
    const { voucherId, hash } = await batchWithVoucher();
    const plan = await db.tx.read((tx) => tx.all(
      'EXPLAIN QUERY PLAN SELECT v.id FROM voucher v JOIN voucher_batch b ON b.id = v.batch_id WHERE v.code_hash = ?', [hash],
    ));
    expect(plan.map((r) => String(r['detail'])).join('\n')).toMatch(/USING INDEX sqlite_autoindex_voucher_\d+ \(code_hash=\?\)|voucher_code_hash_unique/);
    expect((await db.tx.read((tx) => findVoucherByCodeHash(tx, hash)))?.id).toBe(voucherId);
    expect(await db.tx.read((tx) => codeHashTaken(tx, hash))).toBe(true);
  });

  it('refuses a second voucher with the same code hash, and the same serial twice in a batch', async () => {
    const { batchId, hash } = await batchWithVoucher();
    const insert = 'INSERT INTO voucher (id, batch_id, serial, code_hash, state, created_at_ms) VALUES (?, ?, ?, ?, \'unsold\', 1)';
    expect(await refused(insert, [uuidToBytes(newId()), uuidToBytes(batchId), 2, hash])).toMatch(/UNIQUE.*code_hash/);
    expect(await refused(insert, [uuidToBytes(newId()), uuidToBytes(batchId), 1, new Uint8Array(randomBytes(32))])).toMatch(/UNIQUE.*serial/);
  });

  it('ties each state to its columns', async () => {
    const { voucherId } = await batchWithVoucher();
    const id = uuidToBytes(voucherId);
    const op = uuidToBytes(newId());
    expect(await refused("UPDATE voucher SET state = 'sold' WHERE id = ?", [id])).toMatch(/voucher_sold_fields/);
    expect(await refused("UPDATE voucher SET state = 'redeemed', sold_operation_id = ?, sold_at_ms = 1 WHERE id = ?", [op, id]))
      .toMatch(/voucher_redeemed_fields/);
    expect(await refused("UPDATE voucher SET state = 'voided' WHERE id = ?", [id])).toMatch(/voucher_voided_fields/);
    expect(await refused("UPDATE voucher SET state = 'expired' WHERE id = ?", [id])).toMatch(/CHECK/);
    expect(await refused("UPDATE voucher SET code_hash = x'00' WHERE id = ?", [id])).toMatch(/CHECK/);
  });

  it('the repository moves a voucher only out of the state each step leaves', async () => {
    const { voucherId } = await batchWithVoucher();
    const [op, wallet] = [newId(), newId()];
    const results = await db.tx.write(async (tx) => [
      await markRedeemed(tx, voucherId, op, wallet, 2), // not sold yet
      await markSold(tx, voucherId, op, 2),
      await markSold(tx, voucherId, op, 3),
      await markRedeemed(tx, voucherId, newId(), wallet, 4),
      await markVoided(tx, voucherId, newId(), 5), // redeemed is final
    ]);
    expect(results).toEqual([false, true, false, true, false]);
  });

  it('a batch cannot expire before it was made, and holds 1 to 1,000 vouchers', async () => {
    const insert = 'INSERT INTO voucher_batch (id, currency, face_value_minor, count, expires_at_ms, created_by, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)';
    const row = (count: number, expiresAtMs: number | null) => [uuidToBytes(newId()), 'CNY', 100, count, expiresAtMs, uuidToBytes(staffId), 1000];
    expect(await refused(insert, row(1, 1000))).toMatch(/CHECK/);
    expect(await refused(insert, row(0, null))).toMatch(/CHECK/);
    expect(await refused(insert, row(1001, null))).toMatch(/CHECK/);
    expect(await refused(insert, row(1000, 1001))).toBe('written');
  });

  it('tallies per batch and state with the expiry decided at the time asked', async () => {
    const { batchId } = await batchWithVoucher(5000);
    expect(await db.tx.read((tx) => tallyVouchers(tx, 4999, [batchId]))).toEqual([
      { batchId, currency: 'CNY', state: 'unsold', expired: false, count: 1, faceValueMinor: 500 },
    ]);
    expect((await db.tx.read((tx) => tallyVouchers(tx, 5000)))[0]?.expired).toBe(true);
  });
});
