/** Byte helpers for hot read paths (verify): views over the driver's buffers, never copies. */
const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && view(a).equals(view(b));
}

/** The lowercase text form of 16 id bytes (shared/domain's table-driven encoder). */
export { bytesToUuid as uuidOf } from '../../../shared/domain/ids';
