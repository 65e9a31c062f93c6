import { afterEach, describe, expect, it } from 'vitest';
import { verifyLedger } from '../../electron/main/db/verify';
import { driverErrorCode } from '../../electron/main/db/driver';
import { bytesToUuid, newId, uuidToBytes } from '../../shared/domain/ids';
import { AMOUNT_MINOR_MAX } from '../../shared/domain/limits';
import {
  ACCOUNT_FLAGS,
  type AccountBalance,
  type AccountFlags,
  type BatchOutcome,
  type BatchRequest,
  type TransferLeg,
} from '../../shared/domain/ledger-types';
import type { Result } from '../../shared/domain/result';
import { openTestLedger, TEST_ACTOR, type TestLedger } from '../support/test-db';

// A committed batch is its journal row (kind ledger.batch), which is also its outbox item.
const COUNTS = {
  batch: "SELECT count(*) AS n FROM journal WHERE kind = 'ledger.batch'",
  transfer: 'SELECT count(*) AS n FROM transfer',
  transfer_rejection: 'SELECT count(*) AS n FROM transfer_rejection',
  journal: 'SELECT count(*) AS n FROM journal',
} as const;

type Harness = TestLedger & {
  cash: string;
  wallet: string;
  shop: string;
  submit(...legs: TransferLeg[]): Promise<Result<BatchOutcome>>;
  hold(amountMinor: number, expiresInMs?: number, debit?: string): Promise<string>;
  balance(id: string): Promise<AccountBalance>;
  counts(): Promise<Record<string, number>>;
};

let current: Harness | undefined;

async function setup(): Promise<Harness> {
  const t = await openTestLedger();
  expect((await t.store.createLedger('EUR', TEST_ACTOR)).ok).toBe(true);
  const open = async (kind: string, flags: AccountFlags): Promise<string> => {
    const id = newId();
    const opened = await t.store.openAccount({ id, currency: 'EUR', kind, flags }, TEST_ACTOR);
    if (!opened.ok) throw new Error(opened.error.message);
    return id;
  };
  const cash = await open('cash', ACCOUNT_FLAGS.none);
  const wallet = await open('wallet', ACCOUNT_FLAGS.debitsMustNotExceedCredits);
  const shop = await open('shop', ACCOUNT_FLAGS.none);
  const submit = (...legs: TransferLeg[]) => t.store.submitBatch({ id: newId(), legs }, TEST_ACTOR);
  const h: Harness = {
    ...t, cash, wallet, shop, submit,
    async hold(amountMinor, expiresInMs = 60_000, debit = wallet) {
      const id = newId();
      const placed = await submit({
        kind: 'pending', id, currency: 'EUR', debitAccountId: debit, creditAccountId: shop,
        amountMinor, code: 'card_auth', expiresAtMs: t.clock.nowMs() + expiresInMs,
      });
      if (!placed.ok) throw new Error(`hold: ${placed.error.code}`);
      return id;
    },
    async balance(id) {
      const found = await t.store.balance(id);
      if (!found.ok) throw new Error(found.error.message);
      return found.value;
    },
    async counts() {
      return t.db.tx.read(async (tx) => {
        const out: Record<string, number> = {};
        for (const [name, sql] of Object.entries(COUNTS)) out[name] = Number((await tx.get(sql))?.['n']);
        return out;
      });
    },
  };
  const topUp = await submit(single(cash, wallet, 10_000, 'topup'));
  expect(topUp.ok).toBe(true);
  current = h;
  return h;
}

function single(debit: string, credit: string, amountMinor: number, code = 'sale'): TransferLeg {
  return { kind: 'single', id: newId(), currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code };
}
const post = (pendingId: string, amountMinor?: number): TransferLeg =>
  ({ kind: 'post', id: newId(), pendingId, ...(amountMinor === undefined ? {} : { amountMinor }) });
const voidLeg = (pendingId: string): TransferLeg => ({ kind: 'void', id: newId(), pendingId });
const codeOf = (r: Result<unknown>): string => (r.ok ? 'ok' : r.error.code);

afterEach(async () => {
  const h = current;
  current = undefined;
  if (!h) return;
  try {
    const report = await verifyLedger(h.db, h.mac);
    expect(report.problems).toEqual([]);
    expect(report.ok).toBe(true);
  } finally {
    await h.db.close();
  }
});

describe('two-phase holds', () => {
  it('a pending hold reserves: posted balances stay, pending columns move, reserved funds cannot be spent', async () => {
    const h = await setup();
    await h.hold(3000);
    expect(await h.balance(h.wallet)).toMatchObject({
      debitsPendingMinor: 3000, debitsPostedMinor: 0, creditsPendingMinor: 0, creditsPostedMinor: 10_000,
    });
    expect(await h.balance(h.shop)).toMatchObject({
      creditsPendingMinor: 3000, creditsPostedMinor: 0, debitsPendingMinor: 0, debitsPostedMinor: 0,
    });
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 7001)))).toBe('insufficient_funds');
    await expect(h.hold(7001)).rejects.toThrow('hold: insufficient_funds');
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 7000)))).toBe('ok');
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 3000, debitsPostedMinor: 7000 });
  });

  it('full post settles the whole hold', async () => {
    const h = await setup();
    const id = await h.hold(3000);
    const posted = await h.submit(post(id));
    expect(posted.ok && posted.value.transfers[0]).toMatchObject({ kind: 'post', amountMinor: 3000, pendingId: id });
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 3000, creditsPostedMinor: 10_000 });
    expect(await h.balance(h.shop)).toMatchObject({ creditsPendingMinor: 0, creditsPostedMinor: 3000 });
  });

  it('partial post books part and releases the rest', async () => {
    const h = await setup();
    const id = await h.hold(3000);
    expect(codeOf(await h.submit(post(id, 3001)))).toBe('post_exceeds_hold');
    expect(codeOf(await h.submit(post(id, 1200)))).toBe('ok');
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 1200 });
    expect(await h.balance(h.shop)).toMatchObject({ creditsPendingMinor: 0, creditsPostedMinor: 1200 });
    // The released 1800 is spendable again: 10,000 - 1,200 left.
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 8801)))).toBe('insufficient_funds');
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 8800)))).toBe('ok');
  });

  it('void releases all of it', async () => {
    const h = await setup();
    const id = await h.hold(3000);
    const voided = await h.submit(voidLeg(id));
    expect(voided.ok && voided.value.transfers[0]).toMatchObject({ kind: 'void', amountMinor: 3000, pendingId: id });
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 0, creditsPostedMinor: 10_000 });
    expect(await h.balance(h.shop)).toMatchObject({ creditsPendingMinor: 0, creditsPostedMinor: 0 });
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 10_000)))).toBe('ok');
  });

  it('expireHolds writes expire transfers once the clock passes expires_at; afterwards post/void are hold_already_resolved', async () => {
    const h = await setup();
    const id = await h.hold(3000, 1000);
    h.clock.advance(999);
    expect(await h.store.expireHolds(TEST_ACTOR)).toEqual({ ok: true, value: { expired: 0, batchId: null } });
    h.clock.advance(1);
    const swept = await h.store.expireHolds(TEST_ACTOR);
    expect(swept.ok && swept.value.expired).toBe(1);
    const rows = await h.db.tx.read((tx) => tx.all("SELECT kind, amount, pending_id, code FROM transfer WHERE kind = 'expire'"));
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ kind: 'expire', amount: 3000, code: 'expire' });
    expect(bytesToUuid(rows[0]!['pending_id'] as Uint8Array)).toBe(id);
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 0 });
    expect(await h.balance(h.shop)).toMatchObject({ creditsPendingMinor: 0, creditsPostedMinor: 0 });
    expect(codeOf(await h.submit(post(id)))).toBe('hold_already_resolved');
    expect(codeOf(await h.submit(voidLeg(id)))).toBe('hold_already_resolved');
    expect(await h.store.expireHolds(TEST_ACTOR)).toEqual({ ok: true, value: { expired: 0, batchId: null } });
    expect((await h.counts())['transfer']).toBe(3); // top-up, hold, expire
  });

  it('post/void of a hold whose time passed but was not yet swept is hold_expired, and the sweep still expires it', async () => {
    const h = await setup();
    const id = await h.hold(3000, 1000);
    h.clock.advance(1000);
    const postRequest: BatchRequest = { id: newId(), legs: [post(id, 100)] };
    expect(codeOf(await h.store.submitBatch(postRequest, TEST_ACTOR))).toBe('hold_expired');
    expect(codeOf(await h.submit(voidLeg(id)))).toBe('hold_expired');
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 3000, debitsPostedMinor: 0 });
    const swept = await h.store.expireHolds(TEST_ACTOR);
    expect(swept.ok && swept.value.expired).toBe(1);
    // A retry of the rejected post keeps its first answer.
    expect(codeOf(await h.store.submitBatch(postRequest, TEST_ACTOR))).toBe('hold_expired');
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 0 });
  });

  it('the sweeper expires in (expires_at, seq) order', async () => {
    const h = await setup();
    const late = await h.hold(100, 5000);
    const early = await h.hold(200, 1000);
    const middleA = await h.hold(300, 3000);
    const middleB = await h.hold(400, 3000);
    h.clock.advance(5000);
    const swept = await h.store.expireHolds(TEST_ACTOR);
    expect(swept.ok && swept.value.expired).toBe(4);
    const batchId = swept.ok ? swept.value.batchId : null;
    const rows = await h.db.tx.read((tx) =>
      tx.all(`SELECT t.pending_id FROM transfer t JOIN journal j ON j.seq = t.seq
        WHERE j.ref_id = ? AND j.kind = 'ledger.batch' ORDER BY t.key`, [uuidToBytes(batchId ?? '')]));
    expect(rows.map((r) => bytesToUuid(r['pending_id'] as Uint8Array))).toEqual([early, middleA, middleB, late]);
  });
});

describe('amounts beyond int32 (node-sqlite3 binds them as REAL)', () => {
  it('top-up, hold, partial post and void of up to AMOUNT_MINOR_MAX are stored as integers', async () => {
    const h = await setup();
    const big = 2 ** 31 + 5;
    expect(codeOf(await h.submit(single(h.cash, h.wallet, AMOUNT_MINOR_MAX, 'topup')))).toBe('ok');
    const a = await h.hold(AMOUNT_MINOR_MAX - 10_000);
    expect(codeOf(await h.submit(post(a, big)))).toBe('ok');
    const b = await h.hold(big);
    expect(codeOf(await h.submit(voidLeg(b)))).toBe('ok');
    expect(await h.balance(h.wallet)).toMatchObject({
      debitsPendingMinor: 0, debitsPostedMinor: big, creditsPostedMinor: AMOUNT_MINOR_MAX + 10_000,
    });
    const types = await h.db.tx.read((tx) => tx.all(
      `SELECT DISTINCT typeof(amount) AS t FROM transfer UNION SELECT DISTINCT typeof(debits_posted) FROM account
       UNION SELECT DISTINCT typeof(credits_posted) FROM account UNION SELECT DISTINCT typeof(debits_pending) FROM account`));
    expect(types).toEqual([{ t: 'integer' }]);
  });
});

describe('a hold resolves at most once', () => {
  it('post then void, void then post', async () => {
    const h = await setup();
    const a = await h.hold(1000);
    expect(codeOf(await h.submit(post(a, 10)))).toBe('ok');
    expect(codeOf(await h.submit(voidLeg(a)))).toBe('hold_already_resolved');
    expect(codeOf(await h.submit(post(a, 10)))).toBe('hold_already_resolved');
    const b = await h.hold(1000);
    expect(codeOf(await h.submit(voidLeg(b)))).toBe('ok');
    expect(codeOf(await h.submit(post(b)))).toBe('hold_already_resolved');
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 0, debitsPostedMinor: 10 });
  });

  it('two resolve legs in one batch: rejected as a whole, nothing but the rejection is written', async () => {
    const h = await setup();
    const id = await h.hold(1000);
    const before = await h.counts();
    expect(codeOf(await h.submit(post(id, 100), voidLeg(id)))).toBe('hold_already_resolved');
    expect(codeOf(await h.submit(post(id, 100), post(id, 100)))).toBe('hold_already_resolved');
    expect(await h.counts()).toEqual({
      ...before, transfer_rejection: before['transfer_rejection']! + 2, journal: before['journal']! + 2,
    });
    expect(await h.balance(h.wallet)).toMatchObject({ debitsPendingMinor: 1000, debitsPostedMinor: 0 });
  });

  it('concurrent submitBatch calls resolving the same hold: exactly one wins', async () => {
    const h = await setup();
    for (let round = 0; round < 5; round += 1) {
      const id = await h.hold(1000);
      const results = await Promise.all([
        h.submit(post(id, 500)), h.submit(voidLeg(id)), h.submit(post(id)), h.submit(voidLeg(id)),
      ]);
      const codes = results.map(codeOf);
      expect(codes.filter((c) => c === 'ok')).toHaveLength(1);
      expect(codes.filter((c) => c !== 'ok')).toEqual(['hold_already_resolved', 'hold_already_resolved', 'hold_already_resolved']);
    }
    const resolutions = await h.db.tx.read((tx) => tx.get(
      "SELECT count(*) AS n, count(DISTINCT pending_id) AS d FROM transfer WHERE pending_id IS NOT NULL"));
    expect(resolutions).toEqual({ n: 5, d: 5 });
    expect((await h.balance(h.wallet)).debitsPendingMinor).toBe(0);
  });

  it('a sweep racing a post after the deadline: the hold ends up expired, once', async () => {
    const h = await setup();
    const id = await h.hold(1000, 10);
    h.clock.advance(10);
    const [posted, swept] = await Promise.all([h.submit(post(id)), h.store.expireHolds(TEST_ACTOR)]);
    expect(codeOf(posted)).toBe('hold_expired');
    expect(swept.ok && swept.value.expired).toBe(1);
  });

  it('the schema backstop: a second resolution row violates the unique index', async () => {
    const h = await setup();
    const id = await h.hold(1000);
    expect(codeOf(await h.submit(voidLeg(id)))).toBe('ok');
    const attempt = h.db.tx.write((tx) => tx.run(
      `INSERT INTO transfer (key, id, ledger_id, debit_account_id, credit_account_id, amount, code,
         kind, pending_id, expires_at_ms, memo)
       SELECT seq * 1024 + 999, ?, ledger_id, debit_account_id, credit_account_id, amount, code,
         'post', pending_id, NULL, NULL
       FROM transfer WHERE pending_id = ?`,
      [uuidToBytes(newId()), uuidToBytes(id)]));
    const error = await attempt.then(() => undefined, (e: unknown) => e);
    expect(driverErrorCode(error)).toBe('SQLITE_CONSTRAINT');
    expect(String(error)).toMatch(/UNIQUE.*pending_id/);
  });

  it('a closed account: a post is refused, a void still releases', async () => {
    const h = await setup();
    const a = await h.hold(1000);
    const b = await h.hold(2000);
    await h.db.tx.write((tx) => tx.run('UPDATE account SET closed = 1 WHERE id = ?', [uuidToBytes(h.shop)]));
    expect(codeOf(await h.submit(post(a)))).toBe('account_closed');
    expect(codeOf(await h.submit(voidLeg(b)))).toBe('ok');
    expect(codeOf(await h.submit(single(h.wallet, h.shop, 1)))).toBe('account_closed');
    h.clock.advance(60_000);
    const swept = await h.store.expireHolds(TEST_ACTOR);
    expect(swept.ok && swept.value.expired).toBe(1);
    expect(await h.balance(h.shop)).toMatchObject({ creditsPendingMinor: 0, creditsPostedMinor: 0 });
  });
});
