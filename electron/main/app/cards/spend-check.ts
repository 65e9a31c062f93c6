import { err, ok, type Result } from '../../../../shared/domain/result';
import { evaluateSpend } from '../../core/cards/limits';
import type { CardRow } from '../../db/repositories/card.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import { cardMoneyIn, type CardMoney } from './card-account';
import { limitRefusal, spendRefusal, usageIn } from './card-money';
import type { CardPorts } from './card-ports';
import { liveCard } from './card-writes';
import { settlePin, type CheckedPin } from './pin-check';

export type SpendCheckPorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'pins' | 'hashing' | 'offsetMinutes'>;

export type SpendAllowed = { readonly card: CardRow; readonly money: CardMoney; readonly nowMs: number };

/**
 * What every spend from a card (a payment's hold, a transfer to a wallet) checks inside the
 * transaction that books it, after the slow PIN hash ran outside: the card as it is now (expired
 * by the clock if due), the PIN's tries settled, the per-transaction, day and month limits, then
 * the available balance, exactly at the boundary. `what` names the spend in the refusal.
 */
export async function checkSpendIn(
  tx: WriteTx, ports: SpendCheckPorts, checked: CheckedPin, amountMinor: number, actor: Actor, origin: string, what: string,
): Promise<Result<SpendAllowed>> {
  const card = await liveCard(tx, ports, checked.card.id, actor);
  if (!card) return err('not_found', 'no such card');
  const nowMs = ports.clock.nowMs();
  const refused = spendRefusal(card, nowMs, ports.offsetMinutes(nowMs));
  if (refused) return refused;
  const settled = await settlePin(tx, ports, checked, actor, origin);
  if (!settled.ok) return settled;
  const money = await cardMoneyIn(tx, ports, card, actor);
  const overLimit = limitRefusal(evaluateSpend(card.limits, await usageIn(tx, ports, money), amountMinor));
  if (overLimit) return overLimit;
  if (money.availableMinor < amountMinor) return err('insufficient_funds', `the card does not hold enough for this ${what}`);
  return ok({ card, money, nowMs });
}
