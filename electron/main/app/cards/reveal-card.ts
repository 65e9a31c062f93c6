import type { Input, Output } from '../../../../shared/ipc/contract';
import { cardRevealApproval } from '../../../../shared/ipc/contract/cards-lifecycle';
import { err, ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { appendAudit } from '../../db/repositories/audit.repo';
import { findCard } from '../../db/repositories/card.repo';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';

export type RevealCard = (input: Input<'cards.reveal'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.reveal'>>>;

/**
 * A card's full number, decrypted for a manager under a second manager's one-shot approval for
 * exactly this card (`cardRevealApproval`), audited as `audit.cardRevealed` (last 4 only) in the
 * transaction that reads it (PCI DSS 3.4.1, 10.2.1.1). The security code is not shown again.
 */
export function revealCard(ports: Pick<CardPorts, 'db' | 'mac' | 'clock' | 'crypto' | 'consumeApproval' | 'offsetMinutes'>): RevealCard {
  return async (input, caller, origin) => {
    const before = await ports.db.tx.read((tx) => findCard(tx, input.cardId));
    if (!before) return err('not_found', 'no such card');
    const { action, subject } = cardRevealApproval(input.cardId);
    const approval = await ports.consumeApproval(input.approvalId, action, subject, caller, origin);
    if (!approval.ok) return approval;
    return ports.db.tx.write(async (tx) => {
      const card = await findCard(tx, input.cardId);
      if (!card) return err('not_found', 'no such card');
      const pan = ports.crypto.decryptPan(card.id, card.keyVersion, card.panCiphertext);
      // The row is chained; a ciphertext that no longer authenticates was changed outside the app.
      if (!pan.ok) throw new Error(`card ${card.id}: ${pan.error.code}`);
      const nowMs = ports.clock.nowMs();
      await appendAudit(tx, ports.mac, {
        kind: 'audit.cardRevealed', staffId: caller.staffId, origin,
        detail: { cardId: card.id, last4: card.last4, approvalId: approval.value.approvalId, approverId: approval.value.approverId },
      }, nowMs);
      return ok({ card: await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs)), pan: pan.value, expMonth: card.expMonth, expYear: card.expYear });
    });
  };
}
