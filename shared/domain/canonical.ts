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

/** Tag and payload of one field; numbers and strings become UTF-8 bytes. */
function encodeField(field: string | number | Uint8Array): Uint8Array {
  if (typeof field === 'number') {
    // A fractional or unsafe number in a hashed record is a bug upstream, not user input.
    if (!Number.isSafeInteger(field)) throw new RangeError(`canonical integer is not safe: ${field}`);
    return encoder.encode(String(field));
  }
  if (typeof field === 'string') {
    if (LONE_SURROGATE.test(field)) throw new RangeError('canonical string is not well-formed UTF-16');
    return encoder.encode(field);
  }
  return field;
}

function tagOf(field: CanonicalField): number {
  if (field === null) return TAG_NULL;
  if (typeof field === 'number') return TAG_INTEGER;
  return typeof field === 'string' ? TAG_STRING : TAG_BYTES;
}

/**
 * Two passes over the fields and one allocation for the result: the ledger hashes a batch of
 * 1,000 transfers as ~11,000 fields, so per-field header arrays would dominate the cost.
 */
export function canonicalBytes(fields: readonly CanonicalField[]): Uint8Array {
  const payloads: (Uint8Array | null)[] = new Array<Uint8Array | null>(fields.length);
  let size = 0;
  for (let i = 0; i < fields.length; i += 1) {
    const field = fields[i] ?? null;
    if (field === null) {
      payloads[i] = null;
      size += 1;
      continue;
    }
    const payload = encodeField(field);
    if (payload.length > MAX_LENGTH) throw new RangeError('canonical field is too long');
    payloads[i] = payload;
    size += 5 + payload.length;
  }
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  let offset = 0;
  for (let i = 0; i < fields.length; i += 1) {
    out[offset] = tagOf(fields[i] ?? null);
    const payload = payloads[i];
    if (!payload) {
      offset += 1;
      continue;
    }
    view.setUint32(offset + 1, payload.length, false);
    out.set(payload, offset + 5);
    offset += 5 + payload.length;
  }
  return out;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * The inverse of `canonicalBytes`, for reading stored records (a migration reading the payload of
 * an entry written in an older layout). Integers come back as numbers, strings as strings, byte
 * fields as bytes; malformed input throws.
 */
export function decodeCanonical(bytes: Uint8Array): CanonicalField[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const fields: CanonicalField[] = [];
  let offset = 0;
  while (offset < bytes.length) {
    const tag = bytes[offset];
    if (tag === TAG_NULL) {
      fields.push(null);
      offset += 1;
      continue;
    }
    if (offset + 5 > bytes.length) throw new RangeError('canonical bytes end inside a field header');
    const length = view.getUint32(offset + 1, false);
    const start = offset + 5;
    if (start + length > bytes.length) throw new RangeError('canonical bytes end inside a field');
    const payload = bytes.subarray(start, start + length);
    if (tag === TAG_BYTES) fields.push(payload.slice());
    else if (tag === TAG_STRING) fields.push(decoder.decode(payload));
    else if (tag === TAG_INTEGER) {
      const text = decoder.decode(payload);
      const value = Number(text);
      if (!/^-?\d+$/.test(text) || !Number.isSafeInteger(value)) throw new RangeError('canonical integer is malformed');
      fields.push(value);
    } else throw new RangeError(`unknown canonical tag ${String(tag)}`);
    offset = start + length;
  }
  return fields;
}
