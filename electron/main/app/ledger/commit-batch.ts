import type { PostedTransfer } from '../../../../shared/domain/ledger-types';
import type { JournalTransfer } from '../../core/ledger/canonical-batch';
import { encodePayload } from '../../core/journal/payload-encoders';
import { isStaleHead } from '../../db/constraint-errors';
import { entryMac, forgetHead, hintedLink, noteHead, readLink, type ChainLink } from '../../db/repositories/journal.repo';
import { writeBatch } from '../../db/repositories/transfer.repo';
import { oneSidedDeltas } from '../../core/ledger/transfers';
import type { WriteTx } from '../../db/tx';
import type { Actor, LedgerDb } from './ports';
import { uuidToBytes } from '../../../../shared/domain/ids';

export type PlannedBatch = {
  readonly batchId: string;
  readonly requestHash: Uint8Array;
  readonly actor: Actor;
  readonly createdAtMs: number;
  readonly transfers: readonly PostedTransfer[];
  readonly memos: ReadonlyMap<string, string | null>;
};

/**
 * Writes a planned batch as one statement at the chain head and returns its seq. The head comes
 * from the per-connection hint when there is one (no read on the durable path); a stale hint is
 * refused by the schema (`journal_out_of_order`), and the write is retried once at the head read
 * from the database. Any other refusal propagates: the statement wrote nothing.
 */
export async function commitBatch(tx: WriteTx, ledger: LedgerDb, batch: PlannedBatch): Promise<number> {
  const transfers: JournalTransfer[] = batch.transfers.map((t) => ({ ...t, memo: batch.memos.get(t.id) ?? null }));
  const payload = encodePayload('ledger.batch', {
    header: {
      batchId: batch.batchId, requestHash: batch.requestHash, staffId: batch.actor.staffId,
      terminalId: ledger.terminalId, createdAtMs: batch.createdAtMs,
    },
    transfers,
  });
  const attempt = async (link: ChainLink): Promise<number> => {
    const mac = entryMac(ledger.mac, {
      kind: 'ledger.batch', refId: uuidToBytes(batch.batchId), actorId: batch.actor.staffId,
      requestHash: batch.requestHash, deviceTsMs: batch.createdAtMs, payload,
    }, link);
    await writeBatch(tx, {
      seq: link.seq, batchId: batch.batchId, actorId: batch.actor.staffId, requestHash: batch.requestHash,
      createdAtMs: batch.createdAtMs, prevMac: link.prevMac, mac, transfers, deltas: oneSidedDeltas(batch.transfers),
    });
    noteHead(tx, { lastSeq: link.seq, headMac: mac });
    return link.seq;
  };
  const hinted = hintedLink(tx);
  if (hinted) {
    try {
      return await attempt(hinted);
    } catch (error) {
      if (!isStaleHead(error)) throw error;
      forgetHead(tx);
    }
  }
  return attempt(await readLink(tx));
}
