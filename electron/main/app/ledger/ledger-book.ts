import { ensureGenesis } from '../../db/repositories/journal.repo';
import { sealUnchainedState } from '../../db/repositories/state.repo';
import { accountBalance, type AccountBalanceRead } from './account-balance';
import { createLedger, type CreateLedger } from './create-ledger';
import { expireHolds, type ExpireHolds } from './expire-holds';
import { openAccount, type OpenAccount } from './open-account';
import type { LedgerWritePorts } from './ports';
import { submitBatch, type SubmitBatch } from './submit-batch';
import { submitBatchGroup, type SubmitBatchGroup } from './submit-batch-group';

/** The ledger's use cases over one unlocked database, for callers that use several of them. */
export type LedgerBook = {
  readonly createLedger: CreateLedger;
  readonly openAccount: OpenAccount;
  readonly balance: AccountBalanceRead;
  readonly submitBatch: SubmitBatch;
  readonly submitBatchGroup: SubmitBatchGroup;
  readonly expireHolds: ExpireHolds;
};

/**
 * Writes the chain's genesis on first use (and, once, the first snapshots of a database from
 * before staff and merchant facts were chained), then binds every ledger use case to `ports`.
 */
export async function openLedgerBook(ports: LedgerWritePorts): Promise<LedgerBook> {
  await ports.db.tx.write(async (tx) => {
    await ensureGenesis(tx, ports.mac, ports.terminalId);
    await sealUnchainedState(tx, ports.mac, ports.clock.nowMs());
  });
  return {
    createLedger: createLedger(ports),
    openAccount: openAccount(ports),
    balance: accountBalance(ports),
    submitBatch: submitBatch(ports),
    submitBatchGroup: submitBatchGroup(ports),
    expireHolds: expireHolds(ports),
  };
}
