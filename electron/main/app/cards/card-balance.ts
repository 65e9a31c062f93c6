import type { Input, Output } from '../../../../shared/ipc/contract';
import { ok, type Result } from '../../../../shared/domain/result';
import type { Caller } from '../../core/staff/caller';
import { readBalance, ownedAccounts } from '../../db/repositories/account.repo';
import type { CardRow } from '../../db/repositories/card.repo';
import type { ReadTx } from '../../db/tx';
import type { CardPorts } from './card-ports';
import { resolveCard } from './card-ref';
import { readCardView } from './card-views';
import { hashPin, pinRefusal, settlePin } from './pin-check';

export type CardBalance = (input: Input<'cards.balance'>, caller: Caller, origin: string) => Promise<Result<Output<'cards.balance'>>>;
type BalancePorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'crypto' | 'pins' | 'hashing' | 'offsetMinutes'>;

async function balanceOf(tx: ReadTx, ports: BalancePorts, card: CardRow): Promise<Output<'cards.balance'>> {
  const nowMs = ports.clock.nowMs();
  const view = await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs));
  const account = (await ownedAccounts(tx, card.id, 'card'))[0];
  const balance = account ? await readBalance(tx, account.accountId) : undefined;
  const balanceMinor = balance ? balance.creditsPostedMinor - balance.debitsPostedMinor : 0;
  const heldMinor = balance?.debitsPendingMinor ?? 0;
  return { card: view, currency: view.currency, balanceMinor, heldMinor, availableMinor: balanceMinor - heldMinor };
}

/**
 * A card's balance (posted, held, available), read from its cached account row. For the holder,
 * with the PIN (checked and counted like any PIN try); for signed-in staff, by id or number
 * without it.
 */
export function cardBalance(ports: BalancePorts): CardBalance {
  return async (input, caller, origin) => {
    const found = await ports.db.tx.read((tx) => resolveCard(tx, ports, input.card));
    if (!found.ok) return found;
    const { pin } = input;
    if (pin === undefined) return ok(await ports.db.tx.read((tx) => balanceOf(tx, ports, found.value)));
    const refused = pinRefusal(found.value);
    if (refused) return refused;
    const checked = await hashPin(ports, found.value, pin);
    return ports.db.tx.write(async (tx) => {
      const settled = await settlePin(tx, ports, checked, { staffId: caller.staffId }, origin);
      return settled.ok ? ok(await balanceOf(tx, ports, settled.value)) : settled;
    });
  };
}

