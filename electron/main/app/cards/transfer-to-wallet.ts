import type { Input, Output } from '../../../../shared/ipc/contract';
import { newId } from '../../../../shared/domain/ids';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { findCard } from '../../db/repositories/card.repo';
import { appendRecord, type StoredRecord } from '../../db/repositories/record.repo';
import { findWallet } from '../../db/repositories/wallet.repo';
import { ensureAccountIn } from '../ledger/owned-accounts';
import {
  bodyOf, CARD_TRANSFER_CODES, conflict, priorOutcome, spendRefusal, submitCardBatch, writeMoney,
} from './card-money';
import type { CardPorts } from './card-ports';
import { hashPin, pinRefusal } from './pin-check';
import { checkSpendIn } from './spend-check';

export type TransferToWallet = (input: Input<'cards.transferToWallet'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.transferToWallet'>>>;
type TransferPorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'pins' | 'hashing' | 'offsetMinutes'>;

function replay(input: Input<'cards.transferToWallet'>, record: StoredRecord): Result<Output<'cards.transferToWallet'>> {
  const body = bodyOf(record, 'card.transfer');
  if (body.cardId !== input.cardId || body.toWalletId !== input.toWalletId || body.amountMinor !== input.amountMinor) return conflict();
  return ok({
    operationId: body.operationId, cardId: body.cardId, currency: body.currency, atMs: record.atMs, replayed: true,
    toWalletId: body.toWalletId, amountMinor: body.amountMinor,
  });
}

/**
 * Card → a wallet's balance in the card's currency (the wallet's account for that currency is
 * opened on first use, so the currencies always match), with the card's PIN. It is spending: the
 * card must be active, and the per-transaction, day and month limits count it.
 */
export function transferToWallet(ports: TransferPorts): TransferToWallet {
  return async (input, caller, origin) => {
    const actor = { staffId: caller.staffId };
    const [before, wallet, prior] = await ports.db.tx.read(async (tx) => [
      await findCard(tx, input.cardId), await findWallet(tx, input.toWalletId),
      await priorOutcome(tx, input.operationId, 'card.transfer'),
    ] as const);
    if (prior.kind === 'refused') return { ok: false, error: prior.error };
    if (!before) return err('not_found', 'no such card');
    if (!wallet) return err('not_found', 'no such wallet');
    if (prior.kind === 'none') {
      const startMs = ports.clock.nowMs();
      const refused = spendRefusal(before, startMs, ports.offsetMinutes(startMs)) ?? pinRefusal(before);
      if (refused) return refused;
    }
    const checked = prior.kind === 'none' ? await hashPin(ports, before, input.pin) : undefined;
    return writeMoney(ports, async (tx) => {
      const again = await priorOutcome(tx, input.operationId, 'card.transfer');
      if (again.kind === 'record') return replay(input, again.record);
      if (again.kind === 'refused') return { ok: false, error: again.error };
      if (!checked) return conflict();
      const allowed = await checkSpendIn(tx, ports, checked, input.amountMinor, actor, origin, 'transfer');
      if (!allowed.ok) return allowed;
      const { card, money, nowMs } = allowed.value;
      const currency = money.program.currency;
      const to = await ensureAccountIn(tx, ports, { name: 'wallet', ownerId: input.toWalletId, currency }, actor);
      const booked = await submitCardBatch(tx, ports, {
        id: input.operationId,
        legs: [{
          kind: 'single', id: newId(), currency, debitAccountId: money.accountId, creditAccountId: to,
          amountMinor: input.amountMinor, code: CARD_TRANSFER_CODES.transfer,
        }],
      }, actor);
      if (!booked.ok) return booked;
      await appendRecord(tx, ports.mac, {
        kind: 'card.transfer', subjectId: input.operationId, actorId: actor.staffId, atMs: nowMs,
        body: { operationId: input.operationId, cardId: card.id, toWalletId: input.toWalletId, currency, amountMinor: input.amountMinor, pinVerified: true },
      });
      return ok({
        operationId: input.operationId, cardId: card.id, currency, atMs: nowMs, replayed: false, toWalletId: input.toWalletId,
        amountMinor: input.amountMinor,
      });
    });
  };
}
