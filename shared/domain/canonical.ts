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
/** The tag of a byte-string field (exported for writers that stream a large field). */
export const TAG_BYTES = 3;
const MAX_LENGTH = 0xffff_ffff;

// A lone surrogate encodes to U+FFFD, which would make two different strings hash alike.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const encoder = new TextEncoder();

/** Writes `s` as UTF-8 at `at`; ASCII (ids, codes, currencies) byte by byte, the rest encoded. */
function writeString(s: string, out: Uint8Array, at: number): number {
  const n = s.length;
  let i = 0;
  for (; i < n; i += 1) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) break;
    out[at + i] = c;
  }
  if (i === n) return n;
  // Surrogates are not ASCII, so a pair is never split here.
  const rest = s.slice(i);
  if (LONE_SURROGATE.test(rest)) throw new RangeError('canonical string is not well-formed UTF-16');
  return i + encoder.encodeInto(rest, out.subarray(at + i)).written;
}

const SLAB_BYTES = 64 * 1024;
const SMALL_BYTES = 4096;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabOffset = 0;

/**
 * Small buffers are carved from a shared slab: a typed array larger than a few dozen bytes costs
 * V8 a backing-store allocation (~1 µs) of its own, and verify builds two records per entry. A
 * region is handed out once and never reused, so records never share bytes.
 */
function allocate(bytes: number): Uint8Array {
  if (bytes > SMALL_BYTES) return new Uint8Array(bytes);
  if (slabOffset + bytes > SLAB_BYTES) {
    slab = new ArrayBuffer(SLAB_BYTES);
    slabOffset = 0;
  }
  const region = new Uint8Array(slab, slabOffset, bytes);
  slabOffset += (bytes + 7) & ~7;
  return region;
}

/**
 * Appends fields to one growing buffer, so a record of thousands of fields (a batch of 1,000
 * transfers is ~11,000) costs no per-field allocation and no intermediate field array.
 */
export class CanonicalWriter {
  private out: Uint8Array;
  private offset = 0;

  constructor(capacity = 256) {
    this.out = allocate(capacity);
  }

  field(field: CanonicalField): this {
    if (field === null) return this.nul();
    if (typeof field === 'number') return this.int(field);
    return typeof field === 'string' ? this.str(field) : this.bytes(field);
  }

  nul(): this {
    this.ensure(1);
    this.out[this.offset] = TAG_NULL;
    this.offset += 1;
    return this;
  }

  int(value: number): this {
    // A fractional or unsafe number in a hashed record is a bug upstream, not user input.
    if (!Number.isSafeInteger(value)) throw new RangeError(`canonical integer is not safe: ${value}`);
    return this.text(TAG_INTEGER, String(value));
  }

  str(value: string): this {
    return this.text(TAG_STRING, value);
  }

  bytes(value: Uint8Array): this {
    if (value.length > MAX_LENGTH) throw new RangeError('canonical field is too long');
    this.ensure(5 + value.length);
    this.out[this.offset] = TAG_BYTES;
    this.length(value.length);
    this.out.set(value, this.offset + 5);
    this.offset += 5 + value.length;
    return this;
  }

  finish(): Uint8Array {
    const done = allocate(this.offset);
    done.set(this.out.subarray(0, this.offset));
    return done;
  }

  private text(tag: number, value: string): this {
    // UTF-8 needs at most 3 bytes per UTF-16 code unit.
    this.ensure(5 + 3 * value.length);
    this.out[this.offset] = tag;
    const length = writeString(value, this.out, this.offset + 5);
    this.length(length);
    this.offset += 5 + length;
    return this;
  }

  /** The 4-byte big-endian length after the tag at `offset`. */
  private length(n: number): void {
    const at = this.offset + 1;
    this.out[at] = n >>> 24;
    this.out[at + 1] = (n >>> 16) & 0xff;
    this.out[at + 2] = (n >>> 8) & 0xff;
    this.out[at + 3] = n & 0xff;
  }

  private ensure(extra: number): void {
    if (this.offset + extra <= this.out.length) return;
    const grown = allocate(Math.max(this.out.length * 2, this.offset + extra));
    grown.set(this.out.subarray(0, this.offset));
    this.out = grown;
  }
}

export function canonicalBytes(fields: readonly CanonicalField[]): Uint8Array {
  const writer = new CanonicalWriter(fields.length * 24);
  for (const field of fields) writer.field(field);
  return writer.finish();
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
