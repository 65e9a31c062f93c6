/**
 * Canonical bytes for hashing (the ledger's hash chain): the same fields always give the same
 * bytes, and different field lists never do. JSON is avoided because key order, number spelling
 * and escaping vary between serializers.
 *
 * Each field is a one-byte tag, then for non-null fields a 4-byte big-endian length and the
 * payload. The tag keeps 12, "12" and null apart; the length keeps ["ab", "c"] apart from
 * ["a", "bc"]. Changing this layout changes every hash: treat it as a stored format.
 */

export type CanonicalField = string | number | Uint8Array | null;

const TAG_NULL = 0;
const TAG_STRING = 1;
const TAG_INTEGER = 2;
const TAG_BYTES = 3;
const MAX_LENGTH = 0xffff_ffff;

// A lone surrogate encodes to U+FFFD, which would make two different strings hash alike.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const encoder = new TextEncoder();

function payloadOf(field: string | number | Uint8Array): [number, Uint8Array] {
  if (typeof field === 'number') {
    // A fractional or unsafe number in a hashed record is a bug upstream, not user input.
    if (!Number.isSafeInteger(field)) throw new RangeError(`canonical integer is not safe: ${field}`);
    return [TAG_INTEGER, encoder.encode(String(field))];
  }
  if (typeof field === 'string') {
    if (LONE_SURROGATE.test(field)) throw new RangeError('canonical string is not well-formed UTF-16');
    return [TAG_STRING, encoder.encode(field)];
  }
  return [TAG_BYTES, field];
}

export function canonicalBytes(fields: readonly CanonicalField[]): Uint8Array {
  const parts: Uint8Array[] = [];
  let size = 0;
  for (const field of fields) {
    if (field === null) {
      parts.push(Uint8Array.of(TAG_NULL));
      size += 1;
      continue;
    }
    const [tag, payload] = payloadOf(field);
    if (payload.length > MAX_LENGTH) throw new RangeError('canonical field is too long');
    const header = new Uint8Array(5);
    header[0] = tag;
    new DataView(header.buffer).setUint32(1, payload.length, false);
    parts.push(header, payload);
    size += header.length + payload.length;
  }
  const out = new Uint8Array(size);
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}
