import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createDatabase, openDatabase, type OpenOptions } from '../../electron/main/db/connection';
import type { SqlConnection } from '../../electron/main/db/driver';
import { migration0010 } from '../../electron/main/db/migrations/0010-initial-ledger';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../electron/main/db/migrations/index';
import type { Migration } from '../../electron/main/db/migrations/migration';
import { openTestLedger, tempDir } from '../support/test-db';
import { openAccounts, openDescriptors, rawKeyed, seedBatches } from './db-fixtures';
import { BALANCE_SQL } from '../../electron/main/db/repositories/account.repo';
import { DUE_HOLDS_SQL } from '../../electron/main/db/repositories/transfer.repo';

const TABLES_0010 = ['account', 'batch', 'chain_state', 'journal', 'ledger', 'meta', 'outbox', 'transfer', 'transfer_rejection'];
const TABLES_LATEST = ['account', 'audit', 'chain_genesis', 'journal', 'ledger', 'meta', 'outbox_item', 'staff', 'sync_cursor', 'transfer', 'transfer_rejection'];
const INDEXES_0010 = ['account_by_ledger', 'outbox_pending', 'transfer_open_holds', 'transfer_resolves_once'];
const TRIGGERS_0010 = [
  'batch_no_delete', 'batch_no_update', 'journal_advances_head', 'journal_gapless', 'journal_no_delete', 'journal_no_update',
  'transfer_accounts_allowed', 'transfer_no_delete', 'transfer_no_update', 'transfer_rejection_no_delete',
  'transfer_rejection_no_update',
];

async function createOrThrow(options: OpenOptions): Promise<void> {
  const created = await createDatabase(options);
  if (!created.ok) throw new Error(`${created.error.code}: ${created.error.message}`);
  await created.value.close();
}

async function names(connection: SqlConnection, type: 'table' | 'index' | 'trigger'): Promise<string[]> {
  const rows = await connection.allOnce(
    "SELECT name FROM sqlite_schema WHERE type = ? AND name NOT LIKE 'sqlite_%' ORDER BY name", [type]);
  return rows.map((r) => String(r['name']));
}

async function userVersion(connection: SqlConnection): Promise<number> {
  return Number((await connection.getOnce('PRAGMA user_version'))?.['user_version']);
}

/** Inspects the file through a fresh keyed connection, then closes it. */
async function inspect<T>(file: string, key: Uint8Array, job: (c: SqlConnection) => Promise<T>): Promise<T> {
  const connection = await rawKeyed(file, key);
  try {
    return await job(connection);
  } finally {
    await connection.close();
  }
}

describe('migration 0010', () => {
  let dir: string;
  let cleanup: () => void;
  let file: string;
  const key = randomBytes(32);

  beforeEach(() => {
    ({ dir, cleanup } = tempDir('tillbook-migrate-'));
    file = join(dir, 'tillbook.db');
  });
  afterEach(() => cleanup());

  it('takes a fresh database to user_version 10 with the ledger tables, all STRICT', async () => {
    const created = await createDatabase({ file, key, migrateTo: 10 });
    if (!created.ok) throw new Error(created.error.message);
    expect(created.value.report.schemaVersion).toBe(10);
    await created.value.close();

    await inspect(file, key, async (c) => {
      expect(await userVersion(c)).toBe(10);
      expect(await names(c, 'table')).toEqual(TABLES_0010);
      expect(await names(c, 'index')).toEqual(INDEXES_0010);
      expect(await names(c, 'trigger')).toEqual(TRIGGERS_0010);
      const list = await c.allOnce("SELECT name, strict FROM pragma_table_list WHERE schema = 'main' AND name NOT LIKE 'sqlite_%'");
      for (const row of list) expect(row['strict'], String(row['name'])).toBe(1);
      expect(await c.allOnce('PRAGMA foreign_key_check')).toEqual([]);
    });
  });

  it('continues an existing version-10 database to the newest schema and is a no-op after that', async () => {
    await createOrThrow({ file, key, migrateTo: 10 });
    const upgraded = await openDatabase({ file, key });
    if (!upgraded.ok) throw new Error(upgraded.error.message);
    expect(upgraded.value.report.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await upgraded.value.close();
    const before = await inspect(file, key, (c) => c.allOnce('SELECT type, name, sql FROM sqlite_schema ORDER BY name'));
    expect(before.map((r) => r['name'])).toEqual(expect.arrayContaining(TABLES_LATEST));

    const again = await openDatabase({ file, key });
    if (!again.ok) throw new Error(again.error.message);
    expect(again.value.report.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
    await again.value.close();
    await inspect(file, key, async (c) => {
      expect(await userVersion(c)).toBe(LATEST_SCHEMA_VERSION);
      expect(await c.allOnce('SELECT type, name, sql FROM sqlite_schema ORDER BY name')).toEqual(before);
    });
  });

  it('refuses a database from a newer app (database_too_new) and leaves its user_version alone', async () => {
    await createOrThrow({ file, key });
    const schema = await inspect(file, key, async (c) => {
      await c.exec('PRAGMA user_version = 999');
      return c.allOnce('SELECT name, sql FROM sqlite_schema ORDER BY name');
    });

    const opened = await openDatabase({ file, key, keyVerified: true });
    if (opened.ok) await opened.value.close();
    expect(opened.ok ? 'opened' : opened.error.code).toBe('database_too_new');
    const fds = openDescriptors(file);
    if (fds !== undefined) expect(fds).toBe(0);

    await inspect(file, key, async (c) => {
      expect(await userVersion(c)).toBe(999);
      expect(await c.allOnce('SELECT name, sql FROM sqlite_schema ORDER BY name')).toEqual(schema);
    });
  });

  describe('a failing migration in a custom list', () => {
    const failing = (how: 'throw' | 'sql'): Migration => ({
      version: 20,
      name: `fails-by-${how}`,
      async up(tx) {
        await tx.exec('CREATE TABLE half_done (x INTEGER) STRICT; INSERT INTO half_done VALUES (1);');
        if (how === 'throw') throw new Error('migration step failed');
        await tx.exec('INSERT INTO no_such_table VALUES (1)');
      },
    });

    for (const how of ['throw', 'sql'] as const) {
      it(`rolls a fresh database back completely (${how})`, async () => {
        const opened = await createDatabase({ file, key, migrations: [migration0010, failing(how)] });
        if (opened.ok) await opened.value.close();
        expect(opened.ok).toBe(false);
        await inspect(file, key, async (c) => {
          expect(await userVersion(c)).toBe(0);
          expect(await names(c, 'table')).toEqual([]);
          expect(await names(c, 'trigger')).toEqual([]);
        });
      });

      it(`leaves a version-10 database at 10 with nothing of the failed run (${how})`, async () => {
        await createOrThrow({ file, key, migrateTo: 10 });
        const opened = await openDatabase({ file, key, migrations: [migration0010, failing(how)] });
        if (opened.ok) await opened.value.close();
        expect(opened.ok).toBe(false);
        await inspect(file, key, async (c) => {
          expect(await userVersion(c)).toBe(10);
          expect(await names(c, 'table')).toEqual(TABLES_0010);
        });
        // And the real migrations still apply afterwards.
        const fixed = await openDatabase({ file, key, migrations: MIGRATIONS });
        if (!fixed.ok) throw new Error(fixed.error.message);
        expect(fixed.value.report.schemaVersion).toBe(LATEST_SCHEMA_VERSION);
        await fixed.value.close();
      });
    }
  });
});

describe('query plans on the current schema', () => {
  it('reads a balance by account primary key and sweeps holds through transfer_open_holds', async () => {
    const { db, store, clock } = await openTestLedger();
    try {
      const accounts = await openAccounts(store);
      await seedBatches(store, accounts, { batches: 10, holds: true, clock });
      const plan = (sql: string, params: (number | Uint8Array)[]) => db.tx.read(async (tx) =>
        (await tx.all(`EXPLAIN QUERY PLAN ${sql}`, params)).map((r) => String(r['detail'])));

      const balance = await plan(BALANCE_SQL, [new Uint8Array(16)]);
      expect(balance).toContain('SEARCH a USING PRIMARY KEY (id=?)');
      expect(balance.join('\n')).not.toMatch(/\bSCAN\b/);

      const sweep = await plan(DUE_HOLDS_SQL, [clock.nowMs(), 1000]);
      expect(sweep.join('\n')).toMatch(/SEARCH t USING (COVERING )?INDEX transfer_open_holds \(expires_at_ms<\?\)/);
      expect(sweep.join('\n')).toMatch(/SEARCH r USING (COVERING )?INDEX transfer_resolves_once \(pending_id=\?\)/);
      // The index already yields (expires_at_ms, key) order: no sort step, no table scan.
      expect(sweep.join('\n')).not.toMatch(/TEMP B-TREE|\bSCAN\b/);
    } finally {
      await db.close();
    }
  });
});
