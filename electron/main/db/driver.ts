import sqlite3 from '@journeyapps/sqlcipher';

/** Values we let reach the driver. BigInt, NaN and floats never do: see `sql-value.ts`. */
export type SqlValue = number | string | Uint8Array | null;
export type SqlParams = readonly SqlValue[];
export type Row = Record<string, unknown>;
export type RunInfo = { readonly changes: number; readonly lastId: number };

/** The error node-sqlite3 raises, with the SQLite result code name it carries (`SQLITE_…`). */
export type DriverError = Error & { code?: string; errno?: number };

/** node-sqlite3 binds only a Node Buffer as a BLOB; a plain Uint8Array must be viewed as one. */
function bindable(params: SqlParams): SqlValue[] {
  return params.map((value) =>
    value instanceof Uint8Array && !Buffer.isBuffer(value)
      ? Buffer.from(value.buffer, value.byteOffset, value.byteLength)
      : value,
  );
}

export function driverErrorCode(error: unknown): string | undefined {
  return error instanceof Error ? (error as DriverError).code : undefined;
}

/**
 * A promise face over one node-sqlite3 connection. It does no locking of its own: callers go
 * through `Database` (connection.ts), whose queue keeps two logical transactions from
 * interleaving their statements on this one connection.
 */
export class SqlConnection {
  private readonly statements = new Map<string, Promise<sqlite3.Statement>>();

  private constructor(private readonly handle: sqlite3.Database) {}

  static open(file: string, readOnly = false): Promise<SqlConnection> {
    const mode = readOnly
      ? sqlite3.OPEN_READONLY
      : sqlite3.OPEN_READWRITE | sqlite3.OPEN_CREATE;
    return new Promise((resolve, reject) => {
      const handle = new sqlite3.Database(file, mode, (error) => {
        if (error) reject(error);
        else resolve(new SqlConnection(handle));
      });
    });
  }

  /** Runs one or more statements without parameters; used for pragmas and DDL. */
  exec(sql: string): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.exec(sql, (error) => (error ? reject(error) : resolve()));
    });
  }

  run(sql: string, params: SqlParams = []): Promise<RunInfo> {
    return this.prepared(sql).then((statement) => new Promise((resolve, reject) => {
      statement.run(bindable(params), function (this: sqlite3.RunResult, error: Error | null) {
        if (error) reject(error);
        else resolve({ changes: this.changes, lastId: this.lastID });
      });
    }));
  }

  /**
   * The first row, through all(): a stepped but unreset statement would stay active (pinning a
   * read snapshot, blocking WAL checkpoints and DETACH), and get() + reset() costs two round trips
   * to the thread pool where all() costs one. Callers use get() for lookups of one row.
   */
  async get<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return (await this.all<T>(sql, params))[0];
  }

  all<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T[]> {
    return this.prepared(sql).then((statement) => new Promise((resolve, reject) => {
      statement.all(bindable(params), (error: Error | null, rows: T[]) => {
        if (error) reject(error);
        else resolve(rows);
      });
    }));
  }

  /** Unprepared single statement: for one-off SQL (PRAGMA key, ATTACH) we must not cache. */
  runOnce(sql: string, params: SqlParams = []): Promise<void> {
    return new Promise((resolve, reject) => {
      this.handle.run(sql, bindable(params), (error: Error | null) => (error ? reject(error) : resolve()));
    });
  }

  getOnce<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T | undefined> {
    return new Promise((resolve, reject) => {
      this.handle.get(sql, bindable(params), (error: Error | null, row?: T) => {
        if (error) reject(error);
        else resolve(row);
      });
    });
  }

  allOnce<T extends Row = Row>(sql: string, params: SqlParams = []): Promise<T[]> {
    return new Promise((resolve, reject) => {
      this.handle.all(sql, bindable(params), (error: Error | null, rows: T[]) => {
        if (error) reject(error);
        else resolve(rows);
      });
    });
  }

  configureBusyTimeout(timeoutMs: number): void {
    this.handle.configure('busyTimeout', timeoutMs);
  }

  async close(): Promise<void> {
    const statements = await Promise.allSettled([...this.statements.values()]);
    await Promise.all(
      statements.flatMap((s) => (s.status === 'fulfilled' ? [finalizeStatement(s.value)] : [])),
    );
    this.statements.clear();
    await new Promise<void>((resolve, reject) => {
      this.handle.close((error) => (error ? reject(error) : resolve()));
    });
  }

  /**
   * Prepared statements are cached per SQL text. A statement whose prepare failed never calls
   * back on later use in node-sqlite3, so the failure is surfaced here and never cached.
   */
  private prepared(sql: string): Promise<sqlite3.Statement> {
    const cached = this.statements.get(sql);
    if (cached) return cached;
    const pending = new Promise<sqlite3.Statement>((resolve, reject) => {
      const statement = this.handle.prepare(sql, (error: Error | null) => {
        if (error) reject(error);
        else resolve(statement);
      });
    });
    this.statements.set(sql, pending);
    pending.catch(() => this.statements.delete(sql));
    return pending;
  }
}

function finalizeStatement(statement: sqlite3.Statement): Promise<void> {
  return new Promise((resolve) => {
    statement.finalize(() => resolve());
  });
}
