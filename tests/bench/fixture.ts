import { randomBytes } from 'node:crypto';
import { ChainMac } from '../../electron/main/db/chain-mac';
import { createDatabase, type Database } from '../../electron/main/db/connection';
import type { SqlConnection } from '../../electron/main/db/driver';
import { openLedgerBook, type LedgerBook } from '../../electron/main/app/ledger/ledger-book';
import type { Actor } from '../../electron/main/app/ledger/ports';
import { systemClock } from '../../electron/main/core/ports';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { ACCOUNT_FLAGS, type AccountFlags, type MovementLeg } from '../../shared/domain/ledger-types';
import { BARE_TABLE, insertSql, type BareDb, type BareValue } from './bare';
import { timed } from './stats';

export const ACTOR: Actor = { staffId: 'staff-bench' };
export const TERMINAL = 'terminal-bench';
export const CURRENCY = 'EUR';

export type Result<T> = { ok: true; value: T } | { ok: false; error: { code: string; message: string } };
export function must<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`bench setup failed: ${result.error.code} ${result.error.message}`);
  return result.value;
}

/** Our stack end to end: createDatabase (key, pragmas, self-test, migrations) + the ledger book's use cases. */
export type Ours = { db: Database; store: LedgerBook; mac: ChainMac; close(): Promise<void> };

export async function openOurs(file: string, key: Uint8Array): Promise<Ours> {
  const db = must(await createDatabase({ file, key, keyVerified: true }));
  const mac = new ChainMac(randomBytes(32));
  const store = await openLedgerBook({ db, mac, clock: systemClock, terminalId: TERMINAL });
  must(await store.createLedger(CURRENCY, ACTOR));
  return { db, store, mac, close: () => db.close() };
}

export async function openAccounts(store: LedgerBook, count: number, kind: string, flags: AccountFlags = ACCOUNT_FLAGS.none): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = newId();
    must(await store.openAccount({ id, currency: CURRENCY, kind, flags }, ACTOR));
    ids.push(id);
  }
  return ids;
}

export const single = (debitAccountId: string, creditAccountId: string, amountMinor: number, code = 'sale'): MovementLeg => ({
  kind: 'single', id: newId(), currency: CURRENCY, debitAccountId, creditAccountId, amountMinor, code,
});

/** One bare row with the transfer's 16 columns and realistic sizes (16-byte ids, short texts). */
export function bareRow(seq: number, leg: number, batchId: Buffer, debit: Buffer, credit: Buffer): BareValue[] {
  return [
    Buffer.from(uuidToBytes(newId())), batchId, seq, leg, 1, debit, credit, 1000 + leg, 'sale', 'single',
    null, null, null, ACTOR.staffId, TERMINAL, Date.now(),
  ];
}

export const idBytes = (): Buffer => Buffer.from(uuidToBytes(newId()));

/** Moves the WAL into the main file so reads in both databases start from the same state. */
export async function checkpointOurs(db: Database): Promise<void> {
  await db.tx.exclusive((c) => c.exec('PRAGMA wal_checkpoint(TRUNCATE)'));
}

const COMPARED = ['journal_mode', 'synchronous', 'foreign_keys', 'busy_timeout', 'temp_store', 'page_size',
  'cipher_page_size', 'cipher_version', 'cache_size', 'fullfsync'];

async function readAll(get: (sql: string) => Promise<Record<string, unknown> | undefined>): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of COMPARED) {
    const row = await get(`PRAGMA ${name}`);
    out[name] = row ? String(Object.values(row)[0]) : 'none';
  }
  return out;
}

/** Guards the comparison itself: both sides must run with identical settings. */
export async function assertSamePragmas(db: Database, bare: BareDb): Promise<Record<string, string>> {
  const ours = await db.tx.exclusive((c: SqlConnection) => readAll((sql) => c.getOnce(sql)));
  const theirs = await readAll(async (sql) => (await bare.all(sql))[0]);
  for (const name of COMPARED) {
    if (ours[name] !== theirs[name]) {
      throw new Error(`bench is unfair: PRAGMA ${name} is ${ours[name]} (ours) vs ${theirs[name]} (bare)`);
    }
  }
  return ours;
}

/**
 * The bare baseline of B9 and B12: `BEGIN IMMEDIATE`; one-row `INSERT`; `COMMIT`, as B1. Creates
 * the bare table and answers a runner giving commits per second over `n` commits.
 */
export async function bareCommitRunner(bare: BareDb): Promise<(n: number) => Promise<number>> {
  await bare.exec(BARE_TABLE);
  const insert = await bare.prepare(insertSql(1));
  const [batchId, debit, credit] = [idBytes(), idBytes(), idBytes()];
  let seq = 0;
  return async (n) => (n / (await timed(async () => {
    for (let i = 0; i < n; i += 1) {
      await bare.exec('BEGIN IMMEDIATE');
      await insert.run(bareRow((seq += 1), 0, batchId, debit, credit));
      await bare.exec('COMMIT');
    }
  }))) * 1000;
}
