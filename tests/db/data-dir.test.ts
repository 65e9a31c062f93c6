import { describe, expect, it } from 'vitest';
import { openLedgerDatabase } from '../../electron/main/db/data-dir';
import { createDataDir, withStore } from './db-fixtures';

describe('openLedgerDatabase', () => {
  it('reopens a data directory with the same terminal id', async () => {
    const data = await createDataDir();
    try {
      const terminalId = data.ledger.terminalId;
      await data.ledger.close();
      const reopened = await openLedgerDatabase(data.dir, data.keys);
      expect(reopened.ok && reopened.value.terminalId).toBe(terminalId);
      if (reopened.ok) data.ledger = await withStore(reopened.value, data.clock);
    } finally {
      await data.cleanup();
    }
  });

  it('refuses a ledger whose terminal id was removed instead of inventing a new one', async () => {
    const data = await createDataDir();
    try {
      await data.ledger.db.tx.write((tx) => tx.run("DELETE FROM meta WHERE key = 'terminal_id'"));
      await data.ledger.close();
      const reopened = await openLedgerDatabase(data.dir, data.keys);
      expect(reopened.ok ? 'ok' : reopened.error.code).toBe('database_corrupt');
    } finally {
      await data.cleanup();
    }
  });
});
