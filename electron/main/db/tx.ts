import type { RunInfo, Row, SqlConnection, SqlParams } from './driver';
import { SerialQueue } from './serial-queue';

/** Read-only access inside a queued job. Repositories take this where they must not write. */
export type ReadTx = {
  get<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T | undefined>;
  all<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T[]>;
};

/** Write access; only handed out inside `BEGIN IMMEDIATE … COMMIT`. */
export type WriteTx = ReadTx & {
  run(sql: string, params?: SqlParams): Promise<RunInfo>;
  exec(sql: string): Promise<void>;
};

/** See `TxRunner.onCommit`. `afterCommit` must not reject: it owns its own failures. */
export type CommitHook = {
  readonly isPrompt: (journalKind: string) => boolean;
  readonly afterCommit: (prompt: boolean) => Promise<void> | void;
};

const runners = new WeakMap<object, TxRunner>();

/**
 * Called by the journal writer for every entry it appends inside a write job: lets the commit
 * hook see, without a query, that this transaction wrote an entry it wants handled at once.
 */
export function noteJournalAppend(tx: WriteTx, kind: string): void {
  runners.get(tx)?.noteKind(kind);
}

/**
 * The one write path. Each job runs alone on the connection (SerialQueue); writes run inside
 * `BEGIN IMMEDIATE` so the write lock is taken up front (a deferred read-then-write can fail
 * with SQLITE_BUSY half way), and any error rolls back everything the job did.
 */
export class TxRunner {
  private readonly queue = new SerialQueue();
  private commitHook: CommitHook | undefined;
  /** Set by `noteJournalAppend` during a write job whose commit the hook must see before write() resolves. */
  private promptRequested = false;

  constructor(private readonly connection: SqlConnection) {
    runners.set(connection, this);
  }

  /**
   * One observer of commits (the chain anchor, db/chain-anchor.ts). It is called after COMMIT,
   * outside the queue: for an ordinary commit without being awaited (it only schedules work, so
   * the durable write path pays a function call), for a commit that asked for it (an entry kind
   * the hook calls prompt) awaited before write() resolves.
   */
  onCommit(hook: CommitHook | undefined): void {
    this.commitHook = hook;
  }

  async write<T>(job: (tx: WriteTx) => Promise<T>): Promise<T> {
    const done = await this.queue.run(async () => {
      await this.connection.exec('BEGIN IMMEDIATE');
      try {
        const value = await job(this.connection);
        await this.connection.exec('COMMIT');
        return { value, prompt: this.takePrompt() };
      } catch (error) {
        this.takePrompt();
        await this.rollbackQuietly();
        throw error;
      }
    });
    const hook = this.commitHook;
    if (hook) {
      if (done.prompt) await hook.afterCommit(true);
      else void hook.afterCommit(false);
    }
    return done.value;
  }

  /** @internal through `noteJournalAppend` */
  noteKind(kind: string): void {
    if (!this.promptRequested && this.commitHook?.isPrompt(kind) === true) this.promptRequested = true;
  }

  private takePrompt(): boolean {
    const prompt = this.promptRequested;
    this.promptRequested = false;
    return prompt;
  }

  /**
   * Reads run in a deferred transaction so that several statements see one snapshot; they are
   * queued with writes, so a read never observes another job's uncommitted rows.
   */
  read<T>(job: (tx: ReadTx) => Promise<T>): Promise<T> {
    return this.queue.run(async () => {
      await this.connection.exec('BEGIN');
      try {
        return await job(this.connection);
      } finally {
        await this.rollbackQuietly();
      }
    });
  }

  /**
   * One statement, queued like every job but without BEGIN/ROLLBACK around it: a single
   * statement is its own snapshot, and the two extra round trips would triple the cost of a hot
   * read such as a balance.
   */
  getOne<T extends Row = Row>(sql: string, params?: SqlParams): Promise<T | undefined> {
    return this.queue.run(() => this.connection.get<T>(sql, params));
  }

  /** Exclusive use of the connection outside any transaction (pragmas, rekey, export). */
  exclusive<T>(job: (connection: SqlConnection) => Promise<T>): Promise<T> {
    return this.queue.run(() => job(this.connection));
  }

  private async rollbackQuietly(): Promise<void> {
    try {
      await this.connection.exec('ROLLBACK');
    } catch {
      // SQLite already rolled back (e.g. after SQLITE_FULL) or no transaction was open.
    }
  }
}
