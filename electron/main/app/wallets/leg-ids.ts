import { createHash } from 'node:crypto';
import { bytesToUuid, uuidToBytes } from '../../../../shared/domain/ids';
import type { LegIds } from '../../core/wallets/wallet-batches';

/**
 * The transfer ids of an operation's legs, derived from its operation id: a repeated request
 * must be the same request byte for byte (the ledger compares request hashes), so leg ids cannot
 * be fresh random ones. Each is a UUIDv7 with the operation's time prefix (ids keep sorting by
 * time) and 74 bits of SHA-256(label ‖ operation id ‖ leg index), so no client can choose an
 * operation id whose legs collide with another operation's.
 */
export function legIdsOf(operationId: string): LegIds {
  const op = uuidToBytes(operationId);
  return (index) => {
    const digest = createHash('sha256').update('tillbook/wallet-leg/v1').update(op).update(String(index)).digest();
    const id = new Uint8Array(16);
    id.set(op.subarray(0, 6), 0);
    id.set(digest.subarray(0, 10), 6);
    id[6] = 0x70 | ((id[6] as number) & 0x0f);
    id[8] = 0x80 | ((id[8] as number) & 0x3f);
    return bytesToUuid(id);
  };
}
