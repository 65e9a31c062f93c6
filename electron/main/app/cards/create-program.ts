import type { Input, Output } from '../../../../shared/ipc/contract';
import { cardLimits } from '../../../../shared/domain/cards';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { checkProgram } from '../../core/cards/pan';
import type { Caller } from '../../core/staff/caller';
import { findCardProgram, insertCardProgram, type CardProgramRow } from '../../db/repositories/card-program.repo';
import { chainState } from '../../db/repositories/state.repo';
import type { CardPorts } from './card-ports';

export type CreateCardProgram = (input: Input<'cards.createProgram'>, caller: Caller) => Promise<Result<Output<'cards.createProgram'>>>;

export function programView(p: CardProgramRow): Output<'cards.createProgram'> {
  return { id: p.id, name: p.name, bin: p.bin, panLength: p.panLength, expiryMonths: p.expiryMonths, currency: p.currency, limits: p.limits, createdAtMs: p.createdAtMs };
}

// Limits through their schema, so both sides list their keys in one order.
const facts = (p: Omit<CardProgramRow, 'id' | 'createdAtMs'>): string =>
  JSON.stringify([p.name, p.bin, p.panLength, p.expiryMonths, p.currency, cardLimits.parse(p.limits)]);
const sameProgram = (a: CardProgramRow, b: Omit<CardProgramRow, 'createdAtMs'>): boolean => facts(a) === facts(b);

/**
 * A card program (a manager's call). Idempotent by the client's program id: the same program
 * again is answered with the stored one; the id of another program is a conflict.
 */
export function createCardProgram(ports: Pick<CardPorts, 'db' | 'mac' | 'clock'>): CreateCardProgram {
  return async (input) => {
    // The contract's bounds always leave account digits; this is the core's own check, kept as a guard.
    const checked = checkProgram({ bin: input.bin, panLength: input.panLength });
    if (!checked.ok) throw new Error(checked.error.message);
    const wanted = {
      id: input.programId, name: input.name, bin: input.bin, panLength: input.panLength, expiryMonths: input.expiryMonths,
      currency: input.currency, limits: input.limits,
    };
    return ports.db.tx.write(async (tx) => {
      const existing = await findCardProgram(tx, input.programId);
      if (existing) {
        return sameProgram(existing, wanted)
          ? ok(programView(existing))
          : err('id_exists_with_different_content', 'this program id names another card program');
      }
      const nowMs = ports.clock.nowMs();
      const program = { ...wanted, createdAtMs: nowMs };
      await insertCardProgram(tx, program);
      await chainState(tx, ports.mac, 'card_program.state', program.id, nowMs);
      return ok(programView(program));
    });
  };
}
