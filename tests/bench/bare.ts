import sqlite3 from '@journeyapps/sqlcipher';

/**
 * The baseline: the same driver, the same raw key and the same pragmas as `db/connection.ts`,
 * but none of our layers (no queue, no Result, no statement cache wrapper, no checks): a file
 * database opened with node-sqlite3 directly and statements prepared once.
 */
export type BareValue = number | string | Buffer | null;

export class BareStatement {
  constructor(private readonly statement: sqlite3.Statement) {}

  run(params: readonly BareValue[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.statement.run(params, (error: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  get(params: readonly BareValue[]): Promise<Record<string, unknown> | undefined> {
    return new Promise((resolve, reject) => {
      this.statement.get(params, (error: Error | null, row?: Record<string, unknown>) =>
        error ? reject(error) : resolve(row));
    });
  }

  all(params: readonly BareValue[]): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.statement.all(params, (error: Error | null, rows: Record<string, unknown>[]) =>
        error ? reject(error) : resolve(rows));
    });
  }

  finalize(): Promise<void> {
    return new Promise((resolve) => {
      this.statement.finalize(() => resolve());
    });
  }
}

export class BareDb {
  private readonly statements: BareStatement[] = [];

  private constructor(private readonly handle: sqlite3.Database) {}

  /** Key first, then WAL, synchronous=FULL, foreign_keys, busy_timeout, temp_store (docs/ledger.md §3.1). */
  static async open(file: string, key: Uint8Array): Promise<BareDb> {
    const handle = await new Promise<sqlite3.Database>((resolve, reject) => {
      const db = new sqlite3.Database(file, sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE, (error) =>
        error ? reject(error) : resolve(db));
    });
    const bare = new BareDb(handle);
    await bare.exec(`PRAGMA key = "x'${Buffer.from(key).toString('hex')}'"`);
    await bare.exec(
      'PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; ' +
        'PRAGMA busy_timeout = 5000; PRAGMA temp_store = MEMORY' +
        (process.platform === 'darwin' ? '; PRAGMA fullfsync = ON' : ''),
    );
    return bare;
  }

  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.exec(sql, (error) => (error ? reject(error) : resolve()));
    });
  }

  all(sql: string, params: readonly BareValue[] = []): Promise<Record<string, unknown>[]> {
    return new Promise((resolve, reject) => {
      this.handle.all(sql, params, (error: Error | null, rows: Record<string, unknown>[]) =>
        error ? reject(error) : resolve(rows));
    });
  }

  async prepare(sql: string): Promise<BareStatement> {
    const statement = await new Promise<sqlite3.Statement>((resolve, reject) => {
      const s = this.handle.prepare(sql, (error: Error | null) => (error ? reject(error) : resolve(s)));
    });
    const bare = new BareStatement(statement);
    this.statements.push(bare);
    return bare;
  }

  async close(): Promise<void> {
    await Promise.all(this.statements.map((s) => s.finalize()));
    await new Promise<void>((resolve, reject) => {
      this.handle.close((error) => (error ? reject(error) : resolve()));
    });
  }
}

/** The transfer table's 16 columns, as a plain table: no CHECKs, FKs, triggers or extra indexes. */
export const BARE_COLUMNS = [
  'id', 'batch_id', 'seq', 'leg', 'ledger_id', 'debit_account_id', 'credit_account_id', 'amount',
  'code', 'kind', 'pending_id', 'expires_at_ms', 'memo', 'staff_id', 'terminal_id', 'created_at_ms',
] as const;

export const BARE_TABLE = `CREATE TABLE IF NOT EXISTS bare_transfer (
  id BLOB PRIMARY KEY, batch_id BLOB, seq INTEGER, leg INTEGER, ledger_id INTEGER,
  debit_account_id BLOB, credit_account_id BLOB, amount INTEGER, code TEXT, kind TEXT,
  pending_id BLOB, expires_at_ms INTEGER, memo TEXT, staff_id TEXT, terminal_id TEXT,
  created_at_ms INTEGER) WITHOUT ROWID`;

export const insertSql = (rows: number): string => {
  const row = `(${BARE_COLUMNS.map(() => '?').join(', ')})`;
  return `INSERT INTO bare_transfer (${BARE_COLUMNS.join(', ')}) VALUES ${Array.from({ length: rows }, () => row).join(', ')}`;
};
