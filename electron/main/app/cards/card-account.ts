import { findCardProgram, type CardProgramRow } from '../../db/repositories/card-program.repo';
import type { CardRow } from '../../db/repositories/card.repo';
import { readBalance } from '../../db/repositories/account.repo';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor, LedgerWritePorts } from '../ledger/ports';

/**
 * A card's money: its own ledger account (kind `card`, owner = card id, in its program's
 * currency, debits ≤ credits), opened at issuance. Balances are the cached account row.
 */
export type CardMoney = {
  readonly program: CardProgramRow;
  readonly accountId: string;
  /** What the card holds, holds included. */
  readonly balanceMinor: number;
  /** Reserved by open holds (and by expired ones until the sweep releases them). */
  readonly heldMinor: number;
  /** What a payment may still take. */
  readonly availableMinor: number;
};

export async function cardMoneyIn(tx: WriteTx, ports: LedgerWritePorts, card: CardRow, actor: Actor): Promise<CardMoney> {
  const program = await findCardProgram(tx, card.programId);
  if (!program) throw new Error(`card ${card.id} has no program ${card.programId}`);
  const accountId = await ensureAccountIn(tx, ports, { name: 'card', ownerId: card.id, currency: program.currency }, actor);
  const balance = await readBalance(tx, accountId);
  if (!balance) throw new Error(`card account ${accountId} vanished inside its own transaction`);
  const balanceMinor = balance.creditsPostedMinor - balance.debitsPostedMinor;
  return { program, accountId, balanceMinor, heldMinor: balance.debitsPendingMinor, availableMinor: balanceMinor - balance.debitsPendingMinor };
}
