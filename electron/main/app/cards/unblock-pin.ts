import type { Input, Output } from '../../../../shared/ipc/contract';
import { cardPinUnblockApproval } from '../../../../shared/ipc/contract/cards-lifecycle';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { afterRightPin } from '../../core/cards/pin-tries';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findCard, updateCardPinTries } from '../../db/repositories/card.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';
import { reread } from './card-writes';

export type UnblockCardPin = (input: Input<'cards.unblockPin'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.unblockPin'>>>;

/**
 * Clears a card's PIN block (the holder keeps their PIN; the count starts afresh). A manager's
 * call under a second manager's one-shot approval for exactly this card
 * (`cardPinUnblockApproval`), audited in the same transaction. The card is checked first, so a
 * card that is not blocked does not burn the approval.
 */
export function unblockCardPin(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'consumeApproval' | 'offsetMinutes'>): UnblockCardPin {
  return async (input, caller, origin) => {
    const card = await ports.db.tx.read((tx) => findCard(tx, input.cardId));
    if (!card) return err('not_found', 'no such card');
    if (!card.pinBlocked) return err('pin_not_blocked', 'the PIN is not blocked');
    const { action, subject } = cardPinUnblockApproval(input.cardId);
    const approval = await ports.consumeApproval(input.approvalId, action, subject, caller, origin);
    if (!approval.ok) return approval;
    return ports.db.tx.write(async (tx) => {
      const nowMs = ports.clock.nowMs();
      const cleared = afterRightPin();
      await updateCardPinTries(tx, input.cardId, cleared.failures, cleared.blocked);
      await chainState(tx, ports.mac, 'card.state', input.cardId, nowMs);
      await appendAudit(tx, ports.mac, {
        kind: 'audit.cardPinUnblocked', staffId: caller.staffId, origin,
        detail: { cardId: input.cardId, approvalId: approval.value.approvalId, approverId: approval.value.approverId },
      }, nowMs);
      return ok(await readCardView(tx, await reread(tx, input.cardId), nowMs, ports.offsetMinutes(nowMs)));
    });
  };
}
