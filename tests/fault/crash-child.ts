/**
 * The victim process of tests/fault/crash.test.ts:
 *
 *   node --import tsx tests/fault/crash-child.ts <dir> <hexDbKey> <hexRootKey> [seed]
 *
 * Opens (or creates) the file database in <dir> (WAL, synchronous = FULL, via data-dir.ts), makes
 * sure the EUR ledger and its accounts exist, then runs several concurrent streams of linked
 * batches until it is killed. A batch id is written to stdout only after the batch was accepted:
 * that line is the acknowledgement the parent holds us to. Anything unexpected exits with code 2.
 *
 * The ledger reads time from a HoldSafeClock, so how fast this machine runs (CPU load, GC pauses,
 * a slow queue) decides only how many holds expire, never whether a new hold is born expired.
 */
import { openLedgerBook } from '../../electron/main/app/ledger/ledger-book';
import { fixedKeys, openDataDir } from '../../electron/main/app/open-data-dir';
import type { Clock } from '../../electron/main/core/ports';
import { newId } from '../../shared/domain/ids';
import { ACCOUNT_FLAGS, type AccountFlags, type BatchRequest, type TransferLeg } from '../../shared/domain/ledger-types';
import { TEST_ACTOR } from '../support/test-db';
import { prng } from '../support/prng';
import { HoldSafeClock } from './hold-safe-clock';

/** Fixed ids so every round finds the same accounts (openAccount is idempotent by id). */
const CRASH_ACCOUNTS = {
  house: '01900000-0000-7000-8000-000000000001',
  shop: '01900000-0000-7000-8000-000000000002',
  capped: '01900000-0000-7000-8000-000000000003',
  wallets: [
    '01900000-0000-7000-8000-000000000011',
    '01900000-0000-7000-8000-000000000012',
    '01900000-0000-7000-8000-000000000013',
    '01900000-0000-7000-8000-000000000014',
  ],
} as const;

const STREAMS = 4;
/** Domain outcomes of a valid batch; any other rejection is a bug and ends the child. */
const EXPECTED_REJECTIONS = ['insufficient_funds', 'limit_exceeded', 'hold_expired', 'hold_already_resolved', 'post_exceeds_hold'];

function die(message: string): never {
  process.stderr.write(`crash-child: ${message}\n`);
  process.exit(2);
}

type Submitted = { ok: true; pendingIds: string[] } | { ok: false; code: string; message: string };

/** The few ledger calls this child makes, in one place (the ledger API is being restructured). */
type CrashLedger = {
  submit(request: BatchRequest): Promise<Submitted>;
  /** Expires what is due; the batch id when it wrote one. */
  sweep(): Promise<string | null>;
};

async function openCrashLedger(dir: string, dbHex: string, rootHex: string, clock: Clock): Promise<CrashLedger> {
  const keys = { db: new Uint8Array(Buffer.from(dbHex, 'hex')), root: new Uint8Array(Buffer.from(rootHex, 'hex')) };
  const opened = await openDataDir(dir, fixedKeys(keys));
  if (!opened.ok) die(`open: ${opened.error.code} ${opened.error.message}`);
  const store = await openLedgerBook({ ...opened.value.dataDir, clock });
  const ledger = await store.createLedger('EUR', TEST_ACTOR);
  if (!ledger.ok) die(`ledger: ${ledger.error.message}`);
  const open = async (id: string, kind: string, flags: AccountFlags): Promise<void> => {
    const r = await store.openAccount({ id, currency: 'EUR', kind, flags }, TEST_ACTOR);
    if (!r.ok) die(`account ${id}: ${r.error.code}`);
  };
  await open(CRASH_ACCOUNTS.house, 'house', ACCOUNT_FLAGS.none);
  await open(CRASH_ACCOUNTS.shop, 'shop', ACCOUNT_FLAGS.none);
  await open(CRASH_ACCOUNTS.capped, 'capped', ACCOUNT_FLAGS.creditsMustNotExceedDebits);
  for (const w of CRASH_ACCOUNTS.wallets) await open(w, 'wallet', ACCOUNT_FLAGS.debitsMustNotExceedCredits);
  return {
    submit: async (request) => {
      const result = await store.submitBatch(request, TEST_ACTOR);
      if (!result.ok) return { ok: false, code: result.error.code, message: result.error.message };
      return { ok: true, pendingIds: result.value.transfers.filter((t) => t.kind === 'pending').map((t) => t.id) };
    },
    sweep: async () => {
      const swept = await store.expireHolds(TEST_ACTOR);
      if (!swept.ok) die(`expireHolds: ${swept.error.code}`);
      return swept.value.batchId;
    },
  };
}

async function main(): Promise<void> {
  const [dir, dbHex, rootHex, seedArg] = process.argv.slice(2);
  if (!dir || !dbHex || !rootHex) die('usage: crash-child.ts <dir> <hexDbKey> <hexRootKey> [seed]');
  const random = prng(Number(seedArg ?? Date.now()));
  const int = (min: number, max: number): number => min + Math.floor(random() * (max - min + 1));
  const clock = new HoldSafeClock();
  const ledger = await openCrashLedger(dir, dbHex, rootHex, clock);

  const wallet = (): string => CRASH_ACCOUNTS.wallets[int(0, CRASH_ACCOUNTS.wallets.length - 1)] as string;
  const single = (debit: string, credit: string, amountMinor: number, code: string): TransferLeg =>
    ({ kind: 'single', id: newId(), currency: 'EUR', debitAccountId: debit, creditAccountId: credit, amountMinor, code });

  async function stream(): Promise<never> {
    const holds: string[] = [];
    for (;;) {
      const legs: TransferLeg[] = [];
      const expiries: number[] = [];
      const count = int(2, 3);
      while (legs.length < count) {
        const roll = random();
        if (roll < 0.3) {
          legs.push(single(CRASH_ACCOUNTS.house, wallet(), int(100, 5000), 'topup'));
        } else if (roll < 0.6) {
          // Often more than the wallet holds: the whole batch then fails on insufficient funds.
          legs.push(single(wallet(), CRASH_ACCOUNTS.shop, int(100, 8000), 'sale'));
        } else if (roll < 0.7) {
          legs.push(single(CRASH_ACCOUNTS.capped, CRASH_ACCOUNTS.house, int(100, 3000), 'settle'));
        } else if (roll < 0.78) {
          legs.push(single(CRASH_ACCOUNTS.house, CRASH_ACCOUNTS.capped, int(100, 3000), 'refund'));
        } else if (roll < 0.9 || holds.length === 0) {
          const expiresAtMs = clock.holdExpiry(int(20, 400));
          expiries.push(expiresAtMs);
          legs.push({ kind: 'pending', id: newId(), currency: 'EUR', debitAccountId: wallet(), creditAccountId: CRASH_ACCOUNTS.shop,
            amountMinor: int(100, 4000), code: 'card_auth', expiresAtMs });
        } else {
          const pendingId = holds.splice(int(0, holds.length - 1), 1)[0] as string;
          legs.push(random() < 0.6
            ? { kind: 'post', id: newId(), pendingId, amountMinor: int(1, 100) }
            : { kind: 'void', id: newId(), pendingId });
        }
      }
      const request = { id: newId(), legs };
      let result: Submitted;
      try {
        result = await ledger.submit(request);
      } finally {
        for (const expiry of expiries) clock.release(expiry);
      }
      if (result.ok) {
        process.stdout.write(`${request.id}\n`);
        holds.push(...result.pendingIds);
      } else if (!EXPECTED_REJECTIONS.includes(result.code)) {
        die(`unexpected rejection ${result.code}: ${result.message}`);
      }
      if (random() < 0.05) {
        const batchId = await ledger.sweep();
        if (batchId) process.stdout.write(`${batchId}\n`);
      }
    }
  }

  process.stderr.write('crash-child: ready\n');
  await Promise.all(Array.from({ length: STREAMS }, () => stream()));
}

main().catch((error: unknown) => die(error instanceof Error ? (error.stack ?? error.message) : String(error)));
