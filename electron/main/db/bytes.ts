/** Byte helpers for hot read paths (verify): views over the driver's buffers, never copies. */
const view = (b: Uint8Array): Buffer => Buffer.from(b.buffer, b.byteOffset, b.byteLength);

export function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && view(a).equals(view(b));
}

/** The lowercase text form of 16 id bytes, through Node's native hex encoder. */
export function uuidOf(b: Uint8Array): string {
  if (b.length !== 16) throw new TypeError(`a UUID is 16 bytes, got ${b.length}`);
  const h = view(b).toString('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}
