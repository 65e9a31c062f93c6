import { currencyExponent } from '../../../../shared/domain/currency';
import { err, ok, type Result } from '../../../../shared/domain/result';
import { encodePayload } from '../../core/journal/payload-encoders';
import { appendJournal, nextSeq } from '../../db/repositories/journal.repo';
import { findLedger, insertLedger, type LedgerRow } from '../../db/repositories/ledger.repo';
import type { WriteTx } from '../../db/tx';
import type { Actor, LedgerWritePorts } from './ports';

export type CreateLedger = (currency: string, actor: Actor) => Promise<Result<LedgerRow>>;

/** The per-currency ledger, once: asking again for a currency returns the one that exists. */
export function createLedger(ports: LedgerWritePorts): CreateLedger {
  return async (currency, actor) => {
    if (currencyExponent(currency) === undefined) return err('unknown_currency', `unknown currency ${currency}`);
    return ok(await ports.db.tx.write((tx) => createLedgerIn(tx, ports, currency, actor)));
  };
}

/** Inside a caller's transaction (setup creates the ledger with the owner, atomically). */
export async function createLedgerIn(tx: WriteTx, ports: LedgerWritePorts, currency: string, actor: Actor): Promise<LedgerRow> {
  const existing = await findLedger(tx, currency);
  if (existing) return existing;
  const assetScale = currencyExponent(currency);
  if (assetScale === undefined) throw new Error(`unknown currency ${currency}`);
  const nowMs = ports.clock.nowMs();
  const seq = await nextSeq(tx);
  const ledgerId = await insertLedger(tx, currency, assetScale, seq);
  const payload = encodePayload('ledger.create', { ledgerId, currency, assetScale, staffId: actor.staffId, terminalId: ports.terminalId });
  await appendJournal(tx, ports.mac, { kind: 'ledger.create', refId: null, actorId: actor.staffId, requestHash: null, deviceTsMs: nowMs, payload });
  return { ledgerId, currency, assetScale };
}
