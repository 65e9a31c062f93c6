import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openLedgerBook } from '../../electron/main/app/ledger/ledger-book';
import { ChainMac } from '../../electron/main/db/chain-mac';
import { createDatabase, openDatabase } from '../../electron/main/db/connection';
import { stateChangeCount } from '../../electron/main/db/repositories/state.repo';
import { verifyLedger } from '../../electron/main/db/verify';
import { newId, uuidToBytes } from '../../shared/domain/ids';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../support/test-app';
import { FixedClock, TEST_TERMINAL, tempDir } from '../support/test-db';

/**
 * Staff, roles, lockouts and the setup facts live in plain tables for speed, but every change to
 * them is chained (issue 7 §1): someone holding only the database key who promotes a cashier,
 * clears a lockout or clears the setup flag is named by verify.
 */
describe('verify rebuilds staff and merchant facts from the journal', () => {
  let t: TestApp;
  let cashierId: string;
  const edit = (sql: string, params: unknown[] = []) => t.db.tx.write((tx) => tx.run(sql, params as never));
  const problems = async () => {
    const report = await t.app.useCases.verifyLedger();
    return { ok: report.ok, state: report.problems.filter((p) => p.kind === 'state') };
  };

  beforeEach(async () => {
    t = await createTestApp({ lockout: { maxFailedAttempts: 2 } });
    const { members } = await setupWithStaff(t, [{ staffCode: 'cash1', secret: '1357', role: 'cashier' }]);
    cashierId = (members[0] as { id: string }).id;
  });
  afterEach(async () => t.close());

  it('a ledger written only through the app verifies, with one snapshot per change', async () => {
    expect(await problems()).toEqual({ ok: true, state: [] });
    expect(await t.db.tx.read(stateChangeCount)).toBe(3); // owner, merchant facts, cashier
    // A clean sign-in changes nothing guarded: no new snapshot.
    expectOk(await t.call('staff.signOut', {}));
    expectOk(await t.call('staff.signIn', { staffCode: 'cash1', secret: '1357' }));
    expect(await t.db.tx.read(stateChangeCount)).toBe(3);
  });

  it('names a role raised to owner with the database key', async () => {
    await edit("UPDATE staff SET role = 'owner' WHERE id = ?", [uuidToBytes(cashierId)]);
    const found = await problems();
    expect(found.ok).toBe(false);
    expect(found.state).toHaveLength(1);
    expect(found.state[0]?.message).toContain(cashierId);
    expect(found.state[0]?.message).toContain('role is "owner", chained "cashier"');
    expect(found.state[0]?.seq).toBeGreaterThan(0);
  });

  it('names a lockout cleared with the database key, and accepts one cleared by the app', async () => {
    expectOk(await t.call('staff.signOut', {}));
    for (let i = 0; i < 2; i += 1) expect((await t.call('staff.signIn', { staffCode: 'cash1', secret: '0000' })).ok).toBe(false);
    expect((await t.findStaff(cashierId))?.lockedUntilMs).not.toBeNull();
    expect((await problems()).ok).toBe(true);
    await edit('UPDATE staff SET locked_until_ms = NULL WHERE id = ?', [uuidToBytes(cashierId)]);
    const found = await problems();
    expect(found.ok).toBe(false);
    expect(found.state[0]?.message).toMatch(/lockedUntilMs is null, chained \d+$/);
  });

  it('names a cleared setup flag and a changed currency', async () => {
    await edit("DELETE FROM meta WHERE key = 'setup_done_at_ms'");
    let found = await problems();
    expect(found.ok).toBe(false);
    expect(found.state.map((p) => p.message)).toEqual([expect.stringMatching(/merchant facts differ .*setupDoneAtMs is null/)]);
    await edit("INSERT INTO meta (key, value) VALUES ('setup_done_at_ms', '1')");
    await edit("UPDATE meta SET value = 'USD' WHERE key = 'currency'");
    found = await problems();
    expect(found.state[0]?.message).toContain('currency is "USD"');
  });

  it('names a staff row inserted with the database key, and a changed secret without printing it', async () => {
    await edit(`INSERT INTO staff (id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params, created_at_ms)
      SELECT ?, 'intruder', 'Intruder', 'owner', secret_kind, secret_salt, secret_hash, secret_params, created_at_ms FROM staff WHERE id = ?`,
    [uuidToBytes(newId()), uuidToBytes(cashierId)]);
    await edit('UPDATE staff SET secret_hash = randomblob(32) WHERE id = ?', [uuidToBytes(cashierId)]);
    const found = await problems();
    const messages = found.state.map((p) => p.message).join('\n');
    expect(messages).toContain('was never chained');
    expect(messages).toContain('secretHash changed');
    expect(messages).not.toMatch(/[0-9a-f]{64}/);
  });

  it('names a snapshot row changed to match a tampered table', async () => {
    await edit("UPDATE staff SET role = 'owner' WHERE id = ?", [uuidToBytes(cashierId)]);
    await t.db.tx.exclusive(async (c) => {
      await c.exec('DROP TRIGGER state_change_no_update');
      await c.run(`UPDATE state_change SET state = json_set(state, '$.role', 'owner') WHERE subject = ?`, [uuidToBytes(cashierId)]);
    });
    const report = await t.app.useCases.verifyLedger();
    expect(report.ok).toBe(false);
    expect(report.problems[0]?.kind).toBe('payload');
  });
});

describe('a database from before staff were chained', () => {
  let dir: string;
  let cleanup: () => void;
  beforeEach(() => ({ dir, cleanup } = tempDir('tillbook-m40-')));
  afterEach(() => cleanup());

  it('is sealed once when the ledger book first opens, and verifies; later edits are named', async () => {
    const file = join(dir, 'tillbook.db');
    const key = randomBytes(32);
    const mac = new ChainMac(randomBytes(32));
    const legacy = await createDatabase({ file, key, migrateTo: 30 });
    if (!legacy.ok) throw new Error(legacy.error.message);
    const staffId = newId();
    await legacy.value.tx.write(async (tx) => {
      await tx.run(`INSERT INTO staff (id, staff_code, display_name, role, secret_kind, secret_salt, secret_hash, secret_params, created_at_ms)
        VALUES (?, 'old1', 'Old Owner', 'owner', 'pin', randomblob(16), randomblob(32), 'scrypt', 1)`, [uuidToBytes(staffId)]);
      for (const [k, v] of [['merchant_name', 'Old Shop'], ['currency', 'CNY'], ['setup_done_at_ms', '1']] as const) {
        await tx.run('INSERT INTO meta (key, value) VALUES (?, ?)', [k, v]);
      }
    });
    await legacy.value.close();

    const opened = await openDatabase({ file, key });
    if (!opened.ok) throw new Error(opened.error.message);
    const db = opened.value;
    try {
      const ports = { db, mac, clock: new FixedClock(), terminalId: TEST_TERMINAL };
      await openLedgerBook(ports);
      expect(await db.tx.read(stateChangeCount)).toBe(2);
      await openLedgerBook(ports);
      expect(await db.tx.read(stateChangeCount)).toBe(2);
      expect((await verifyLedger(db, mac)).problems).toEqual([]);
      await db.tx.write((tx) => tx.run("UPDATE staff SET role = 'cashier' WHERE id = ?", [uuidToBytes(staffId)]));
      const report = await verifyLedger(db, mac);
      expect(report.problems.map((p) => p.kind)).toEqual(['state']);
    } finally {
      await db.close();
    }
  });
});
