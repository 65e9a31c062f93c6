import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../shared/domain/ids';
import { expectOk, createTestApp, setupWithStaff, type TestApp } from '../support/test-app';
import { generate, sell } from '../app/vouchers/voucher-helpers';
import { seedCustomerAndWallet } from '../support/domain-seed';

/**
 * A voucher code is a bearer secret (issue 8 §3): after generation, selling and redeeming, the
 * clear code must be nowhere but in the one response that generated it: not in any column of any
 * table (decrypted: journal, records, state snapshots, the voucher rows themselves), not in the raw
 * database file, its WAL or a rollback journal, not in any other file of the data directory, not
 * in an event or a log line, not in a later reply.
 */
let t: TestApp;
let codes: string[];
let dataDir: string;
let dbFile: string;
const replies: unknown[] = [];

/** Every spelling of a code a leak could take: grouped, canonical, lower case, UTF-16. */
function needles(code: string): Buffer[] {
  const canonical = code.replaceAll('-', '');
  return [code, canonical, code.toLowerCase(), canonical.toLowerCase()].flatMap((s) => [Buffer.from(s, 'utf8'), Buffer.from(s, 'utf16le')]);
}

/** The decrypted database: every column of every row of every table, as bytes. */
async function everyCell(): Promise<{ where: string; bytes: Buffer }[]> {
  return t.db.tx.read(async (tx) => {
    const tables = (await tx.all("SELECT name FROM sqlite_schema WHERE type = 'table'")).map((r) => String(r['name']));
    const cells: { where: string; bytes: Buffer }[] = [];
    for (const table of tables) {
      for (const row of await tx.all(`SELECT * FROM "${table.replaceAll('"', '""')}"`)) {
        for (const [column, value] of Object.entries(row)) {
          if (value === null || value === undefined) continue;
          const bytes = value instanceof Uint8Array ? Buffer.from(value) : Buffer.from(String(value), 'utf8');
          cells.push({ where: `${table}.${column}`, bytes });
        }
      }
    }
    return cells;
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

beforeAll(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
  const batch = await generate(t, { count: 50 });
  codes = batch.vouchers.map((v) => v.code);
  const { walletId } = await seedCustomerAndWallet(t);
  for (const code of codes.slice(0, 5)) replies.push(expectOk(await sell(t, code)));
  for (const code of codes.slice(0, 3)) replies.push(expectOk(await t.call('vouchers.redeem', { operationId: newId(), code, wallet: { walletId } })));
  replies.push(await t.call('vouchers.void', { operationId: newId(), voucher: { code: codes[4] }, reason: 'lost' }));
  replies.push(await t.call('vouchers.redeem', { operationId: newId(), code: codes[0], wallet: { walletId } })); // refused
  replies.push(await t.call('vouchers.summary', {}), await t.call('vouchers.listBatches', {}));
  // The repeat of the generation: refused, and the codes are not in the refusal.
  replies.push(await t.call('vouchers.generateBatch', { batchId: batch.batch.batchId, currency: 'CNY', faceValueMinor: 5000, count: 50 }));
  const file = (await t.db.tx.read((tx) => tx.get("SELECT file FROM pragma_database_list WHERE name = 'main'")))?.['file'];
  dbFile = String(file);
  dataDir = dirname(dbFile);
});
afterAll(async () => t.close());

describe('voucher codes are never stored', () => {
  it('the keyed hash is stored, and it is not a plain SHA-256 of the code', async () => {
    const hashes = await t.db.tx.read((tx) => tx.all('SELECT code_hash FROM voucher'));
    expect(hashes).toHaveLength(50);
    const stored = new Set(hashes.map((r) => Buffer.from(r['code_hash'] as Uint8Array).toString('hex')));
    for (const code of codes) {
      expect(stored.has(createHash('sha256').update(code.replaceAll('-', '')).digest('hex'))).toBe(false);
    }
  });

  it('no column of any table holds a code in any spelling (journal, records, state snapshots included)', async () => {
    const cells = await everyCell();
    // The scan reads what it must: the voucher rows, and the record bodies (a sold voucher's id is in one).
    expect(cells.some((c) => c.where === 'voucher.code_hash')).toBe(true);
    const soldId = Buffer.from((replies[0] as { voucherId: string }).voucherId);
    expect(cells.some((c) => c.where === 'domain_record.body' && c.bytes.includes(soldId))).toBe(true);
    const found = cells.filter((c) => codes.some((code) => needles(code).some((n) => c.bytes.includes(n)))).map((c) => c.where);
    expect(found).toEqual([]);
  });

  it('no file of the data directory (the database, its WAL, a journal) holds a code, before or after a checkpoint', async () => {
    const scan = () => filesUnder(dataDir).filter((path) => codes.some((code) => needles(code).some((n) => readFileSync(path).includes(n))));
    expect(filesUnder(dataDir)).toContain(dbFile);
    expect(scan()).toEqual([]);
    await t.db.tx.exclusive((c) => c.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
    expect(scan()).toEqual([]);
  });

  it('no event, log line or later reply carries a code', () => {
    const text = JSON.stringify([t.received, t.errors, replies]).toUpperCase();
    const leaked = codes.filter((code) => text.includes(code) || text.includes(code.replaceAll('-', '')));
    expect(leaked).toEqual([]);
    expect(replies.at(-1)).toMatchObject({ ok: false, error: { code: 'voucher_batch_exists' } });
  });
});
