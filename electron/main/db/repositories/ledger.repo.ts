import { currencyExponent } from '../../../../shared/domain/currency';
import { bytesToUuid, isUuidV7, newId, uuidToBytes } from '../../../../shared/domain/ids';
import { ACCOUNT_FLAGS } from '../../../../shared/domain/ledger-types';
import type {
  AccountBalance,
  BatchOutcome,
  BatchRequest,
  OpenAccountRequest,
  PostedTransfer,
} from '../../../../shared/domain/ledger-types';
import { isMovementLeg } from '../../../../shared/domain/ledger-types';
import type { AppError } from '../../../../shared/domain/errors';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { canonicalBytes } from '../../../../shared/domain/canonical';
import { batchPayload, rejectionPayload, requestBytes, type JournalTransfer } from '../../core/ledger/canonical-batch';
import { addDelta, ZERO_DELTA, type BalanceDelta } from '../../core/ledger/balance-effects';
import { planBatch } from '../../core/ledger/plan-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import type { Clock } from '../../core/ports';
import { sha256, type ChainMac } from '../chain-mac';
import type { Database } from '../connection';
import { driverErrorCode } from '../driver';
import { int, readBytes, readInt, readText } from '../sql-value';
import type { ReadTx, WriteTx } from '../tx';
import { appendJournal, ensureGenesis } from './journal.repo';
import {
  applyBalanceDeltas,
  insertTransfers,
  loadAccounts,
  loadHolds,
  TRANSFER_SELECT,
  transferFromRow,
} from './ledger-rows';

/** Who is acting. Comes from main-process sign-in state, never from renderer input. */
export type Actor = { readonly staffId: string; readonly terminalId: string };

export type LedgerInfo = { readonly ledgerId: number; readonly currency: string; readonly assetScale: number };

/**
 * The ledger's write and read API over one database. Every write is one `BEGIN IMMEDIATE`
 * transaction that also appends to the journal (the chain head moves with it) and, for money
 * movements, writes the outbox row.
 */
export class LedgerStore {
  private ledgerIds = new Map<string, number>();

  private constructor(
    private readonly db: Database,
    private readonly mac: ChainMac,
    private readonly clock: Clock,
  ) {}

  static async open(db: Database, mac: ChainMac, clock: Clock, terminalId: string): Promise<LedgerStore> {
    const store = new LedgerStore(db, mac, clock);
    await db.tx.write((tx) => ensureGenesis(tx, mac, terminalId));
    await db.tx.read((tx) => store.loadLedgerIds(tx));
    return store;
  }

  async createLedger(currency: string, actor: Actor): Promise<Result<LedgerInfo>> {
    const scale = currencyExponent(currency);
    if (scale === undefined) return err('unknown_currency', `unknown currency ${currency}`);
    const info = await this.db.tx.write(async (tx) => {
      const existing = await tx.get('SELECT id, asset_scale FROM ledger WHERE currency = ?', [currency]);
      if (existing) {
        return { ledgerId: readInt(existing, 'id'), currency, assetScale: readInt(existing, 'asset_scale') };
      }
      const nowMs = this.clock.nowMs();
      const { lastId } = await tx.run(
        'INSERT INTO ledger (currency, asset_scale, created_at_ms) VALUES (?, ?, ?)',
        [currency, int(scale), int(nowMs)],
      );
      const payload = canonicalBytes(['ledger.create/1', lastId, currency, scale, actor.staffId, actor.terminalId]);
      await appendJournal(tx, this.mac, { kind: 'ledger.create', refId: null, payload, deviceTsMs: nowMs });
      return { ledgerId: lastId, currency, assetScale: scale };
    });
    this.ledgerIds.set(currency, info.ledgerId);
    return ok(info);
  }

  /** Idempotent by account id: the same request again returns the account; other content fails. */
  async openAccount(request: OpenAccountRequest, actor: Actor): Promise<Result<AccountBalance>> {
    if (!isUuidV7(request.id)) return err('invalid_input', 'account id must be a UUIDv7');
    if (!(Object.values(ACCOUNT_FLAGS) as number[]).includes(request.flags)) {
      return err('invalid_input', 'flags must be 0, 2 or 4');
    }
    if (typeof request.kind !== 'string' || request.kind.length < 1 || request.kind.length > 40) {
      return err('invalid_input', 'kind must be 1 to 40 characters');
    }
    const ledgerId = this.ledgerIds.get(request.currency);
    if (ledgerId === undefined) return err('ledger_not_found', `no ${request.currency} ledger`);
    const id = uuidToBytes(request.id);
    const ownerRef = request.ownerRef ?? null;
    return this.db.tx.write(async (tx) => {
      const existing = await tx.get('SELECT ledger_id, kind, owner_ref, flags FROM account WHERE id = ?', [id]);
      if (existing) {
        const same = readInt(existing, 'ledger_id') === ledgerId && existing['kind'] === request.kind &&
          (existing['owner_ref'] ?? null) === ownerRef && readInt(existing, 'flags') === request.flags;
        if (!same) return err('id_exists_with_different_content', 'account id already used');
        return ok(await this.balanceIn(tx, request.id));
      }
      const nowMs = this.clock.nowMs();
      await tx.run(
        'INSERT INTO account (id, ledger_id, kind, owner_ref, flags, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
        [id, int(ledgerId), request.kind, ownerRef, int(request.flags), int(nowMs)],
      );
      const payload = canonicalBytes(['account.open/1', request.id, request.currency, request.kind,
        ownerRef, request.flags, actor.staffId, actor.terminalId]);
      await appendJournal(tx, this.mac, { kind: 'account.open', refId: id, payload, deviceTsMs: nowMs });
      return ok(await this.balanceIn(tx, request.id));
    });
  }

  async balance(accountId: string): Promise<Result<AccountBalance>> {
    if (!isUuidV7(accountId)) return err('invalid_input', 'account id must be a UUIDv7');
    const found = await this.findBalance({ get: (sql, params) => this.db.tx.getOne(sql, params) }, accountId);
    return found ? ok(found) : err('account_not_found', 'no such account');
  }

  /**
   * Submits a linked batch. Idempotent by `request.id`: a repeat returns the first outcome, a
   * recorded failure included; the same id with other content is `id_exists_with_different_content`.
   */
  async submitBatch(request: BatchRequest, actor: Actor): Promise<Result<BatchOutcome>> {
    const invalid = validateBatch(request);
    if (invalid) return { ok: false, error: invalid };
    const requestHash = sha256(requestBytes(request));
    try {
      return await this.db.tx.write((tx) => this.submitIn(tx, request, requestHash, actor));
    } catch (error) {
      const mapped = constraintError(error);
      if (!mapped) throw error;
      // The planner checks the same limits first; reaching here means the CHECKs caught a bug.
      return { ok: false, error: mapped };
    }
  }

  /** Writes `expire` for every hold whose time has passed, oldest first, as one batch. */
  async expireHolds(actor: Actor): Promise<Result<{ expired: number; batchId: string | null }>> {
    const nowMs = this.clock.nowMs();
    return this.db.tx.write(async (tx) => {
      const rows = await tx.all(
        `SELECT t.id FROM transfer t WHERE t.kind = 'pending' AND t.expires_at_ms <= ?
           AND NOT EXISTS (SELECT 1 FROM transfer r WHERE r.pending_id = t.id)
         ORDER BY t.expires_at_ms, t.seq, t.leg LIMIT 1000`,
        [int(nowMs)],
      );
      if (rows.length === 0) return ok({ expired: 0, batchId: null });
      const ids = rows.map((r) => bytesToUuid(readBytes(r, 'id')));
      const loaded = await loadHolds(tx, ids);
      // Legs follow the sweep order above; loadHolds' map is in whatever order SQLite read rows.
      const holds = ids.map((id) => {
        const hold = loaded.get(id);
        if (!hold) throw new Error(`hold ${id} vanished inside its own transaction`);
        return hold;
      });
      const transfers: PostedTransfer[] = holds.map((hold, leg) => ({
        id: newId(), leg, kind: 'expire', currency: hold.currency, debitAccountId: hold.debitAccountId,
        creditAccountId: hold.creditAccountId, amountMinor: hold.amountMinor, code: 'expire',
        pendingId: hold.id, expiresAtMs: null,
      }));
      const deltas = new Map<string, BalanceDelta>();
      for (const t of transfers) {
        for (const [id, key] of [[t.debitAccountId, 'debitsPending'], [t.creditAccountId, 'creditsPending']] as const) {
          deltas.set(id, addDelta(deltas.get(id) ?? ZERO_DELTA, { ...ZERO_DELTA, [key]: -t.amountMinor }));
        }
      }
      const batchId = newId();
      const sweep = sha256(canonicalBytes(['expire-sweep/1', batchId, nowMs]));
      await this.writeBatch(tx, { batchId, requestHash: sweep, actor, nowMs, transfers, deltas, memos: new Map() });
      return ok({ expired: transfers.length, batchId });
    });
  }

  private async submitIn(
    tx: WriteTx,
    request: BatchRequest,
    requestHash: Uint8Array,
    actor: Actor,
  ): Promise<Result<BatchOutcome>> {
    const earlier = await this.earlierOutcome(tx, request, requestHash);
    if (earlier) return earlier;
    const nowMs = this.clock.nowMs();
    const holdIds = request.legs.flatMap((l) => (!isMovementLeg(l) ? [l.pendingId] : []));
    const holds = await loadHolds(tx, holdIds);
    const accountIds = request.legs.flatMap((l) =>
      isMovementLeg(l) ? [l.debitAccountId, l.creditAccountId] : []);
    for (const hold of holds.values()) accountIds.push(hold.debitAccountId, hold.creditAccountId);
    const accounts = await loadAccounts(tx, accountIds);
    const planned = planBatch({ request, accounts, holds, nowMs });
    if (!planned.ok) {
      await this.recordRejection(tx, request.id, requestHash, planned.error, actor, nowMs);
      return { ok: false, error: planned.error };
    }
    const deltas = new Map<string, BalanceDelta>();
    for (const [id, after] of planned.plan.accounts) {
      const before = accounts.get(id);
      if (!before) continue;
      const delta = {
        debitsPending: after.debitsPending - before.debitsPending,
        debitsPosted: after.debitsPosted - before.debitsPosted,
        creditsPending: after.creditsPending - before.creditsPending,
        creditsPosted: after.creditsPosted - before.creditsPosted,
      };
      if (Object.values(delta).some((v) => v !== 0)) deltas.set(id, delta);
    }
    const memos = new Map(request.legs.map((l) => [l.id, l.memo ?? null]));
    const seq = await this.writeBatch(tx, {
      batchId: request.id, requestHash, actor, nowMs, transfers: planned.plan.transfers, deltas, memos,
    });
    return ok({ batchId: request.id, seq, createdAtMs: nowMs, transfers: planned.plan.transfers, replayed: false });
  }

  private async writeBatch(tx: WriteTx, batch: {
    batchId: string; requestHash: Uint8Array; actor: Actor; nowMs: number;
    transfers: readonly PostedTransfer[]; deltas: ReadonlyMap<string, BalanceDelta>;
    memos: ReadonlyMap<string, string | null>;
  }): Promise<number> {
    const { batchId, actor, nowMs } = batch;
    const journalTransfers: JournalTransfer[] = batch.transfers.map((t) => ({ ...t, memo: batch.memos.get(t.id) ?? null }));
    const payload = batchPayload({ batchId, requestHash: batch.requestHash, staffId: actor.staffId, terminalId: actor.terminalId, createdAtMs: nowMs }, journalTransfers);
    const id = uuidToBytes(batchId);
    const seq = await appendJournal(tx, this.mac, { kind: 'ledger.batch', refId: id, payload, deviceTsMs: nowMs });
    await tx.run(
      'INSERT INTO batch (id, request_hash, seq, staff_id, terminal_id, created_at_ms) VALUES (?, ?, ?, ?, ?, ?)',
      [id, batch.requestHash, int(seq), actor.staffId, actor.terminalId, int(nowMs)],
    );
    await insertTransfers(tx, batch.transfers, {
      batchId, seq, staffId: actor.staffId, terminalId: actor.terminalId, createdAtMs: nowMs,
      ledgerIds: this.ledgerIds, memos: batch.memos,
    });
    await applyBalanceDeltas(tx, batch.deltas);
    await tx.run('INSERT INTO outbox (id, seq, kind, payload, created_at_ms) VALUES (?, ?, ?, ?, ?)', [
      id, int(seq), 'ledger.batch', payload, int(nowMs),
    ]);
    return seq;
  }

  /**
   * One query for everything an earlier request decides: the batch id already committed, already
   * declined, or one of its leg ids already a transfer. The last can never commit, and is answered
   * before balances are looked at: otherwise a retry could become a recorded decline (§4.3).
   */
  private async earlierOutcome(
    tx: ReadTx,
    request: BatchRequest,
    requestHash: Uint8Array,
  ): Promise<Result<BatchOutcome> | undefined> {
    const batchId = request.id;
    const id = uuidToBytes(batchId);
    const legIds = request.legs.map((l) => uuidToBytes(l.id));
    const row = await tx.get(
      `SELECT 1 AS rank, 'batch' AS source, request_hash, seq, created_at_ms, NULL AS code, NULL AS message
         FROM batch WHERE id = ?
       UNION ALL
       SELECT 2, 'rejection', request_hash, seq, created_at_ms, code, message FROM transfer_rejection WHERE id = ?
       UNION ALL
       SELECT 3, 'transfer_id', NULL, NULL, NULL, NULL, NULL
         WHERE EXISTS (SELECT 1 FROM transfer WHERE id IN (${legIds.map(() => '?').join(', ')}))
       ORDER BY rank LIMIT 1`,
      [id, id, ...legIds],
    );
    if (!row) return undefined;
    if (row['source'] === 'transfer_id') {
      return err('id_exists_with_different_content', 'a transfer id in this batch was already used');
    }
    if (!Buffer.from(readBytes(row, 'request_hash')).equals(requestHash)) {
      return err('id_exists_with_different_content', 'this id was already used for a different request');
    }
    if (row['source'] === 'rejection') {
      return { ok: false, error: { code: readText(row, 'code') as AppError['code'], message: readText(row, 'message') } };
    }
    const transfers = await tx.all(`${TRANSFER_SELECT} WHERE t.batch_id = ? ORDER BY t.leg`, [id]);
    return ok({
      batchId,
      seq: readInt(row, 'seq'),
      createdAtMs: readInt(row, 'created_at_ms'),
      transfers: transfers.map((r) => {
        const { memo: _memo, ...transfer } = transferFromRow(r);
        return transfer;
      }),
      replayed: true,
    });
  }

  /** A failed attempt is stored (and chained) so that a retry returns the same failure. */
  private async recordRejection(
    tx: WriteTx, batchId: string, requestHash: Uint8Array, error: AppError, actor: Actor, nowMs: number,
  ): Promise<void> {
    const id = uuidToBytes(batchId);
    const record = { batchId, requestHash, code: error.code, message: error.message.slice(0, 500), staffId: actor.staffId, createdAtMs: nowMs };
    const seq = await appendJournal(tx, this.mac, { kind: 'ledger.rejection', refId: id, payload: rejectionPayload(record), deviceTsMs: nowMs });
    await tx.run(
      'INSERT INTO transfer_rejection (id, request_hash, seq, code, message, staff_id, created_at_ms) VALUES (?, ?, ?, ?, ?, ?, ?)',
      [id, requestHash, int(seq), record.code, record.message, record.staffId, int(nowMs)],
    );
  }

  private async findBalance(tx: Pick<ReadTx, 'get'>, accountId: string): Promise<AccountBalance | undefined> {
    const row = await tx.get(
      `SELECT l.currency, a.debits_pending, a.debits_posted, a.credits_pending, a.credits_posted
       FROM account a JOIN ledger l ON l.id = a.ledger_id WHERE a.id = ?`,
      [uuidToBytes(accountId)],
    );
    if (!row) return undefined;
    return {
      accountId,
      currency: readText(row, 'currency'),
      debitsPendingMinor: readInt(row, 'debits_pending'),
      debitsPostedMinor: readInt(row, 'debits_posted'),
      creditsPendingMinor: readInt(row, 'credits_pending'),
      creditsPostedMinor: readInt(row, 'credits_posted'),
    };
  }

  private async balanceIn(tx: ReadTx, accountId: string): Promise<AccountBalance> {
    const found = await this.findBalance(tx, accountId);
    if (!found) throw new Error('account vanished inside its own transaction');
    return found;
  }

  private async loadLedgerIds(tx: ReadTx): Promise<void> {
    const rows = await tx.all('SELECT id, currency FROM ledger');
    this.ledgerIds = new Map(rows.map((r) => [readText(r, 'currency'), readInt(r, 'id')]));
  }
}

/** Maps a constraint failure the database caught to the precise code; anything else is a bug. */
function constraintError(error: unknown): AppError | undefined {
  if (driverErrorCode(error) !== 'SQLITE_CONSTRAINT') return undefined;
  const message = error instanceof Error ? error.message : '';
  if (message.includes('transfer.pending_id')) {
    return { code: 'hold_already_resolved', message: 'hold already resolved' };
  }
  if (message.includes('transfer.id') || message.includes('UNIQUE')) {
    return { code: 'id_exists_with_different_content', message: 'a transfer id in this batch was already used' };
  }
  // Only the two balance-limit CHECKs are declines; any other CHECK (a non-integer or out-of-range
  // amount, a negative column) is a bug and must not reach the till as "insufficient funds".
  if (message.includes('flags & 2')) return { code: 'insufficient_funds', message: 'balance limit reached' };
  if (message.includes('flags & 4')) return { code: 'limit_exceeded', message: 'account limit exceeded' };
  if (message.includes('account_closed')) return { code: 'account_closed', message: 'account closed' };
  if (message.includes('ledger_mismatch')) return { code: 'ledger_mismatch', message: 'accounts are on another ledger' };
  return undefined;
}
