import type { CardState } from '../../../../shared/domain/cards';
import type { CardView } from '../../../../shared/ipc/contract/cards-schemas';
import { isPastExpiry } from '../../core/cards/calendar';
import { triesLeft } from '../../core/cards/pin-tries';
import type { CardProgramRow } from '../../db/repositories/card-program.repo';
import { holderNameOf, type CardRow } from '../../db/repositories/card.repo';
import { findCardProgram } from '../../db/repositories/card-program.repo';
import type { ReadTx } from '../../db/tx';

/**
 * How a card looks in every answer: last four digits only (security.md §3, PCI DSS 3.4.1). A card
 * past its expiry month shows as `expired` even before a write has recorded the transition.
 */
export function effectiveState(card: Pick<CardRow, 'state' | 'expMonth' | 'expYear'>, nowMs: number, offsetMinutes: number): CardState {
  const live = card.state === 'pending_activation' || card.state === 'active' || card.state === 'frozen';
  return live && isPastExpiry({ month: card.expMonth, year: card.expYear }, nowMs, offsetMinutes) ? 'expired' : card.state;
}

/** '•••• •••• •••• 1234' for a 16-digit card: the length of the program's numbers, the last four shown. */
export function maskedPan(panLength: number, last4: string): string {
  const masked = '•'.repeat(panLength - 4) + last4;
  return masked.replace(/(.{4})(?=.)/g, '$1 ');
}

export function cardView(
  card: CardRow, program: Pick<CardProgramRow, 'panLength' | 'currency'>, holderName: string, nowMs: number, offsetMinutes: number,
): CardView {
  return {
    id: card.id, programId: card.programId, walletId: card.walletId, holderName, last4: card.last4,
    maskedPan: maskedPan(program.panLength, card.last4), expMonth: card.expMonth, expYear: card.expYear,
    state: effectiveState(card, nowMs, offsetMinutes), closeReason: card.closeReason, replacedBy: card.replacedBy,
    pinSet: card.pin !== null, pinBlocked: card.pinBlocked, pinTriesLeft: triesLeft(card.pinFailures), currency: program.currency,
    limits: card.limits, createdAtMs: card.createdAtMs,
  };
}

/** The view of a card read in `tx`, with its program and its holder's name. */
export async function readCardView(tx: ReadTx, card: CardRow, nowMs: number, offsetMinutes: number): Promise<CardView> {
  const program = await findCardProgram(tx, card.programId);
  if (!program) throw new Error(`card ${card.id} has no program ${card.programId}`);
  return cardView(card, program, (await holderNameOf(tx, card.walletId)) ?? '', nowMs, offsetMinutes);
}
