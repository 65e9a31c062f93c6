import { bytesToUuid } from '../../../../shared/domain/ids';

/**
 * A UUIDv7 derived from an operation: the operation id's 48-bit time prefix (so derived ids keep
 * sorting by time) followed by 10 bytes of the caller's digest of the operation, with the version
 * and variant bits set. A repeated request must be the same request byte for byte (the ledger
 * compares request hashes), so the ids of its legs and batches are derived, never fresh.
 */
export function derivedUuidV7(operationIdBytes: Uint8Array, digestTail: Uint8Array): string {
  const id = new Uint8Array(16);
  id.set(operationIdBytes.subarray(0, 6), 0);
  id.set(digestTail.subarray(0, 10), 6);
  id[6] = 0x70 | ((id[6] as number) & 0x0f);
  id[8] = 0x80 | ((id[8] as number) & 0x3f);
  return bytesToUuid(id);
}
