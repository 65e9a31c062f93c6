import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { accountStatement } from '../../../electron/main/app/ledger/account-statement';
import type { SqlValue } from '../../../electron/main/db/driver';
import { newId } from '../../../shared/domain/ids';
import { ACCOUNT_FLAGS } from '../../../shared/domain/ledger-types';
import type { StatementLine, StatementPage } from '../../../shared/domain/statement';
import { createTestApp, expectOk, setupWithStaff, type TestApp } from '../../support/test-app';
import { TEST_ACTOR } from '../../support/test-db';

let t: TestApp;
let cash: string;
let wallet: string;
let other: string;

async function open(kind: string, flags: 0 | 2): Promise<string> {
  const id = newId();
  expectOk(await t.app.useCases.ledger.openAccount({ id, currency: 'CNY', kind, flags }, TEST_ACTOR));
  return id;
}
const single = (debit: string, credit: string, amountMinor: number) =>
  ({ kind: 'single' as const, id: newId(), currency: 'CNY', debitAccountId: debit, creditAccountId: credit, amountMinor, code: 'test' });

beforeEach(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
  cash = await open('cash_drawer', ACCOUNT_FLAGS.none);
  wallet = await open('wallet', ACCOUNT_FLAGS.debitsMustNotExceedCredits);
  other = await open('wallet', ACCOUNT_FLAGS.debitsMustNotExceedCredits);
});
afterEach(async () => t.close());

describe('account statement', () => {
  it('pages one account newest first, both sides, with the counter account kind and the operation id', async () => {
    const batchIds: string[] = [];
    for (let i = 1; i <= 7; i += 1) {
      const id = newId();
      batchIds.push(id);
      t.clock.advance(1000);
      const legs = i % 3 === 0 ? [single(wallet, other, i)] : [single(cash, wallet, 100 * i)];
      expectOk(await t.app.useCases.ledger.submitBatch({ id, legs }, TEST_ACTOR));
      // Another account's movement must never show.
      expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(cash, other, 5)] }, TEST_ACTOR));
    }
    const read = accountStatement({ db: t.db });
    const lines: StatementLine[] = [];
    let beforeKey: number | undefined;
    for (let page = 0; page < 10; page += 1) {
      const got: StatementPage = expectOk(await read({ accountId: wallet, limit: 3, beforeKey }));
      lines.push(...got.lines);
      if (got.nextBeforeKey === null) break;
      beforeKey = got.nextBeforeKey;
    }
    expect(lines.map((l) => l.operationId)).toEqual([...batchIds].reverse());
    expect(lines.map((l) => l.key)).toEqual([...lines.map((l) => l.key)].sort((a, b) => b - a));
    const third = lines.find((l) => l.operationId === batchIds[2]);
    expect(third).toMatchObject({ direction: 'out', amountMinor: 3, counterAccountKind: 'wallet', counterAccountId: other, currency: 'CNY' });
    const first = lines.find((l) => l.operationId === batchIds[0]);
    expect(first).toMatchObject({ direction: 'in', amountMinor: 100, counterAccountKind: 'cash_drawer', kind: 'single' });
  });

  it('filters by time, inclusive at both ends', async () => {
    const times: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      t.clock.advance(60_000);
      times.push(t.clock.nowMs());
      expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(cash, wallet, 10 + i)] }, TEST_ACTOR));
    }
    const read = accountStatement({ db: t.db });
    const got: StatementPage = expectOk(await read({ accountId: wallet, fromMs: times[1], toMs: times[2], limit: 10 }));
    expect(got.lines.map((l) => l.amountMinor)).toEqual([12, 11]);
    expect(got.nextBeforeKey).toBeNull();
  });

  it('refuses a bad limit, an inverted range and an unknown account with typed codes', async () => {
    const read = accountStatement({ db: t.db });
    expect(await read({ accountId: wallet, limit: 0 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await read({ accountId: wallet, limit: 501 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await read({ accountId: wallet, limit: 5, fromMs: 2, toMs: 1 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(await read({ accountId: newId(), limit: 5 })).toMatchObject({ ok: false, error: { code: 'account_not_found' } });
  });
});

describe('statement index (migration 90)', () => {
  it('files only legs that touch a wallet or card account, and the statement reads them through it', async () => {
    const till = await open('merchant_sales', ACCOUNT_FLAGS.none);
    expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(cash, till, 7)] }, TEST_ACTOR));
    expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(cash, wallet, 9)] }, TEST_ACTOR));
    expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(wallet, other, 4)] }, TEST_ACTOR));
    const filed = await t.db.tx.read((tx) => tx.all('SELECT account_id FROM account_entry'));
    expect(filed).toHaveLength(3); // cash→wallet once, wallet→other twice; cash→till never
    const plan = await t.db.tx.read((tx) => tx.all(
      'EXPLAIN QUERY PLAN SELECT e.key FROM account_entry e WHERE e.account_id = ? AND e.key < ? ORDER BY e.key DESC LIMIT 5',
      [new Uint8Array(16), 1e9],
    ));
    const text = plan.map((r) => String(r['detail'])).join('\n');
    expect(text).toMatch(/SEARCH e USING PRIMARY KEY/);
    expect(text).not.toMatch(/USE TEMP B-TREE/);
  });

  it('refuses a statement of an account kind that is not filed', async () => {
    const read = accountStatement({ db: t.db });
    expect(await read({ accountId: cash, limit: 5 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
  });
});

describe('verify over the statement index', () => {
  it('names an entry removed from it and one invented in it', async () => {
    expectOk(await t.app.useCases.ledger.submitBatch({ id: newId(), legs: [single(cash, wallet, 9)] }, TEST_ACTOR));
    expect((await t.app.useCases.verifyLedger()).ok).toBe(true);
    const [row] = await t.db.tx.read((tx) => tx.all('SELECT account_id, key FROM account_entry'));
    if (!row) throw new Error('nothing filed');
    const edit = (sql: string, args: SqlValue[]) => t.db.tx.exclusive(async (c) => {
      const triggers = await c.allOnce("SELECT sql FROM sqlite_schema WHERE name IN ('account_entry_no_update', 'account_entry_no_delete')");
      await c.exec('DROP TRIGGER account_entry_no_update; DROP TRIGGER account_entry_no_delete');
      await c.run(sql, args);
      for (const trigger of triggers) await c.exec(String(trigger['sql']));
    });
    await edit('DELETE FROM account_entry WHERE account_id = ? AND key = ?', [row['account_id'] as Uint8Array, Number(row['key'])]);
    const lacking = await t.app.useCases.verifyLedger();
    expect(lacking.problems.map((p) => p.message)).toContain(`the statement index lacks a movement of entry ${Math.floor(Number(row['key']) / 1024)}`);
    await edit('INSERT INTO account_entry (account_id, key) VALUES (?, ?)', [row['account_id'] as Uint8Array, Number(row['key'])]);
    await edit('INSERT INTO account_entry (account_id, key) VALUES (?, ?)', [row['account_id'] as Uint8Array, Number(row['key']) + 1]);
    const inventing = await t.app.useCases.verifyLedger();
    expect(inventing.ok).toBe(false);
    expect(inventing.problems.map((p) => p.message).join('\n')).toContain('the statement index invents a movement');
  });
});
