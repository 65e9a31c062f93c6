/**
 * What must hold after every command of the domain model test, and at the end of each run.
 *
 * - The ledger invariants of tests/db/ledger-model-invariants.ts, reused as they are: its
 *   `checkInvariants` is given a LedgerModel built from the cached account rows, so it checks
 *   debits = credits per ledger (posted and pending), that no account with the debits ≤ credits
 *   flag (every wallet and card balance) is below zero, and that every cached balance equals the
 *   fold of the transfer rows. (Its cached-versus-model and row-count comparisons are trivially
 *   true here; the domain model is compared below instead.)
 * - Every wallet balance per currency, every card's posted and held money and the voucher
 *   liability, as the cached account rows hold them, equal the model; and the run's wallets have
 *   accounts in exactly the currencies the model says.
 * - What the contract reports for the wallets and cards the command touched (customers.get and
 *   cards.balance) equals the model: balances, the card's state and PIN tries.
 */
import { expect } from 'vitest';
import { bytesToUuid, uuidToBytes } from '../../shared/domain/ids';
import type { Output } from '../../shared/ipc/contract';
import { verifyLedger } from '../../electron/main/db/verify';
import { checkInvariants, snapshot, type Real } from '../db/ledger-model-invariants';
import { LedgerModel } from '../db/ledger-model-state';
import { expectOk } from '../support/test-app';
import { PIN_TRIES, type DomainModel } from './domain-model-state';
import type { Touch } from './domain-model-plan';
import { signedIn, type World } from './domain-model-world';

const realOf = (world: World): Real => ({
  ledger: { db: world.t.db, mac: world.t.mac, clock: world.t.clock, store: world.t.app.useCases.ledger },
});

type Snapshot = Awaited<ReturnType<typeof snapshot>>;

/**
 * The reused ledger invariants, over every account of the app; answers the snapshot. They are a
 * function of the account rows and the transfer rows alone, and transfers are append-only: when
 * neither changed since the last check (a PIN try, a freeze, a new customer), they still hold.
 */
export async function ledgerInvariants(world: World): Promise<Snapshot> {
  const real = realOf(world);
  const snap = await snapshot(real);
  const seen = world.checked;
  if (seen && seen.transfers === snap.counts.transfer && sameRows(seen.accounts, snap.accounts)) return snap;
  const { last_seq: lastSeq, ...counts } = snap.counts;
  const rows = [...snap.accounts];
  const cached = new LedgerModel([], rows.map(([id, row]) => ({ id, currency: '', flags: row.flags as 0 | 2 | 4 })), 0, lastSeq, counts);
  for (const [id, row] of rows) {
    Object.assign(cached.accounts.get(id) ?? {}, {
      debitsPending: row.debits_pending, debitsPosted: row.debits_posted, creditsPending: row.credits_pending, creditsPosted: row.credits_posted,
    });
  }
  await checkInvariants(cached, real);
  world.checked = { transfers: snap.counts.transfer, accounts: snap.accounts };
  return snap;
}

type Row = Snapshot['accounts'] extends Map<string, infer R> ? R : never;
const COLUMNS = ['flags', 'debits_pending', 'debits_posted', 'credits_pending', 'credits_posted'] as const;

function sameRows(a: ReadonlyMap<string, Row>, b: ReadonlyMap<string, Row>): boolean {
  if (a.size !== b.size) return false;
  for (const [id, row] of a) {
    const other = b.get(id);
    if (!other || COLUMNS.some((c) => row[c] !== other[c])) return false;
  }
  return true;
}

/** Kind, owner and currency of every account of the app (they never change once an account is opened). */
async function accountMeta(world: World, snap: Snapshot): Promise<World['accounts']> {
  const missing = [...snap.accounts.keys()].filter((id) => !world.accounts.has(id));
  if (missing.length > 0) {
    const rows = await world.t.db.tx.read((tx) => tx.all<{ id: Uint8Array; kind: string; owner: string; currency: string }>(
      `SELECT a.id, a.kind, a.owner_ref AS owner, l.currency FROM account a JOIN ledger l ON l.id = a.ledger_id
       WHERE a.id IN (${missing.map(() => '?').join(', ')})`, missing.map((id) => uuidToBytes(id))));
    for (const row of rows) world.accounts.set(bytesToUuid(row.id), { kind: row.kind, owner: row.owner, currency: row.currency });
  }
  return world.accounts;
}

/** The cached account rows of the run's wallets and cards, and the voucher liability, against the model. */
export async function cachedBalances(m: DomainModel, world: World, snap: Snapshot): Promise<void> {
  const meta = await accountMeta(world, snap);
  const walletAccounts = new Map<string, string[]>();
  const cardAccounts = new Map<string, number>();
  for (const [id, row] of snap.accounts) {
    const { kind, owner, currency } = meta.get(id) ?? { kind: '?', owner: '?', currency: '?' };
    const where = `${kind} account ${id} (${currency})`;
    const balance = row.credits_posted - row.debits_posted;
    // A customer's money and the vouchers sold are liabilities that never go below zero (asked of
    // every such account of the app; `expect` only on a breach, as it is slow over many rows).
    const liability = kind === 'wallet' || kind === 'card' || kind === 'voucher_liability';
    if (liability && (row.flags !== 2 || row.debits_posted + row.debits_pending > row.credits_posted)) {
      expect({ flags: row.flags, debits: row.debits_posted + row.debits_pending }, `${where}: a liability below zero`)
        .toEqual({ flags: 2, debits: Math.min(row.debits_posted + row.debits_pending, row.credits_posted) });
    }
    if (kind === 'voucher_liability') {
      expect(balance, `${where}: voucher liability`).toBe(m.liability.get(currency) ?? 0);
    } else if (kind === 'wallet' && m.wallets.has(owner)) {
      walletAccounts.set(owner, [...(walletAccounts.get(owner) ?? []), currency]);
      expect([balance, row.debits_pending, row.credits_pending], `${where}: wallet balance`).toEqual([m.balanceOf(owner, currency), 0, 0]);
    } else if (kind === 'card' && m.cards.has(owner)) {
      const card = m.card(owner);
      cardAccounts.set(card.id, (cardAccounts.get(card.id) ?? 0) + 1);
      expect(currency, `${where}: card currency`).toBe(card.program.currency);
      expect([balance, row.debits_pending, row.credits_pending], `${where}: card posted, held`).toEqual([card.posted, m.held(card.id), 0]);
    }
  }
  for (const w of m.wallets.values()) {
    expect((walletAccounts.get(w.id) ?? []).sort(), `wallet ${w.id}: its currencies`).toEqual([...w.accounts].sort());
  }
  for (const c of m.cards.values()) expect(cardAccounts.get(c.id), `card ${c.id}: one account`).toBe(1);
}

/** customers.get: the wallet's balance in every currency it has, as the model has it. */
export async function reportedWallet(m: DomainModel, world: World, walletId: string): Promise<void> {
  const w = m.wallet(walletId);
  const detail = expectOk<Output<'customers.get'>>(await world.t.call('customers.get', { customerId: w.customerId }));
  expect(detail.wallet.id).toBe(walletId);
  const reported = Object.fromEntries(detail.balances.map((b) => [b.currency, [b.balanceMinor, b.availableMinor, b.pendingMinor]]));
  const expected = Object.fromEntries([...w.accounts].map((c) => [c, [m.balanceOf(walletId, c), m.balanceOf(walletId, c), 0]]));
  expect(reported, `customers.get ${w.customerId}: balances`).toEqual(expected);
}

/** cards.balance (staff lookup, no PIN): posted, held and available money, state and PIN tries. */
export async function reportedCard(m: DomainModel, world: World, cardId: string): Promise<void> {
  const card = m.card(cardId);
  const got = expectOk<Output<'cards.balance'>>(await world.t.call('cards.balance', { card: { by: 'id', cardId } }));
  const held = m.held(cardId);
  expect({
    balance: got.balanceMinor, held: got.heldMinor, available: got.availableMinor, currency: got.currency, state: got.card.state,
    pinSet: got.card.pinSet, pinBlocked: got.card.pinBlocked, triesLeft: got.card.pinTriesLeft, replacedBy: got.card.replacedBy,
    closeReason: got.card.closeReason,
  }, `cards.balance ${cardId}`).toEqual({
    balance: card.posted, held, available: card.posted - held, currency: card.program.currency, state: m.effective(card),
    pinSet: card.pin !== null, pinBlocked: card.blocked, triesLeft: PIN_TRIES - card.failures, replacedBy: card.replacedBy,
    closeReason: card.closeReason,
  });
}

/**
 * After every command. When the command provably wrote nothing (no row changed: plan.ts checks
 * it), the ledger and the cached rows are the ones already checked, and only the reports are read.
 */
export async function checkAfterCommand(m: DomainModel, world: World, touch: Touch, changed = true): Promise<void> {
  await signedIn(world);
  if (changed) await cachedBalances(m, world, await ledgerInvariants(world));
  for (const walletId of new Set(touch.wallets)) await reportedWallet(m, world, walletId);
  for (const cardId of new Set(touch.cards)) await reportedCard(m, world, cardId);
  expect(world.t.errors, 'nothing logged by dispatch or the sweep').toEqual([]);
}

/** Moves the fixed clock, as the till's time passes, signing the owner in again if the idle lock ran. */
export async function advanceClock(m: DomainModel, world: World, ms: number): Promise<void> {
  world.t.clock.advance(ms);
  m.now = world.t.clock.nowMs();
  await signedIn(world);
}

/** The app's own hold sweep (the timer's job, run here by hand): exactly the holds the model says are due. */
export async function sweep(m: DomainModel, world: World): Promise<number> {
  const due = m.sweep();
  expect(await world.t.app.useCases.holdSweeper.sweep(), 'holds expired by the sweep').toBe(due);
  return due;
}

/**
 * The end of a run: the clock is moved past every hold still open and the sweep expires them (so
 * the next run on this app starts with none); then every wallet and card is read back through
 * the contract, and verifyLedger must find the whole chain sound.
 */
export async function finishRun(m: DomainModel, world: World): Promise<void> {
  const open = [...m.holds.values()].filter((h) => h.status === 'open');
  const last = Math.max(m.now, ...open.map((h) => h.expiresAt));
  if (last > m.now) await advanceClock(m, world, last - m.now);
  await sweep(m, world);
  await checkAfterCommand(m, world, { wallets: [...m.wallets.keys()], cards: [...m.cards.keys()] });
  const report = await verifyLedger(world.t.db, world.t.mac);
  expect(report.problems).toEqual([]);
  expect(report.ok).toBe(true);
}
