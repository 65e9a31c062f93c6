import { isUuidV7, uuidToBytes } from '../../../../shared/domain/ids';
import { ACCOUNT_FLAGS, type AccountBalance, type OpenAccountRequest } from '../../../../shared/domain/ledger-types';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { encodePayload } from '../../core/journal/payload-encoders';
import { findAccount, insertAccount, readBalance } from '../../db/repositories/account.repo';
import { appendJournal, nextSeq } from '../../db/repositories/journal.repo';
import { findLedger } from '../../db/repositories/ledger.repo';
import type { ReadTx } from '../../db/tx';
import type { Actor, LedgerWritePorts } from './ports';

export type OpenAccount = (request: OpenAccountRequest, actor: Actor) => Promise<Result<AccountBalance>>;

/** Idempotent by account id: the same request again returns the account; other content fails. */
export function openAccount(ports: LedgerWritePorts): OpenAccount {
  return async (request, actor) => {
    if (!isUuidV7(request.id)) return err('invalid_input', 'account id must be a UUIDv7');
    if (!(Object.values(ACCOUNT_FLAGS) as number[]).includes(request.flags)) return err('invalid_input', 'flags must be 0, 2 or 4');
    if (typeof request.kind !== 'string' || request.kind.length < 1 || request.kind.length > 40) {
      return err('invalid_input', 'kind must be 1 to 40 characters');
    }
    const ownerRef = request.ownerRef ?? null;
    return ports.db.tx.write(async (tx) => {
      const ledger = await findLedger(tx, request.currency);
      if (!ledger) return err('ledger_not_found', `no ${request.currency} ledger`);
      const existing = await findAccount(tx, request.id);
      if (existing) {
        const same = existing.ledgerId === ledger.ledgerId && existing.kind === request.kind &&
          existing.ownerRef === ownerRef && existing.flags === request.flags;
        return same ? ok(await balanceIn(tx, request.id)) : err('id_exists_with_different_content', 'account id already used');
      }
      const nowMs = ports.clock.nowMs();
      const seq = await nextSeq(tx);
      await insertAccount(tx, { id: request.id, ledgerId: ledger.ledgerId, kind: request.kind, ownerRef, flags: request.flags, seq });
      const payload = encodePayload('account.open', {
        accountId: request.id, currency: request.currency, kind: request.kind, ownerRef, flags: request.flags,
        staffId: actor.staffId, terminalId: ports.terminalId,
      });
      await appendJournal(tx, ports.mac, {
        kind: 'account.open', refId: uuidToBytes(request.id), actorId: actor.staffId, requestHash: null, deviceTsMs: nowMs, payload,
      });
      return ok(await balanceIn(tx, request.id));
    });
  };
}

async function balanceIn(tx: ReadTx, accountId: string): Promise<AccountBalance> {
  const found = await readBalance(tx, accountId);
  if (!found) throw new Error('account vanished inside its own transaction');
  return found;
}
