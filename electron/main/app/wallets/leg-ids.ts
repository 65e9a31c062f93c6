import { createHash } from 'node:crypto';
import { uuidToBytes } from '../../../../shared/domain/ids';
import { derivedUuidV7 } from '../ledger/derived-id';
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
    return derivedUuidV7(op, digest.subarray(0, 10));
  };
}
