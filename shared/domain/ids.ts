import { parse, v7 } from 'uuid';

/**
 * Every entity id is a UUIDv7: its leading 48 bits are the creation time in ms, so ids sort by
 * creation and cluster well in B-tree indexes, and devices can mint ids offline without a server.
 */

// Lowercase only: one spelling per id keeps string comparison, indexes and hashes consistent.
const UUID_V7 = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const UUID_ANY = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A new lowercase UUIDv7. uuid keeps a per-process counter, so ids minted in the same
 * millisecond (or after the clock steps back) still sort strictly after earlier ones.
 */
export function newId(): string {
  return v7();
}

export function isUuidV7(s: string): boolean {
  return UUID_V7.test(s);
}

/** 16 bytes in RFC 9562 order. Throws on a malformed UUID: ids are validated at the boundary. */
export function uuidToBytes(s: string): Uint8Array {
  if (!UUID_ANY.test(s)) throw new TypeError(`not a UUID: ${s}`);
  return parse(s);
}

const HEX = Array.from({ length: 256 }, (_, byte) => byte.toString(16).padStart(2, '0'));

/**
 * Lowercase canonical text form of any 16 bytes. Unlike uuid's stringify it does not insist on a
 * valid version: verify reads possibly tampered rows, and must report them, not throw on them.
 */
export function bytesToUuid(b: Uint8Array): string {
  if (b.length !== 16) throw new TypeError(`a UUID is 16 bytes, got ${b.length}`);
  let text = '';
  for (let i = 0; i < 16; i += 1) {
    if (i === 4 || i === 6 || i === 8 || i === 10) text += '-';
    text += HEX[b[i] as number];
  }
  return text;
}

/** The creation time (Unix ms) in a UUIDv7's first 48 bits. Throws on anything but a UUIDv7. */
export function idTimeMs(s: string): number {
  if (!isUuidV7(s)) throw new TypeError(`not a UUIDv7: ${s}`);
  return Number.parseInt(s.slice(0, 8) + s.slice(9, 13), 16);
}
