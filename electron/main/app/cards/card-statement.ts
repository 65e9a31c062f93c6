import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { ownedAccounts } from '../../db/repositories/account.repo';
import { findCard } from '../../db/repositories/card.repo';
import type { AccountStatement } from '../ledger/account-statement';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';

export type CardStatement = (input: Input<'cards.statement'>) => Promise<Result<Output<'cards.statement'>>>;

/**
 * A page of a card's statement through the ledger's account statement (`accountStatement`,
 * migration 90's per-account index), newest first. The card is found first: the statement is of
 * its own account, never one the caller names.
 */
export function cardStatement(ports: Pick<CardPorts, 'db' | 'clock' | 'offsetMinutes'> & { readonly statement: AccountStatement }): CardStatement {
  return async (input) => {
    const nowMs = ports.clock.nowMs();
    const found = await ports.db.tx.read(async (tx) => {
      const card = await findCard(tx, input.cardId);
      if (!card) return undefined;
      return { view: await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs)), account: (await ownedAccounts(tx, card.id, 'card'))[0] };
    });
    if (!found) return err('not_found', 'no such card');
    if (!found.account) return ok({ card: found.view, lines: [], nextBeforeKey: null });
    const page = await ports.statement({
      accountId: found.account.accountId, fromMs: input.fromMs, toMs: input.toMs, beforeKey: input.beforeKey, limit: input.limit,
    });
    // The bounds were checked by the contract and the account is a card's: a refusal is a bug.
    if (!page.ok) throw new Error(`card statement refused: ${page.error.code}`);
    return ok({ card: found.view, lines: [...page.value.lines], nextBeforeKey: page.value.nextBeforeKey });
  };
}
