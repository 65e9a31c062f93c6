import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import type { SqlConnection, SqlValue } from '../../electron/main/db/driver';
import { verifyLedger, type VerifyReport } from '../../electron/main/db/verify';
import { bytesToUuid, newId, uuidToBytes } from '../../shared/domain/ids';
import { fcSeed } from '../support/fc-seed';
import { openTestLedger, type TestLedger } from '../support/test-db';
import { openAccounts, seedBatches, type SeededAccounts } from './db-fixtures';
import { prng } from '../support/prng';
import { driverErrorCode } from '../../electron/main/db/driver';

type Tamper = {
  /** Append-only tables whose triggers are dropped for the edit and recreated after it. */
  readonly unlock: readonly string[];
  /** An attacker with the key can also turn foreign keys off. */
  readonly foreignKeysOff?: boolean;
};

/**
 * Edits the database the way someone holding the db key could: on the keyed connection, drop
 * the append-only triggers, change rows, recreate the triggers, commit.
 */
async function tamper(db: Database, how: Tamper, job: (c: SqlConnection) => Promise<void>): Promise<void> {
  await db.tx.exclusive(async (c) => {
    const names = how.unlock.flatMap((t) => [`${t}_no_update`, `${t}_no_delete`]);
    const triggers = await c.allOnce(
      `SELECT name, sql FROM sqlite_schema WHERE type = 'trigger' AND name IN (${names.map(() => '?').join(', ')})`, names);
    expect(triggers).toHaveLength(names.length);
    if (how.foreignKeysOff) await c.exec('PRAGMA foreign_keys = OFF');
    await c.exec('BEGIN IMMEDIATE');
    try {
      for (const t of triggers) await c.exec(`DROP TRIGGER ${String(t['name'])}`);
      await job(c);
      for (const t of triggers) await c.exec(String(t['sql']));
      await c.exec('COMMIT');
    } catch (error) {
      await c.exec('ROLLBACK');
      throw error;
    } finally {
      if (how.foreignKeysOff) await c.exec('PRAGMA foreign_keys = ON');
    }
  });
}

async function runChanges(c: SqlConnection, sql: string, params: SqlValue[] = []): Promise<number> {
  return (await c.run(sql, params)).changes;
}

type Built = TestLedger & { accounts: SeededAccounts; batchSeqs: number[] };

async function buildLedger(): Promise<Built> {
  const ledger = await openTestLedger();
  const accounts = await openAccounts(ledger.store);
  const batchSeqs = await seedBatches(ledger.store, accounts, { batches: 8, memo: 'memo', holds: true, clock: ledger.clock });
  return { ...ledger, accounts, batchSeqs };
}

/** A top-up batch (cash → wallet) in the middle of the chain, and one of its transfers. */
async function middleTopUp(ledger: Built): Promise<{ seq: number; id: Uint8Array; debit: Uint8Array; credit: Uint8Array }> {
  const seq = ledger.batchSeqs[4];
  if (seq === undefined) throw new Error('not enough batches');
  const row = await ledger.db.tx.read((tx) => tx.get(
    "SELECT id, debit_account_id, credit_account_id, code FROM transfer WHERE seq = ? AND leg = 1", [seq]));
  if (!row || row['code'] !== 'topup') throw new Error(`batch at seq ${seq} is not a top-up`);
  return { seq, id: row['id'] as Uint8Array, debit: row['debit_account_id'] as Uint8Array, credit: row['credit_account_id'] as Uint8Array };
}

function firstProblem(report: VerifyReport): string {
  const first = report.problems[0];
  return first ? `${first.kind}@${first.seq ?? '-'}` : 'none';
}

describe('verifyLedger against tampering', () => {
  let ledger: Built;
  beforeEach(async () => {
    ledger = await buildLedger();
  });
  afterEach(() => ledger.db.close());

  it('passes an intact ledger and verifies every entry up to the head', async () => {
    const report = await verifyLedger(ledger.db, ledger.mac);
    const head = await ledger.db.tx.read((tx) => tx.get('SELECT max(seq) AS last_seq FROM journal'));
    expect(report).toEqual({ ok: true, entriesVerified: head?.['last_seq'], headSeq: head?.['last_seq'], firstBadSeq: null, problems: [] });
    expect(report.entriesVerified).toBeGreaterThan(ledger.batchSeqs.length);
  });

  it('finds a transfer amount changed by one unit, at that transfer\'s journal seq', async () => {
    const target = await middleTopUp(ledger);
    await tamper(ledger.db, { unlock: ['transfer'] }, async (c) => {
      expect(await runChanges(c, 'UPDATE transfer SET amount = amount + 1 WHERE id = ?', [target.id])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.ok).toBe(false);
    expect(report.firstBadSeq).toBe(target.seq);
    expect(firstProblem(report)).toBe(`payload@${target.seq}`);
    expect(report.entriesVerified).toBe(target.seq - 1);
    // The cached balances no longer match the fold either.
    expect(report.problems.filter((p) => p.kind === 'balance').map((p) => p.accountId).sort())
      .toEqual([bytesToUuid(target.debit), bytesToUuid(target.credit)].sort());
  });

  it('finds a memo changed by one character', async () => {
    const target = await middleTopUp(ledger);
    await tamper(ledger.db, { unlock: ['transfer'] }, async (c) => {
      expect(await runChanges(c, "UPDATE transfer SET memo = 'mEmo' || substr(memo, 5) WHERE id = ?", [target.id])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.firstBadSeq).toBe(target.seq);
    expect(report.problems.map((p) => p.kind)).toEqual(['payload']);
  });

  it('still fails on the payload when the amount and the cached balances are changed consistently', async () => {
    const target = await middleTopUp(ledger);
    await tamper(ledger.db, { unlock: ['transfer'] }, async (c) => {
      expect(await runChanges(c, 'UPDATE transfer SET amount = amount + 500 WHERE id = ?', [target.id])).toBe(1);
      expect(await runChanges(c, 'UPDATE account SET debits_posted = debits_posted + 500 WHERE id = ?', [target.debit])).toBe(1);
      expect(await runChanges(c, 'UPDATE account SET credits_posted = credits_posted + 500 WHERE id = ?', [target.credit])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    // Balances fold and the ledger balances: only the chain can tell.
    expect(report.problems).toHaveLength(1);
    expect(firstProblem(report)).toBe(`payload@${target.seq}`);
    expect(report.firstBadSeq).toBe(target.seq);
  });

  it('reports a deleted journal row as a gap at its seq', async () => {
    const seq = ledger.batchSeqs[3] ?? 0;
    await tamper(ledger.db, { unlock: ['journal'], foreignKeysOff: true }, async (c) => {
      expect(await runChanges(c, 'DELETE FROM journal WHERE seq = ?', [seq])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(firstProblem(report)).toBe(`gap@${seq}`);
    expect(report.firstBadSeq).toBe(seq);
    expect(report.entriesVerified).toBe(seq - 1);
  });

  it('reports a changed MAC byte of a non-batch entry at its seq', async () => {
    const row = await ledger.db.tx.read((tx) => tx.get("SELECT seq FROM journal WHERE kind = 'account.open' ORDER BY seq LIMIT 1 OFFSET 1"));
    const seq = Number(row?.['seq']);
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      // Flip one bit of the last MAC byte: the payload is not stored, it is rebuilt from the account row.
      const row = await c.getOnce('SELECT mac FROM journal WHERE seq = ?', [seq]);
      const mac = Buffer.from(row?.['mac'] as Uint8Array);
      mac[mac.length - 1] = (mac[mac.length - 1] ?? 0) ^ 0x01;
      expect(await runChanges(c, 'UPDATE journal SET mac = ? WHERE seq = ?', [mac, seq])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(firstProblem(report)).toBe(`payload@${seq}`);
    expect(report.firstBadSeq).toBe(seq);
  });

  it('reports a changed request hash of a batch entry at its seq (a column the batch row folded into)', async () => {
    const seq = ledger.batchSeqs[2] ?? 0;
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      const row = await c.getOnce('SELECT request_hash FROM journal WHERE seq = ?', [seq]);
      const hash = Buffer.from(row?.['request_hash'] as Uint8Array);
      hash[Math.floor(hash.length / 2)] = (hash[Math.floor(hash.length / 2)] ?? 0) ^ 0x01;
      expect(await runChanges(c, 'UPDATE journal SET request_hash = ? WHERE seq = ?', [hash, seq])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.firstBadSeq).toBe(seq);
    expect(['payload', 'mac']).toContain(report.problems[0]?.kind);
  });

  it('reports a cached balance edited alone as a balance problem on that account', async () => {
    await tamper(ledger.db, { unlock: [] }, async (c) => {
      expect(await runChanges(c, 'UPDATE account SET credits_posted = credits_posted + 5 WHERE id = ?', [uuidToBytes(ledger.accounts.revenue)])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.ok).toBe(false);
    expect(report.problems.find((p) => p.kind === 'balance')?.accountId).toBe(ledger.accounts.revenue);
    expect(report.problems.map((p) => p.kind).sort()).toEqual(['balance', 'unbalanced_ledger']);
    // The chain itself is intact.
    expect(report.entriesVerified).toBe(report.headSeq);
    expect(report.firstBadSeq).toBeNull();
  });

  it('finds the staff id of a batch changed (kept once, in its journal row)', async () => {
    const target = await middleTopUp(ledger);
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      expect(await runChanges(c, "UPDATE journal SET actor_id = 'staff-tesT' WHERE seq = ?", [target.seq])).toBe(1);
    });
    expect(firstProblem(await verifyLedger(ledger.db, ledger.mac))).toBe(`payload@${target.seq}`);
  });

  it('finds the ref_id and device time of a batch entry changed', async () => {
    const seq = ledger.batchSeqs[5] ?? 0;
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      expect(await runChanges(c, 'UPDATE journal SET device_ts_ms = device_ts_ms + 1 WHERE seq = ?', [seq])).toBe(1);
    });
    expect(firstProblem(await verifyLedger(ledger.db, ledger.mac))).toBe(`payload@${seq}`);
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      expect(await runChanges(c, 'UPDATE journal SET device_ts_ms = device_ts_ms - 1, ref_id = ? WHERE seq = ?', [uuidToBytes(newId()), seq])).toBe(1);
    });
    expect(firstProblem(await verifyLedger(ledger.db, ledger.mac))).toBe(`payload@${seq}`);
  });

  it('finds a forged transfer filed under a non-batch entry, with the balances adjusted to match', async () => {
    // No trigger has to go for this: transfers may be inserted, and accounts updated.
    const host = await ledger.db.tx.read((tx) => tx.get("SELECT seq FROM journal WHERE kind = 'account.open' ORDER BY seq DESC LIMIT 1"));
    const seq = Number(host?.['seq']);
    const template = await ledger.db.tx.read((tx) => tx.get("SELECT * FROM transfer WHERE code = 'topup' LIMIT 1"));
    if (!template) throw new Error('no template');
    await tamper(ledger.db, { unlock: [] }, async (c) => {
      // The transfer's own trigger moves both balances, so the fold and the ledger sums agree.
      await c.run(
        `INSERT INTO transfer (key, id, ledger_id, debit_account_id, credit_account_id, amount, code, kind)
         VALUES (?, ?, ?, ?, ?, 777, 'topup', 'single')`,
        [seq * 1024, uuidToBytes(newId()), Number(template['ledger_id']),
          template['debit_account_id'] as Uint8Array, template['credit_account_id'] as Uint8Array]);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.ok).toBe(false);
    expect(firstProblem(report)).toBe(`payload@${seq}`);
  });

  it('finds a transfer moved to a seq the journal does not have (foreign keys off)', async () => {
    const target = await middleTopUp(ledger);
    await tamper(ledger.db, { unlock: ['transfer'], foreignKeysOff: true }, async (c) => {
      expect(await runChanges(c, 'UPDATE transfer SET key = 1000000 * 1024 + (key & 1023) WHERE id = ?', [target.id])).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(report.firstBadSeq).toBe(target.seq);
    expect(report.problems.some((p) => p.seq === 1_000_000)).toBe(true);
  });

  it('finds a recorded decline edited into another answer for its retries', async () => {
    const declined = await ledger.store.submitBatch({
      id: newId(),
      legs: [{ kind: 'single', id: newId(), currency: 'EUR', debitAccountId: ledger.accounts.wallet,
        creditAccountId: ledger.accounts.revenue, amountMinor: 10 ** 11, code: 'sale' }],
    }, { staffId: 'staff-test' });
    expect(declined.ok ? 'ok' : declined.error.code).toBe('insufficient_funds');
    const row = await ledger.db.tx.read((tx) => tx.get('SELECT seq FROM transfer_rejection'));
    await tamper(ledger.db, { unlock: ['transfer_rejection'] }, async (c) => {
      expect(await runChanges(c, "UPDATE transfer_rejection SET code = 'hold_not_found'")).toBe(1);
    });
    const report = await verifyLedger(ledger.db, ledger.mac);
    expect(firstProblem(report)).toBe(`payload@${Number(row?.['seq'])}`);
  });

  // Non-batch entries (account.open, ledger.create, rejections, staff events) have no other row
  // that repeats ref_id or device_ts_ms: only the MAC binds them.
  it('finds the device time of an account.open entry changed', async () => {
    const row = await ledger.db.tx.read((tx) => tx.get("SELECT seq FROM journal WHERE kind = 'account.open' LIMIT 1"));
    await tamper(ledger.db, { unlock: ['journal'] }, async (c) => {
      await c.run('UPDATE journal SET device_ts_ms = device_ts_ms + 86400000 WHERE seq = ?', [Number(row?.['seq'])]);
    });
    expect((await verifyLedger(ledger.db, ledger.mac)).ok).toBe(false);
  });
});

type Mutation = { table: 'transfer' | 'journal'; key: SqlValue; column: string; before: SqlValue; after: SqlValue };

const TRANSFER_COLUMNS = [
  'key', 'id', 'ledger_id', 'debit_account_id', 'credit_account_id', 'amount', 'code', 'kind',
  'pending_id', 'expires_at_ms', 'memo',
];
const JOURNAL_COLUMNS = ['seq', 'kind', 'ref_id', 'actor_id', 'request_hash', 'payload', 'device_ts_ms', 'prev_mac', 'mac'];

/** One byte of the value changes: a byte of a blob, a character of ASCII text, the low byte of an integer. */
function mutateOneByte(value: SqlValue, random: () => number): SqlValue | undefined {
  const pick = (n: number): number => Math.floor(random() * n);
  const nonZeroByte = (): number => 1 + pick(255);
  if (value instanceof Uint8Array) {
    if (value.length === 0) return undefined;
    const copy = Buffer.from(value);
    const at = pick(copy.length);
    copy[at] = (copy[at] ?? 0) ^ nonZeroByte();
    return copy;
  }
  if (typeof value === 'string') {
    if (value.length === 0) return undefined;
    const at = pick(value.length);
    let replacement = value[at] ?? ' ';
    while (replacement === value[at]) replacement = String.fromCharCode(32 + pick(95));
    return value.slice(0, at) + replacement + value.slice(at + 1);
  }
  if (typeof value === 'number') {
    const low = value % 256;
    return value - low + (low ^ nonZeroByte());
  }
  return undefined;
}

describe('randomized single-byte tampering', () => {
  it('detects 100 of 100 random single-byte mutations of transfer and journal rows', async () => {
    const seed = fcSeed('chain-tamper mutations');
    const random = prng(seed);
    const ledger = await buildLedger();
    try {
      expect((await verifyLedger(ledger.db, ledger.mac)).ok).toBe(true);
      const transferIds = (await ledger.db.tx.read((tx) => tx.all('SELECT id FROM transfer'))).map((r) => r['id'] as Uint8Array);
      const journal = await ledger.db.tx.read((tx) => tx.all('SELECT seq, kind FROM journal'));

      const undetected: string[] = [];
      const byColumn = new Map<string, number>();
      let applied = 0;
      let attempts = 0;
      while (applied < 100) {
        attempts += 1;
        expect(attempts, `seed ${seed}: too many rejected mutations`).toBeLessThan(5000);
        const inTransfer = random() < 0.5;
        let mutation: Mutation | undefined;
        if (inTransfer) {
          const key = transferIds[Math.floor(random() * transferIds.length)] ?? null;
          const column = TRANSFER_COLUMNS[Math.floor(random() * TRANSFER_COLUMNS.length)] ?? 'id';
          const row = await ledger.db.tx.read((tx) => tx.get(`SELECT ${column} AS v FROM transfer WHERE id = ?`, [key]));
          const before = (row?.['v'] ?? null) as SqlValue;
          const after = mutateOneByte(before, random);
          if (after !== undefined) mutation = { table: 'transfer', key, column, before, after };
        } else {
          const entry = journal[Math.floor(random() * journal.length)];
          const column = JOURNAL_COLUMNS[Math.floor(random() * JOURNAL_COLUMNS.length)] ?? 'seq';
          if (entry) {
            const key = Number(entry['seq']);
            const row = await ledger.db.tx.read((tx) => tx.get(`SELECT ${column} AS v FROM journal WHERE seq = ?`, [key]));
            const before = (row?.['v'] ?? null) as SqlValue;
            const after = mutateOneByte(before, random);
            if (after !== undefined) mutation = { table: 'journal', key, column, before, after };
          }
        }
        if (!mutation) continue;
        const m = mutation;
        const keyColumn = m.table === 'transfer' ? 'id' : 'seq';
        // The key itself may be the mutated column: restore by the new key.
        const keyAfter = m.column === keyColumn ? m.after : m.key;
        try {
          await tamper(ledger.db, { unlock: [m.table], foreignKeysOff: true }, async (c) => {
            expect(await runChanges(c, `UPDATE ${m.table} SET ${m.column} = ? WHERE ${keyColumn} = ?`, [m.after, m.key])).toBe(1);
          });
        } catch (error) {
          // A CHECK, UNIQUE or type rule refused this value: not a mutation the schema allows.
          if (driverErrorCode(error) === 'SQLITE_CONSTRAINT') continue;
          throw error;
        }
        applied += 1;
        byColumn.set(`${m.table}.${m.column}`, (byColumn.get(`${m.table}.${m.column}`) ?? 0) + 1);
        let report: VerifyReport | undefined;
        try {
          report = await verifyLedger(ledger.db, ledger.mac);
        } catch (error) {
          undetected.push(`${m.table}.${m.column}: verify threw ${String(error)}`);
        }
        const show = (v: SqlValue): string => (v instanceof Uint8Array ? Buffer.from(v).toString('hex') : String(v));
        if (report?.ok) undetected.push(`${m.table}.${m.column} ${show(m.before)} -> ${show(m.after)}`);
        await tamper(ledger.db, { unlock: [m.table], foreignKeysOff: true }, async (c) => {
          expect(await runChanges(c, `UPDATE ${m.table} SET ${m.column} = ? WHERE ${keyColumn} = ?`, [m.before, keyAfter])).toBe(1);
        });
        const restored = await verifyLedger(ledger.db, ledger.mac);
        expect(restored.ok, `seed ${seed}: restore after ${m.table}.${m.column}`).toBe(true);
      }
      console.log(`chain-tamper: ${applied} mutations applied (${attempts} drawn), by column: ${JSON.stringify(Object.fromEntries(byColumn))}`);
      expect(undetected, `seed ${seed}`).toEqual([]);
    } finally {
      await ledger.db.close();
    }
  });
});
