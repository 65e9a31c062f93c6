import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readChainHead } from '../../electron/main/db/repositories/journal.repo';
import { verifyLedger } from '../../electron/main/db/verify';
import { newId } from '../../shared/domain/ids';
import { openTestLedger, TEST_ACTOR, type TestLedger } from '../support/test-db';
import { openAccounts, seedBatches, type SeededAccounts } from './db-fixtures';
import { driverErrorCode } from '../../electron/main/db/driver';

const APPEND_ONLY = ['transfer', 'journal', 'transfer_rejection', 'audit', 'ledger'] as const;
/** A column each table can be 'updated' with to itself (transfer.seq is generated from its key). */
const SAME: Record<(typeof APPEND_ONLY)[number], string> = {
  transfer: 'key = key', journal: 'seq = seq', transfer_rejection: 'seq = seq', audit: 'seq = seq', ledger: 'seq = seq',
};

/** Runs a write; returns 'ok' or "<driver code>: <message>". */
async function attempt(ledger: TestLedger, sql: string, params: (number | Uint8Array | string | null)[] = []): Promise<string> {
  try {
    await ledger.db.tx.write((tx) => tx.run(sql, params));
    return 'ok';
  } catch (error) {
    return `${driverErrorCode(error) ?? 'no code'}: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** The chain head with its mac as hex (the driver returns Buffers). */
async function head(ledger: TestLedger): Promise<{ lastSeq: number; headMac: Uint8Array; hex: string }> {
  const found = await ledger.db.tx.read(readChainHead);
  if (!found) throw new Error('no chain head');
  return { ...found, hex: Buffer.from(found.headMac).toString('hex') };
}

async function counts(ledger: TestLedger): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const table of APPEND_ONLY) {
    out[table] = (await ledger.db.tx.read((tx) => tx.get(`SELECT count(*) AS n FROM ${table}`)))?.['n'];
  }
  return out;
}

describe('append-only tables', () => {
  let ledger: TestLedger;
  let accounts: SeededAccounts;
  let before: Record<string, unknown>;

  beforeAll(async () => {
    ledger = await openTestLedger();
    accounts = await openAccounts(ledger.store);
    await seedBatches(ledger.store, accounts, { batches: 4, holds: true, clock: ledger.clock });
    // An audit row, through the app's own use case.
    const { recordAudit } = await import('../../electron/main/app/audit/record-audit');
    await recordAudit(ledger)({ kind: 'audit.signOut', staffId: newId(), detail: {}, origin: 'ipc' });
    // A declined sale is recorded (and chained) in transfer_rejection.
    const declined = await ledger.store.submitBatch({ id: newId(), legs: [{
      kind: 'single', id: newId(), currency: 'EUR', debitAccountId: accounts.wallet, creditAccountId: accounts.revenue,
      amountMinor: 1_000_000, code: 'sale',
    }] }, TEST_ACTOR);
    expect(declined.ok ? 'ok' : declined.error.code).toBe('insufficient_funds');
    before = await counts(ledger);
    for (const table of APPEND_ONLY) expect(before[table], table).toBeGreaterThan(0);
  });
  afterAll(() => ledger.db.close());

  for (const table of APPEND_ONLY) {
    it(`refuses UPDATE on ${table}`, async () => {
      // Even a no-op UPDATE fires the trigger.
      const result = await attempt(ledger, `UPDATE ${table} SET ${SAME[table]}`);
      expect(result).toMatch(/^SQLITE_CONSTRAINT: .*append_only/);
      expect(await counts(ledger)).toEqual(before);
    });

    it(`refuses DELETE on ${table}`, async () => {
      const result = await attempt(ledger, `DELETE FROM ${table} WHERE seq = (SELECT max(seq) FROM ${table})`);
      expect(result).toMatch(/^SQLITE_CONSTRAINT: .*append_only/);
      expect(await counts(ledger)).toEqual(before);
    });
  }

  it('refuses targeted edits of money fields', async () => {
    expect(await attempt(ledger, 'UPDATE transfer SET amount = amount + 1')).toMatch(/append_only/);
    expect(await attempt(ledger, "UPDATE transfer SET memo = 'edited'")).toMatch(/append_only/);
    expect(await attempt(ledger, "UPDATE journal SET actor_id = 'someone-else'")).toMatch(/append_only/);
    expect(await attempt(ledger, "UPDATE audit SET detail = '{}'")).toMatch(/append_only/);
    expect(await attempt(ledger, "UPDATE transfer_rejection SET code = 'approved'")).toMatch(/append_only/);
  });

  it('refuses INSERT OR REPLACE, which would delete the old row without its DELETE trigger', async () => {
    const replaceTransfer = `INSERT OR REPLACE INTO transfer (key, id, ledger_id, debit_account_id, credit_account_id,
      amount, code, kind, pending_id, expires_at_ms, memo) SELECT key, id, ledger_id, debit_account_id,
      credit_account_id, amount + 1, code, kind, pending_id, expires_at_ms, memo
      FROM transfer WHERE kind = 'single' LIMIT 1`;
    expect(await attempt(ledger, replaceTransfer)).toMatch(/^SQLITE_CONSTRAINT: .*append_only/);
    expect(await attempt(ledger, `INSERT OR REPLACE INTO journal SELECT seq, kind, ref_id, 'mallory', request_hash, device_ts_ms,
      payload, prev_mac, mac FROM journal WHERE kind = 'ledger.batch' LIMIT 1`))
      // The gapless trigger (BEFORE INSERT) refuses the old seq even before REPLACE's delete would.
      .toMatch(/^SQLITE_CONSTRAINT: .*(append_only|journal_out_of_order)/);
    expect(await attempt(ledger, "REPLACE INTO transfer_rejection SELECT seq, 'approved', message FROM transfer_rejection LIMIT 1"))
      .toMatch(/^SQLITE_CONSTRAINT: .*append_only/);
    expect(await counts(ledger)).toEqual(before);
    expect((await verifyLedger(ledger.db, ledger.mac)).ok).toBe(true);
  });
});

describe('journal ordering', () => {
  let ledger: TestLedger;
  beforeAll(async () => {
    ledger = await openTestLedger();
    const accounts = await openAccounts(ledger.store);
    await seedBatches(ledger.store, accounts, { batches: 3 });
  });
  afterAll(() => ledger.db.close());

  const insertJournal = (seq: number, prevMac: Uint8Array, mac: Uint8Array = randomBytes(32)): Promise<string> =>
    attempt(ledger,
      "INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, 'test.event', NULL, ?, 0, ?, ?)",
      [seq, new Uint8Array([1, 2, 3]), prevMac, mac]);

  it('refuses a seq that is not head + 1, or a prev_mac that is not the head mac', async () => {
    const start = await head(ledger);
    for (const seq of [start.lastSeq + 2, start.lastSeq, 1, 0, start.lastSeq + 1000]) {
      expect(await insertJournal(seq, start.headMac), `seq ${seq}`).toMatch(/^SQLITE_CONSTRAINT: .*journal_out_of_order/);
    }
    const wrongMac = Uint8Array.from(start.headMac);
    wrongMac[31] = (wrongMac[31] ?? 0) ^ 1;
    expect(await insertJournal(start.lastSeq + 1, wrongMac)).toMatch(/^SQLITE_CONSTRAINT: .*journal_out_of_order/);
    expect((await head(ledger)).hex).toBe(start.hex);
    expect((await head(ledger)).lastSeq).toBe(start.lastSeq);
  });

  it('the head is the last row: it moves with the statement that appends, and rolls back with it', async () => {
    const start = await head(ledger);
    const mac = randomBytes(32);
    const seen = await ledger.db.tx.write(async (tx) => {
      await tx.run(
        "INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, 'test.event', NULL, ?, 0, ?, ?)",
        [start.lastSeq + 1, new Uint8Array([9]), start.headMac, mac]);
      // No other statement ran: the head is derived from the rows.
      const moved = await readChainHead(tx);
      // A second append must now chain onto the first.
      const again = await tx.run(
        "INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, 'test.event', NULL, ?, 0, ?, ?)",
        [start.lastSeq + 2, new Uint8Array([10]), mac, randomBytes(32)]);
      return { lastSeq: moved?.lastSeq, hex: moved && Buffer.from(moved.headMac).toString('hex'), changes: again.changes };
    });
    expect(seen).toEqual({ lastSeq: start.lastSeq + 1, hex: mac.toString('hex'), changes: 1 });

    // Roll back an append: the head goes back with the row.
    const current = await head(ledger);
    expect(current.lastSeq).toBe(start.lastSeq + 2);
    await expect(ledger.db.tx.write(async (tx) => {
      await tx.run(
        "INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, 'test.event', NULL, ?, 0, ?, ?)",
        [current.lastSeq + 1, new Uint8Array([11]), current.headMac, randomBytes(32)]);
      throw new Error('abort after append');
    })).rejects.toThrow('abort after append');
    const after = await head(ledger);
    expect([after.lastSeq, after.hex]).toEqual([current.lastSeq, current.hex]);
    const last = await ledger.db.tx.read((tx) => tx.get('SELECT max(seq) AS seq FROM journal'));
    expect(last?.['seq']).toBe(current.lastSeq);
  });
});
