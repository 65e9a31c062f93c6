import { ACCOUNT_KINDS, MERCHANT_OWNER, type AccountKindName } from '../../../../shared/domain/account-kinds';
import { newId, uuidToBytes } from '../../../../shared/domain/ids';
import { encodePayload } from '../../core/journal/payload-encoders';
import { findOwnedAccountIn, insertAccount } from '../../db/repositories/account.repo';
import { appendJournal, nextSeq } from '../../db/repositories/journal.repo';
import type { WriteTx } from '../../db/tx';
import { createLedgerIn } from './create-ledger';
import type { Actor, LedgerWritePorts } from './ports';

export type OwnedAccount = {
  readonly name: AccountKindName;
  /** A wallet or card id, or omitted for the merchant's own accounts. */
  readonly ownerId?: string;
  readonly currency: string;
};

/**
 * The account of a kind, owner and currency, opened (and its currency's ledger created) in the
 * caller's transaction the first time it is needed, journaled like any account. Operations call
 * this instead of opening accounts up front, so a wallet holds exactly the currencies it used.
 */
export async function ensureAccountIn(tx: WriteTx, ports: LedgerWritePorts, wanted: OwnedAccount, actor: Actor): Promise<string> {
  const { kind, flags } = ACCOUNT_KINDS[wanted.name];
  const ownerRef = wanted.ownerId ?? MERCHANT_OWNER;
  const existing = await findOwnedAccountIn(tx, ownerRef, kind, wanted.currency);
  if (existing) return existing;
  const ledger = await createLedgerIn(tx, ports, wanted.currency, actor);
  const id = newId();
  const seq = await nextSeq(tx);
  await insertAccount(tx, { id, ledgerId: ledger.ledgerId, kind, ownerRef, flags, seq });
  const payload = encodePayload('account.open', {
    accountId: id, currency: wanted.currency, kind, ownerRef, flags, staffId: actor.staffId, terminalId: ports.terminalId,
  });
  await appendJournal(tx, ports.mac, {
    kind: 'account.open', refId: uuidToBytes(id), actorId: actor.staffId, requestHash: null,
    deviceTsMs: ports.clock.nowMs(), payload,
  });
  return id;
}
