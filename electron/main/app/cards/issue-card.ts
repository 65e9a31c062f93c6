import type { Input, Output } from '../../../../shared/ipc/contract';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { expiryFor } from '../../core/cards/calendar';
import { generateUniquePan } from '../../core/cards/pan';
import type { Caller } from '../../core/staff/caller';
import type { CardProgramRow } from '../../db/repositories/card-program.repo';
import { findCardProgram } from '../../db/repositories/card-program.repo';
import { findCard, insertCard, panHmacExists, type CardRow } from '../../db/repositories/card.repo';
import { appendRecord } from '../../db/repositories/record.repo';
import { chainState } from '../../db/repositories/state.repo';
import { findWallet } from '../../db/repositories/wallet.repo';
import type { WriteTx } from '../../db/tx';
import { ensureAccountIn } from '../ledger/owned-accounts';
import type { Actor } from '../ledger/ports';
import type { CardPorts } from './card-ports';
import { readCardView } from './card-views';
import { reread } from './card-writes';

export type IssueCard = (input: Input<'cards.issue'>, caller: Caller) => Promise<Result<Output<'cards.issue'>>>;
export type IssuePorts = Pick<CardPorts, 'db' | 'mac' | 'clock' | 'terminalId' | 'crypto' | 'random' | 'offsetMinutes'>;

/** A card just written, with the number it was given: held only until the one answer is built. */
export type Issued = { readonly card: CardRow; readonly pan: string; readonly program: CardProgramRow };

/**
 * Writes a new card in the caller's transaction: a random PAN the keyed index does not know yet
 * (`generateUniquePan`, bounded retries; the unique column has the last word), stored as
 * AES-256-GCM ciphertext bound to the card id and key version; its ledger account; its chained
 * state; and the `card.issued` record (BIN and last 4, never the number).
 */
export async function issueCardIn(
  tx: WriteTx, ports: IssuePorts, wanted: { cardId: string; walletId: string; program: CardProgramRow; replaces: string | null }, actor: Actor,
): Promise<Result<Issued>> {
  const { cardId, walletId, program } = wanted;
  const generated = await generateUniquePan(program, (pan) => panHmacExists(tx, ports.crypto.panHmac(pan)), ports.random);
  if (!generated.ok) {
    // The program was checked when it was created; only a nearly full one ends here.
    if (generated.error.code !== 'pan_collision_limit') throw new Error(generated.error.message);
    return err('pan_collision_limit', generated.error.message);
  }
  const { pan } = generated.value;
  const nowMs = ports.clock.nowMs();
  const expiry = expiryFor(nowMs, program.expiryMonths, ports.offsetMinutes(nowMs));
  const encrypted = ports.crypto.encryptPan(cardId, pan);
  await insertCard(tx, {
    id: cardId, programId: program.id, walletId, panCiphertext: encrypted.ciphertext, panHmac: ports.crypto.panHmac(pan),
    keyVersion: encrypted.keyVersion, bin: program.bin, last4: pan.slice(-4), expMonth: expiry.month, expYear: expiry.year,
    limits: program.limits, createdAtMs: nowMs,
  });
  await chainState(tx, ports.mac, 'card.state', cardId, nowMs);
  await ensureAccountIn(tx, ports, { name: 'card', ownerId: cardId, currency: program.currency }, actor);
  await appendRecord(tx, ports.mac, {
    kind: 'card.issued', subjectId: cardId, actorId: actor.staffId, atMs: nowMs,
    body: {
      cardId, walletId, programId: program.id, currency: program.currency, bin: program.bin, last4: pan.slice(-4),
      expMonth: expiry.month, expYear: expiry.year, replaces: wanted.replaces,
    },
  });
  return ok({ card: await reread(tx, cardId), pan, program });
}

/** The one-time display: number, expiry and the security code derived now (never stored). */
export async function issuedAnswer(tx: WriteTx, ports: Pick<CardPorts, 'crypto' | 'clock' | 'offsetMinutes'>, issued: Issued): Promise<Output<'cards.issue'>> {
  const { card, pan } = issued;
  const nowMs = ports.clock.nowMs();
  return {
    card: await readCardView(tx, card, nowMs, ports.offsetMinutes(nowMs)), pan, expMonth: card.expMonth, expYear: card.expYear,
    securityCode: ports.crypto.securityCode(pan, { month: card.expMonth, year: card.expYear }),
  };
}

/**
 * A new card for a wallet. The card id is the client's idempotency key, but the number is shown
 * once: a repeat is `card_already_issued` (a manager can reveal the number), never the number
 * again.
 */
export function issueCard(ports: IssuePorts): IssueCard {
  return async (input, caller) => {
    const actor = { staffId: caller.staffId };
    return ports.db.tx.write(async (tx) => {
      if (await findCard(tx, input.cardId)) return err('card_already_issued', 'this card was issued already; its number is shown once');
      if (!(await findWallet(tx, input.walletId))) return err('not_found', 'no such wallet');
      const program = await findCardProgram(tx, input.programId);
      if (!program) return err('not_found', 'no such card program');
      const issued = await issueCardIn(tx, ports, { cardId: input.cardId, walletId: input.walletId, program, replaces: null }, actor);
      return issued.ok ? ok(await issuedAnswer(tx, ports, issued.value)) : issued;
    });
  };
}
