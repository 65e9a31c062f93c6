import { recordJson, type RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { TENDER_ACCOUNT, type Tender } from '../../../../shared/domain/tender';
import { topUpBatch, type WalletBalanceView } from '../../core/wallets/wallet-batches';
import { appendRecord } from '../../db/repositories/record.repo';
import { findWallet } from '../../db/repositories/wallet.repo';
import type { ReadTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { legIdsOf } from './leg-ids';
import { earlierOutcome, submitOperation, writeOperation } from './money-operation';
import { balanceOfAccount, walletAccountIn } from './wallet-reads';

export type TopUpInput = {
  readonly operationId: string;
  readonly walletId: string;
  readonly currency: string;
  readonly amountMinor: number;
  readonly tender: Tender;
};

export type TopUpView = RecordBody<'wallet.topup'> & {
  readonly operationId: string;
  readonly atMs: number;
  readonly replayed: boolean;
  /** The wallet's balance in that currency now (for a repeat, now rather than then). */
  readonly balanceNow: WalletBalanceView;
};

export type TopUpWallet = (input: TopUpInput, actor: Actor) => Promise<Result<TopUpView>>;

/**
 * Money paid into a wallet at the till: one batch (the tender's merchant account → the wallet's
 * account in that currency, each opened on first use) and a `wallet.topup` record with the tender
 * and its reference, in one transaction. Idempotent by operationId: a repeat answers the recorded
 * top-up; the same id with anything else different (the tender's reference included) is
 * `id_exists_with_different_content`.
 */
export function topUpWallet(ports: LedgerWritePorts): TopUpWallet {
  return async (input, actor) =>
    writeOperation(ports, async (tx) => {
      const wallet = await findWallet(tx, input.walletId);
      if (!wallet) return err('not_found', 'no such wallet');
      const body: RecordBody<'wallet.topup'> = { walletId: wallet.id, currency: input.currency, amountMinor: input.amountMinor, tender: input.tender };
      const fitted = recordJson('wallet.topup', body);
      if (!fitted.ok) return err('invalid_input', fitted.message);
      const earlier = await earlierOutcome(tx, input.operationId, 'wallet.topup', (stored) => JSON.stringify(stored) === fitted.json);
      if (earlier.found === 'conflict') return earlier.error;
      if (earlier.found === 'record') return ok(await viewOf(tx, input.operationId, body, earlier.record.atMs, true));

      const walletAccountId = await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: wallet.id, currency: input.currency }, actor);
      const tenderAccountId = await ensureAccountIn(tx, ports, { name: TENDER_ACCOUNT[input.tender.kind], currency: input.currency }, actor);
      const request = topUpBatch({
        operationId: input.operationId, legId: legIdsOf(input.operationId), currency: input.currency, amountMinor: input.amountMinor,
        tenderAccountId, walletAccountId,
      });
      const outcome = await submitOperation(tx, ports, request, actor);
      if (!outcome.ok) return outcome;
      const atMs = outcome.value.createdAtMs;
      await appendRecord(tx, ports.mac, { kind: 'wallet.topup', subjectId: input.operationId, body, actorId: actor.staffId, atMs });
      return ok(await viewOf(tx, input.operationId, body, atMs, false));
    });
}

async function viewOf(tx: ReadTx, operationId: string, body: RecordBody<'wallet.topup'>, atMs: number, replayed: boolean): Promise<TopUpView> {
  const accountId = await walletAccountIn(tx, body.walletId, body.currency);
  if (!accountId) throw new Error(`the wallet ${body.walletId} has no ${body.currency} account after a top-up`);
  return { operationId, atMs, replayed, ...body, balanceNow: await balanceOfAccount(tx, accountId) };
}
