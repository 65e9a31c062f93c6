import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlValue } from '../../../electron/main/db/driver';
import { CREDITED_SQL, OPEN_HOLDS_SQL, REFUNDED_SQL, SPEND_SQL } from '../../../electron/main/db/repositories/card-usage.repo';
import { createTestApp, setupWithStaff, type TestApp } from '../../support/test-app';

/**
 * The reads a card payment makes inside its write transaction stay on indexes: one card's range
 * of statement entries (migration 90), the hold's resolution by `pending_id`, the refunds of a
 * payment by their expression index (migration 70). No scan of `transfer`, `journal` or records.
 */
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
  await setupWithStaff(t, []);
});
afterAll(async () => t.close());

const plan = async (sql: string, args: SqlValue[]) =>
  (await t.db.tx.read((tx) => tx.all(`EXPLAIN QUERY PLAN ${sql}`, args))).map((r) => String(r['detail']));
const ACCOUNT = new Uint8Array(16);

describe('card usage queries', () => {
  it.each([
    ['spend in a window', SPEND_SQL, [ACCOUNT, 0, 0, 'card_payment', 'card_transfer']],
    ['top-ups in a window', CREDITED_SQL, [ACCOUNT, 'card_topup', 0]],
    ['open holds', OPEN_HOLDS_SQL, [ACCOUNT, 0]],
  ] as const)('%s: one card’s entries by primary key, nothing scanned', async (_label, sql, args) => {
    const steps = await plan(sql, [...args]);
    expect(steps.join('\n')).toMatch(/SEARCH e USING PRIMARY KEY \(account_id=\?\)/);
    expect(steps.filter((s) => /^SCAN /.test(s))).toEqual([]);
  });

  it('refunds of one payment: by the expression index', async () => {
    const steps = await plan(REFUNDED_SQL, ['x', 'card.refund']);
    expect(steps.join('\n')).toMatch(/domain_record_by_payment/);
    expect(steps.filter((s) => /^SCAN /.test(s))).toEqual([]);
  });
});
