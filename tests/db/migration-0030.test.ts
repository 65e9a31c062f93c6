import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedgerBook } from '../../electron/main/app/ledger/ledger-book';
import { batchPayload, rejectionPayload } from '../../electron/main/core/ledger/canonical-batch';
import { ChainMac, sha256 } from '../../electron/main/db/chain-mac';
import { createDatabase, openDatabase } from '../../electron/main/db/connection';
import type { SqlConnection, SqlValue } from '../../electron/main/db/driver';
import { readOutbox } from '../../electron/main/db/repositories/outbox.repo';
import { verifyLedger } from '../../electron/main/db/verify';
import { canonicalBytes } from '../../shared/domain/canonical';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { FixedClock, tempDir, TEST_ACTOR, TEST_TERMINAL } from '../support/test-db';

/**
 * Migration 30 carries a ledger written by the version-20 schema (a batch table, stored payloads,
 * an outbox table, chain_state) into the new one: every entry still verifies, balances and the
 * audit trail are kept, the outbox is read from the journal, and new batches chain on.
 */
const STAFF = 'staff-test';
const OWNER_ID = newId();
const [CASH, WALLET, BATCH, DECLINED] = [newId(), newId(), newId(), newId()];
const T0 = 1_767_225_600_000;

async function writeLegacyLedger(c: SqlConnection, mac: ChainMac): Promise<void> {
  const run = (sql: string, params: SqlValue[] = []) => c.run(sql, params);
  await run("INSERT INTO meta (key, value) VALUES ('terminal_id', ?)", [TEST_TERMINAL]);
  await run('INSERT INTO chain_state (id, last_seq, head_mac) VALUES (1, 0, ?)', [mac.genesis(TEST_TERMINAL)]);
  let prev = mac.genesis(TEST_TERMINAL);
  let seq = 0;
  const entry = async (kind: string, refId: Uint8Array | null, payload: Uint8Array, ts: number): Promise<number> => {
    seq += 1;
    const next = mac.next({ seq, kind, refId, deviceTsMs: ts, payload, prevMac: prev });
    await run('INSERT INTO journal (seq, kind, ref_id, payload, device_ts_ms, prev_mac, mac) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [seq, kind, refId, payload, ts, prev, next]);
    prev = next;
    return seq;
  };
  await entry('ledger.create', null, canonicalBytes(['ledger.create/1', 1, 'EUR', 2, STAFF, TEST_TERMINAL]), T0);
  await run("INSERT INTO ledger (id, currency, asset_scale, created_at_ms) VALUES (1, 'EUR', 2, ?)", [T0]);
  for (const [id, kind, flags] of [[CASH, 'cash', 0], [WALLET, 'wallet', 2]] as const) {
    await entry('account.open', uuidToBytes(id), canonicalBytes(['account.open/1', id, 'EUR', kind, null, flags, STAFF, TEST_TERMINAL]), T0);
    await run('INSERT INTO account (id, ledger_id, kind, flags, created_at_ms) VALUES (?, 1, ?, ?, ?)', [uuidToBytes(id), kind, flags, T0]);
  }
  const requestHash = sha256(new Uint8Array([1]));
  const transfers = [0, 1].map((leg) => ({
    id: newId(), leg, kind: 'single' as const, currency: 'EUR', debitAccountId: CASH, creditAccountId: WALLET,
    amountMinor: 700 + leg, code: 'topup', pendingId: null, expiresAtMs: null, memo: leg === 0 ? 'first' : null,
  }));
  const header = { batchId: BATCH, requestHash, staffId: STAFF, terminalId: TEST_TERMINAL, createdAtMs: T0 + 1 };
  const payload = batchPayload(header, transfers);
  const batchSeq = await entry('ledger.batch', uuidToBytes(BATCH), payload, T0 + 1);
  await run('INSERT INTO batch (id, request_hash, seq, staff_id, terminal_id, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
    [uuidToBytes(BATCH), requestHash, batchSeq, STAFF, TEST_TERMINAL, T0 + 1]);
  for (const t of transfers) {
    await run(`INSERT INTO transfer (id, batch_id, seq, leg, ledger_id, debit_account_id, credit_account_id, amount, code, kind,
        memo, staff_id, terminal_id, created_at_ms) VALUES (?, ?, ?, ?, 1, ?, ?, ?, 'topup', 'single', ?, ?, ?, ?)`,
    [uuidToBytes(t.id), uuidToBytes(BATCH), batchSeq, t.leg, uuidToBytes(CASH), uuidToBytes(WALLET), t.amountMinor, t.memo, STAFF, TEST_TERMINAL, T0 + 1]);
  }
  await run('UPDATE account SET debits_posted = 1401 WHERE id = ?', [uuidToBytes(CASH)]);
  await run('UPDATE account SET credits_posted = 1401 WHERE id = ?', [uuidToBytes(WALLET)]);
  await run("INSERT INTO outbox (id, seq, kind, payload, created_at_ms) VALUES (?, ?, 'ledger.batch', ?, ?)", [uuidToBytes(BATCH), batchSeq, payload, T0 + 1]);
  const rejection = { batchId: DECLINED, requestHash, code: 'insufficient_funds', message: 'not enough funds', staffId: STAFF, createdAtMs: T0 + 2 };
  const rejectedSeq = await entry('ledger.rejection', uuidToBytes(DECLINED), rejectionPayload(rejection), T0 + 2);
  await run(`INSERT INTO transfer_rejection (id, request_hash, seq, code, message, staff_id, created_at_ms)
    VALUES (?, ?, ?, 'insufficient_funds', 'not enough funds', ?, ?)`, [uuidToBytes(DECLINED), requestHash, rejectedSeq, STAFF, T0 + 2]);
  await entry('audit.signIn', uuidToBytes(OWNER_ID), canonicalBytes(['audit/1', 'audit.signIn', OWNER_ID, 'owner', 'ok', 'ipc', T0 + 3]), T0 + 3);
}

describe('migration 0030', () => {
  let dir: string;
  let cleanup: () => void;
  const key = randomBytes(32);
  const mac = new ChainMac(randomBytes(32));
  beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-m30-')));
  afterEach(() => cleanup());

  it('carries a version-20 ledger over: it verifies, keeps balances, declines and audits, and chains on', async () => {
    const file = join(dir, 'tillbook.db');
    const legacy = await createDatabase({ file, key, migrateTo: 20 });
    if (!legacy.ok) throw new Error(legacy.error.message);
    await legacy.value.tx.write((tx) => writeLegacyLedger(tx as unknown as SqlConnection, mac));
    await legacy.value.close();

    const opened = await openDatabase({ file, key });
    if (!opened.ok) throw new Error(opened.error.message);
    const db = opened.value;
    try {
      expect(db.report.schemaVersion).toBeGreaterThanOrEqual(30);
      const report = await verifyLedger(db, mac);
      expect(report.problems).toEqual([]);
      expect(report.entriesVerified).toBe(6);
      const book = await openLedgerBook({ db, mac, clock: new FixedClock(T0 + 10), terminalId: TEST_TERMINAL });
      expect(await book.balance(WALLET)).toMatchObject({ ok: true, value: { creditsPostedMinor: 1401 } });
      // The recorded decline still answers its retry.
      const retried = await db.tx.read((tx) => tx.get("SELECT r.code FROM journal j JOIN transfer_rejection r ON r.seq = j.seq WHERE j.ref_id = ?", [uuidToBytes(DECLINED)]));
      expect(retried?.['code']).toBe('insufficient_funds');
      const audit = await db.tx.read((tx) => tx.get('SELECT origin, detail FROM audit WHERE seq = 6'));
      expect(audit).toEqual({ origin: 'ipc', detail: JSON.stringify({ subject: 'owner', detail: 'ok' }) });
      const outbox = await db.tx.read((tx) => readOutbox(tx, 0, 100, TEST_TERMINAL));
      expect(outbox.map((o) => [o.kind, o.operationId])).toEqual([['account.open', CASH], ['account.open', WALLET], ['ledger.batch', BATCH]]);
      const tables = await db.tx.read((tx) => tx.all("SELECT name FROM sqlite_schema WHERE type = 'table' AND name IN ('batch', 'outbox', 'chain_state')"));
      expect(tables).toEqual([]);
      const next = await book.submitBatch({ id: newId(), legs: [{
        kind: 'single', id: newId(), currency: 'EUR', debitAccountId: WALLET, creditAccountId: CASH, amountMinor: 1, code: 'sale',
      }] }, TEST_ACTOR);
      expect(next.ok && next.value.seq).toBe(7);
      expect((await verifyLedger(db, mac)).ok).toBe(true);
    } finally {
      await db.close();
    }
  });
});
