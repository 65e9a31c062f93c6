import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '../../electron/main/db/connection';
import { noteJournalAppend, type CommitHook } from '../../electron/main/db/tx';
import { openTestDb } from '../support/test-db';

/** A hook that records what it was told and whether write() waited for it. */
function recordingHook(): CommitHook & { seen: boolean[]; finished: number } {
  const hook = {
    seen: [] as boolean[],
    finished: 0,
    isPrompt: (kind: string) => kind === 'audit.roleChanged',
    afterCommit: async (prompt: boolean) => {
      hook.seen.push(prompt);
      await new Promise((resolve) => setImmediate(resolve));
      hook.finished += 1;
    },
  };
  return hook;
}

describe('the commit hook of the write path (db/tx.ts)', () => {
  let db: Database;
  beforeEach(async () => {
    db = await openTestDb();
  });
  afterEach(async () => db.close());

  it('is told after every commit; write() waits for it only when the job appended a prompt kind', async () => {
    const hook = recordingHook();
    db.tx.onCommit(hook);
    await db.tx.write((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('a', '1')"));
    expect(hook.seen).toEqual([false]);
    expect(hook.finished).toBe(0); // not awaited: an ordinary commit never waits for the anchor

    await db.tx.write(async (tx) => {
      noteJournalAppend(tx, 'ledger.batch');
      noteJournalAppend(tx, 'audit.roleChanged');
      await tx.run("INSERT INTO meta (key, value) VALUES ('b', '1')");
    });
    expect(hook.seen).toEqual([false, true]);
    expect(hook.finished).toBe(2); // awaited (the first one finished meanwhile)
  });

  it('a rolled-back job does not leave its prompt request to the next commit; no hook, no call', async () => {
    const hook = recordingHook();
    db.tx.onCommit(hook);
    await expect(db.tx.write(async (tx) => {
      noteJournalAppend(tx, 'audit.roleChanged');
      throw new Error('refused');
    })).rejects.toThrow('refused');
    expect(hook.seen).toEqual([]);
    await db.tx.write((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('c', '1')"));
    expect(hook.seen).toEqual([false]);
    db.tx.onCommit(undefined);
    await db.tx.write((tx) => tx.run("INSERT INTO meta (key, value) VALUES ('d', '1')"));
    expect(hook.seen).toEqual([false]);
  });
});
