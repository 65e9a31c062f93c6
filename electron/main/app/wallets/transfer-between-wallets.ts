import { recordJson, type RecordBody } from '../../../../shared/domain/records';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { parseWalletAddress, type WalletAddress } from '../../../../shared/domain/wallet-address';
import { transferBatch } from '../../core/wallets/wallet-batches';
import { appendRecord } from '../../db/repositories/record.repo';
import { findWallet, findWalletByAddress } from '../../db/repositories/wallet.repo';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';
import { legIdsOf } from './leg-ids';
import { earlierOutcome, refusedBeforeBatch, submitOperation, writeOperation } from './money-operation';
import { walletAccountIn } from './wallet-reads';

export type TransferInput = {
  readonly operationId: string;
  readonly fromWalletId: string;
  /** The receiver, by id or by a typed or scanned address: exactly one (the contract checks). */
  readonly toWalletId?: string | undefined;
  readonly toAddress?: string | undefined;
  readonly currency: string;
  readonly amountMinor: number;
};

export type TransferView = RecordBody<'wallet.transfer'> & { readonly operationId: string; readonly atMs: number; readonly replayed: boolean };
export type TransferBetweenWallets = (input: TransferInput, actor: Actor) => Promise<Result<TransferView>>;

/**
 * Wallet → wallet in one currency: one batch and a `wallet.transfer` record. A receiver's address
 * is checked by its check symbol before anything is read. Insufficient funds is the ledger's
 * decline, recorded, so a repeat of the operation id repeats it; a sender who never held the
 * currency is refused before any batch (nothing stored: a repeat is decided afresh). A repeat of
 * a transfer that went through answers its record.
 */
export function transferBetweenWallets(ports: LedgerWritePorts): TransferBetweenWallets {
  return async (input, actor) => {
    let address: WalletAddress | undefined;
    if (input.toWalletId === undefined) {
      const parsed = parseWalletAddress(input.toAddress ?? '');
      if (!parsed.ok) return err(parsed.error.code, parsed.error.message);
      address = parsed.value;
    }
    return writeOperation(ports, async (tx) => {
      const from = await findWallet(tx, input.fromWalletId);
      const to = address === undefined ? await findWallet(tx, input.toWalletId ?? '') : await findWalletByAddress(tx, address);
      if (!from) return err('not_found', 'no such sending wallet');
      if (!to) return err('not_found', 'no such receiving wallet');
      if (from.id === to.id) return err('same_wallet', 'a wallet cannot send to itself');
      const body: RecordBody<'wallet.transfer'> = { fromWalletId: from.id, toWalletId: to.id, currency: input.currency, amountMinor: input.amountMinor };
      const fitted = recordJson('wallet.transfer', body);
      if (!fitted.ok) return err('invalid_input', fitted.message);
      const earlier = await earlierOutcome(tx, input.operationId, 'wallet.transfer', (stored) => JSON.stringify(stored) === fitted.json);
      if (earlier.found === 'conflict') return earlier.error;
      if (earlier.found === 'record') return ok({ operationId: input.operationId, atMs: earlier.record.atMs, replayed: true, ...body });

      const fromAccountId = await walletAccountIn(tx, from.id, input.currency);
      if (!fromAccountId) return refusedBeforeBatch<TransferView>(tx, input.operationId, err('insufficient_funds', `the wallet holds no ${input.currency}`));
      const toAccountId = await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: to.id, currency: input.currency }, actor);
      const request = transferBatch({
        operationId: input.operationId, legId: legIdsOf(input.operationId), currency: input.currency, amountMinor: input.amountMinor,
        fromAccountId, toAccountId,
      });
      const outcome = await submitOperation(tx, ports, request, actor);
      if (!outcome.ok) return outcome;
      const atMs = outcome.value.createdAtMs;
      await appendRecord(tx, ports.mac, { kind: 'wallet.transfer', subjectId: input.operationId, body, actorId: actor.staffId, atMs });
      return ok({ operationId: input.operationId, atMs, replayed: false, ...body });
    });
  };
}
