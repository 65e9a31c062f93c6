import type { CardEventChannel } from '../../../../shared/domain/cards';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { transition, type CardEvent } from '../../core/cards/lifecycle';
import { findCard, updateCardState, type CardPin, type CardRow } from '../../db/repositories/card.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor } from '../ledger/ports';
import type { CardPorts } from './card-ports';
import { effectiveState } from './card-views';

export type CardWritePorts = Pick<CardPorts, 'mac' | 'clock' | 'offsetMinutes'>;

/** Reads the card again inside the transaction that just wrote it. */
export async function reread(tx: WriteTx, cardId: string): Promise<CardRow> {
  const card = await findCard(tx, cardId);
  if (!card) throw new Error(`card ${cardId} vanished inside its own transaction`);
  return card;
}

/**
 * One lifecycle move, checked by the one state machine (core/cards/lifecycle.ts): the row, its
 * chained state and the append-only `card.event` record, in the caller's transaction. A move the
 * table does not have is `illegal_transition` (or `balance_not_zero` for a close) and writes
 * nothing. `also` carries what the move sets with it: the replacement card, or the first PIN.
 */
export async function moveCard(
  tx: WriteTx, ports: CardWritePorts, card: CardRow, event: CardEvent, channel: CardEventChannel, actor: Actor,
  also: { readonly replacedBy?: string; readonly pin?: CardPin } = {},
): Promise<Result<CardRow>> {
  const moved = transition(card.state, event);
  if (!moved.ok) return err(moved.error.code, moved.error.message);
  const { state, closeReason } = moved.value;
  const nowMs = ports.clock.nowMs();
  await updateCardState(tx, card.id, { state, closeReason, replacedBy: also.replacedBy ?? null }, also.pin);
  await chainState(tx, ports.mac, 'card.state', card.id, nowMs);
  await appendRecord(tx, ports.mac, {
    kind: 'card.event', subjectId: card.id, actorId: actor.staffId, atMs: nowMs,
    body: { cardId: card.id, event: event.type, from: card.state, to: state, closeReason, channel },
  });
  return ok(await reread(tx, card.id));
}

/**
 * A card past its expiry month still marked pending, active or frozen is moved to `expired` by
 * the system the first time a write touches it (the transition is recorded even when the call
 * that found it is then refused, which is why callers return their refusal rather than throw).
 */
export async function expireIfDue(tx: WriteTx, ports: CardWritePorts, card: CardRow, actor: Actor): Promise<CardRow> {
  const nowMs = ports.clock.nowMs();
  if (card.state === 'expired' || effectiveState(card, nowMs, ports.offsetMinutes(nowMs)) !== 'expired') return card;
  const moved = await moveCard(tx, ports, card, { type: 'expire' }, 'SYSTEM', actor);
  if (!moved.ok) throw new Error(`a due card could not expire: ${moved.error.message}`);
  return moved.value;
}

/** The card as a write finds it, expired first when its time has come; undefined when there is none. */
export async function liveCard(tx: WriteTx, ports: CardWritePorts, cardId: string, actor: Actor): Promise<CardRow | undefined> {
  const card = await findCard(tx, cardId);
  return card ? expireIfDue(tx, ports, card, actor) : undefined;
}
