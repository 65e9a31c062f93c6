import type { Result } from '../../../../shared/domain/result';
import type { BatchOutcome, BatchRequest } from '../../../../shared/domain/ledger-types';
import { requestBytes } from '../../core/ledger/canonical-batch';
import { validateBatch } from '../../core/ledger/validate-batch';
import { sha256 } from '../../db/chain-mac';
import type { Actor, LedgerWritePorts } from './ports';
import { submitIn } from './submit-batch';

export type SubmitBatchGroup = (requests: readonly BatchRequest[], actor: Actor) => Promise<Result<BatchOutcome>[]>;

/**
 * Group commit for work that arrives in bulk (an import, a sync apply): many batches, each with
 * its own outcome exactly as `submitBatch` would give it, in ONE transaction and one fsync. A bug
 * (anything but a decline) rolls the whole group back.
 */
export function submitBatchGroup(ports: LedgerWritePorts): SubmitBatchGroup {
  return (requests, actor) => {
    const prepared = requests.map((request) => ({ request, invalid: validateBatch(request) }));
    return ports.db.tx.write(async (tx) => {
      const results: Result<BatchOutcome>[] = [];
      for (const { request, invalid } of prepared) {
        if (invalid) results.push({ ok: false, error: invalid });
        else results.push(await submitIn(tx, ports, request, sha256(requestBytes(request)), actor));
      }
      return results;
    });
  };
}
