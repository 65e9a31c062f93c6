import { newId } from '../../../../shared/domain/ids';
import { ok, type Result } from '../../../../shared/domain/result';
import { canonicalBytes } from '../../../../shared/domain/canonical';
import { resolutionTransfer } from '../../core/ledger/transfers';
import { sha256 } from '../../db/chain-mac';
import { dueHolds, loadHolds } from '../../db/repositories/transfer.repo';
import { commitBatch } from './commit-batch';
import type { Actor, LedgerWritePorts } from './ports';

/** At most this many holds per sweep batch (a batch holds at most 1,000 legs). */
const SWEEP_LEGS_MAX = 1000;

export type ExpireHolds = (actor: Actor) => Promise<Result<{ expired: number; batchId: string | null }>>;

/** Writes `expire` for every hold whose time has passed, oldest first, as one journaled batch. */
export function expireHolds(ports: LedgerWritePorts): ExpireHolds {
  return (actor) => {
    const nowMs = ports.clock.nowMs();
    return ports.db.tx.write(async (tx) => {
      const ids = await dueHolds(tx, nowMs, SWEEP_LEGS_MAX);
      if (ids.length === 0) return ok({ expired: 0, batchId: null });
      const loaded = await loadHolds(tx, ids);
      // Legs follow the sweep order; loadHolds' map is in whatever order SQLite read the rows.
      const transfers = ids.map((id, leg) => {
        const hold = loaded.get(id);
        if (!hold) throw new Error(`hold ${id} vanished inside its own transaction`);
        return resolutionTransfer(hold, { id: newId(), leg, kind: 'expire', amountMinor: hold.amountMinor, code: 'expire' });
      });
      const batchId = newId();
      const requestHash = sha256(canonicalBytes(['expire-sweep/1', batchId, nowMs]));
      await commitBatch(tx, ports, { batchId, requestHash, actor, createdAtMs: nowMs, transfers, memos: new Map() });
      return ok({ expired: transfers.length, batchId });
    });
  };
}
