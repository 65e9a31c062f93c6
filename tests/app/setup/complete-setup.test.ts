import { afterEach, describe, expect, it } from 'vitest';
import { newId, uuidToBytes } from '../../../shared/domain/ids';
import { createTestApp, OWNER, setupInput, type TestApp } from '../../support/test-app';

/**
 * Setup is all or nothing (issue 7 §1): a step that fails after the ledger was created inside the
 * transaction (here the owner's insert, made to fail by a row planted with the database key)
 * leaves no ledger, no journal entry, no merchant facts and no settings behind.
 */
let t: TestApp;
afterEach(async () => t.close());

const counts = () => t.db.tx.read(async (tx) => ({
  ledgers: Number((await tx.get('SELECT count(*) AS n FROM ledger'))?.['n']),
  accounts: Number((await tx.get('SELECT count(*) AS n FROM account'))?.['n']),
  journal: Number((await tx.get('SELECT count(*) AS n FROM journal'))?.['n']),
  meta: (await tx.all("SELECT key FROM meta WHERE key NOT IN ('terminal_id', 'schema_version') ORDER BY key")).map((r) => r['key']),
}));

describe('complete setup', () => {
  it('a failure after the ledger is created inside the transaction leaves nothing behind', async () => {
    t = await createTestApp();
    await t.db.tx.write((tx) => tx.run(
      `INSERT INTO staff (id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params, created_at_ms)
       VALUES (?, ?, 'Planted', 'cashier', 'pin', randomblob(16), randomblob(32), 'scrypt', 1)`,
      [uuidToBytes(newId()), OWNER.staffCode],
    ));
    const before = await counts();
    const settingsBefore = t.settings.read();
    const reply = await t.call('setup.complete', setupInput());
    expect(reply.ok).toBe(false);
    expect(await counts()).toEqual(before);
    expect(before.ledgers).toBe(0);
    expect(t.settings.read()).toEqual(settingsBefore);
    expect((await t.call('system.status', {}))).toMatchObject({ ok: true, value: { setupDone: false } });
  });
});
